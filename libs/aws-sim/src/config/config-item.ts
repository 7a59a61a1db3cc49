// One AWS Config configuration item, in the form Config delivers in snapshot files (`ARN`, `awsAccountId`,
// `configuration` an object). What goes into `configuration` is each type's own (see ../types).
import type { SimulatedIds } from '../simulated-ids';

export type ConfigItem = Record<string, unknown> & {
  resourceType: string;
  resourceId: string;
  configuration: Record<string, unknown> | null;
  supplementaryConfiguration: Record<string, unknown>;
  tags: Record<string, string>;
  configurationItemStatus: string;
};

export interface RecorderContext {
  readonly account: string;
  readonly region: string;
  readonly ids: SimulatedIds;
  readonly captureTime: string;
}

/** When every simulated resource was created, as Config reports times. */
export const CREATED_AT = '2026-11-20T09:14:07.000Z';

/** The tags a resource has in AWS: its `tags_all` in state (the provider's default_tags merged in). */
export function tagsOf(attrs: Record<string, unknown>): Record<string, string> {
  return (attrs.tags_all as Record<string, string> | undefined) ?? {};
}

/** Tags as EC2's SDK-v1 shapes list them inside `configuration`. */
export function tagList(tags: Record<string, string> | undefined): { key: string; value: string }[] {
  return Object.entries(tags ?? {}).map(([key, value]) => ({ key, value }));
}

export interface Relationship {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly name: string;
}

/** The relationship Config records from an EC2 resource to its VPC. */
export function vpcRelationship(vpcId: unknown): Relationship {
  return { resourceType: 'AWS::EC2::VPC', resourceId: String(vpcId), name: 'Is contained in Vpc' };
}

export interface ItemSpec {
  readonly resourceType: string;
  readonly resourceId: string;
  readonly resourceName?: string | null;
  readonly arn?: string;
  readonly availabilityZone?: string;
  readonly awsRegion?: string;
  readonly configuration: Record<string, unknown>;
  readonly supplementaryConfiguration?: Record<string, unknown>;
  readonly tags?: Record<string, string>;
  readonly relationships?: Relationship[];
}

export function configItem(ctx: RecorderContext, spec: ItemSpec): ConfigItem {
  return {
    relatedEvents: [],
    relationships: (spec.relationships ?? []).map((r) => ({ ...r, resourceName: null })),
    configuration: spec.configuration,
    supplementaryConfiguration: spec.supplementaryConfiguration ?? {},
    tags: spec.tags ?? {},
    configurationItemVersion: '1.3',
    configurationItemCaptureTime: ctx.captureTime,
    configurationStateId: Date.parse(ctx.captureTime) + parseInt(ctx.ids.hex(3), 16),
    awsAccountId: ctx.account,
    configurationItemStatus: 'OK',
    resourceType: spec.resourceType,
    resourceId: spec.resourceId,
    resourceName: spec.resourceName ?? null,
    ARN: spec.arn ?? null,
    awsRegion: spec.awsRegion ?? ctx.region,
    availabilityZone: spec.availabilityZone ?? 'Not Applicable',
    configurationStateMd5Hash: '',
    resourceCreationTime: CREATED_AT,
  };
}
