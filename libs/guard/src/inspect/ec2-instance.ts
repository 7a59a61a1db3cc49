import { TerraformResource } from '../model';

/** An `aws_instance` with a `launch_template` block inherits what it does not set from the template. */
export function launchesFromTemplate(instance: TerraformResource): boolean {
  return instance.body.blocks('launch_template').length > 0;
}
