import { TerraformResource } from '../model';
import { blocks } from '../values';

/** An `aws_instance` with a `launch_template` block inherits what it does not set from the template. */
export function launchesFromTemplate(instance: TerraformResource): boolean {
  return blocks(instance.values.launch_template).length > 0;
}
