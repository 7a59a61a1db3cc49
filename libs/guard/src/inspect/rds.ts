import { TerraformResource } from '../model';

/** A read replica inherits encryption, backups and Multi-AZ handling from its source. */
export function isReadReplica(db: TerraformResource): boolean {
  return db.type === 'aws_db_instance' && db.body.has('replicate_source_db');
}
