import type { AppliedLookup, AppliedResource, ApplyContext, Attrs } from '../apply/applied-resource';
import type { ConfigItem, RecorderContext } from '../config/config-item';
import type { CloudControlResource } from '../live/cloud-control-resource';
import type { DirectRead } from '../live/direct-read';

/** The name the provider generates when the configuration gives neither the name nor its prefix. */
export interface GeneratedName {
  /** The argument that holds the name. @default 'name' */
  readonly attribute?: 'name' | 'bucket';
  /** Prefix of the generated name when `<attribute>_prefix` is not given either. @default 'terraform-' */
  readonly defaultPrefix?: string;
  /** The provider cuts generated names to this length. @default no limit */
  readonly maxLength?: number;
}

/** How the simulated account treats one Terraform resource type. */
export interface TerraformTypeModel {
  /** What AWS and the provider compute on create (ids, ARNs, defaults), from the resolved arguments. */
  computed(values: Attrs, ctx: ApplyContext): Attrs;
  /** The provider schema has tags: state always holds `tags` and `tags_all`. @default false */
  readonly taggable?: boolean;
  /** The provider names the resource when the configuration does not. @default no generated name */
  readonly generatedName?: GeneratedName;
  /** Version of the type's state schema. @default 0 */
  readonly schemaVersion?: number;
  /**
   * The identity an `import` block's id gives the resource it adopts (`terraform apply` with cdktf's `importFrom`).
   * @default `{ id: importId }`
   */
  imported?(importId: string, values: Attrs, ctx: ApplyContext): Attrs;
  /** What `terraform refresh` reads back into other resources from this one (a rule into its group, ...). */
  refresh?(resource: AppliedResource, lookup: AppliedLookup): void;
  /** The item AWS Config records for this resource. @default none: Config does not record it, or folds it into another item */
  record?(resource: AppliedResource, lookup: AppliedLookup, ctx: RecorderContext): ConfigItem;
  /**
   * The resource as AWS Cloud Control reads it, for types Config does not record: GetResource's model and
   * ListResources' (a summary for some types). @default none: Cloud Control does not read it, or folds it into another
   */
  cloudControl?(resource: AppliedResource, lookup: AppliedLookup, ctx: RecorderContext): CloudControlResource;
  /** What the service's own read API returns for it, where neither Config nor Cloud Control reads it. @default none */
  direct?(resource: AppliedResource, lookup: AppliedLookup, ctx: RecorderContext): DirectRead;
}

/**
 * One AWS resource type in the simulated account, mirroring the drift engine's adapter of that type: the Terraform
 * types that create it or a part of it (how each is applied and recorded) and what AWS adds on its own.
 */
export interface SimulatedType {
  /** The AWS resource type, as AWS Config and CloudFormation name it. @default none: no resource type of its own */
  readonly awsType?: string;
  /** The Terraform types that create the resource or a part of it, by name. */
  readonly terraformTypes: Readonly<Record<string, TerraformTypeModel>>;
  /**
   * What AWS creates on its own that comes with this type, as configuration items: the default VPC and what every
   * VPC comes with, service-linked roles, instances an auto scaling group launches. Recorded in registry order.
   */
  noise?(applied: readonly AppliedResource[], ctx: RecorderContext): ConfigItem[];
  /** What AWS creates on its own that Cloud Control reads (AWS's FullAWSAccess policy, the management account). */
  cloudControlNoise?(applied: readonly AppliedResource[], ctx: RecorderContext): CloudControlResource[];
}
