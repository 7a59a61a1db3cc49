import { TerraformConfigView, TerraformResource } from '../model';

/** The `aws_s3_bucket_*` companion resources of a bucket (provider v4+ splits a bucket into several). */
export function bucketCompanions(
  bucket: TerraformResource,
  type: string,
  config: TerraformConfigView,
): readonly TerraformResource[] {
  return config.referencing(type, 'bucket', bucket);
}
