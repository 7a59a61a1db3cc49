import { Fn, IAspect, TerraformResource, TerraformStack, Token } from 'cdktf';
import { IConstruct } from 'constructs';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { IAC_ADDRESS_TAG, IAC_STACK_TAG } from '@groundwork/core';

export interface TaggingProps {
  /** Cost-allocation tag `project`. */
  readonly project: string;
  /** Cost-allocation tag `environment` (e.g. `dev`, `prod`). */
  readonly environment: string;
  /** Cost-allocation tag `owner`: the team or person answerable for the cost. */
  readonly owner: string;
  /** More provider-wide tags. @default none */
  readonly extra?: Readonly<Record<string, string>>;
}

// Limits AWS places on tags (keys 1-128 characters, values up to 256; the aws: prefix is reserved).
const MAX_KEY = 128;
const MAX_VALUE = 256;

/** Anything generated from a provider schema with a `tags` map argument exposes `tagsInput`. */
interface Taggable {
  tags: Record<string, string>;
  readonly tagsInput: Record<string, string> | undefined;
}

function isTaggable(node: TerraformResource): node is TerraformResource & Taggable {
  return 'tagsInput' in node && node.terraformResourceType.startsWith('aws_');
}

/**
 * Tags for cost allocation and for tracing live resources back to code.
 * - Sets `project`, `environment`, `owner` (and `extra`) as the AWS provider's `default_tags`, so every
 *   taggable resource of the stack gets them through the provider.
 * - Stamps `iac:stack` (the stack name) and `iac:address` (the Terraform address, e.g. `aws_vpc.vpc_1A2B`) on
 *   every AWS resource that has a `tags` argument, and on no other, so a live resource found by AWS Config can
 *   be traced to its stack and resource without Terraform state.
 *
 * Add it to each stack: `Aspects.of(stack).add(new Tagging({ project, environment, owner }))`. Tag values that
 * are Terraform tokens cannot be checked at synth time.
 */
export class Tagging implements IAspect {
  private readonly defaultTags: Readonly<Record<string, string>>;

  constructor(props: TaggingProps) {
    this.defaultTags = {
      ...(props.extra ?? {}),
      project: props.project,
      environment: props.environment,
      owner: props.owner,
    };
    for (const [key, value] of Object.entries(this.defaultTags)) validateTag(key, value);
  }

  visit(node: IConstruct): void {
    if (node instanceof AwsProvider) {
      this.applyDefaultTags(node);
    } else if (TerraformResource.isTerraformResource(node) && isTaggable(node)) {
      this.stamp(node);
    }
  }

  private applyDefaultTags(provider: AwsProvider): void {
    const current = provider.defaultTags;
    const existing =
      Array.isArray(current) && current.length > 0 && !Token.isUnresolved(current[0].tags)
        ? current[0].tags
        : {};
    provider.defaultTags = [{ tags: { ...existing, ...this.defaultTags } }];
  }

  private stamp(resource: TerraformResource & Taggable): void {
    const stamp = {
      [IAC_STACK_TAG]: TerraformStack.of(resource).node.id,
      [IAC_ADDRESS_TAG]: `${resource.terraformResourceType}.${resource.friendlyUniqueId}`,
    };
    const current = resource.tagsInput;
    if (current !== undefined && Token.isUnresolved(current)) {
      // Tags computed at apply time: merge in Terraform so neither side is lost.
      resource.tags = Token.asStringMap(Fn.merge([current, stamp]));
    } else {
      resource.tags = { ...(current ?? {}), ...stamp };
    }
  }
}

function validateTag(key: string, value: string): void {
  if (Token.isUnresolved(key) || Token.isUnresolved(value)) return;
  if (key.length === 0 || key.length > MAX_KEY) {
    throw new Error(`Tagging: tag key must be 1-${MAX_KEY} characters, got "${key}" (${key.length})`);
  }
  if (key.toLowerCase().startsWith('aws:')) {
    throw new Error(`Tagging: tag key "${key}" uses the reserved aws: prefix; choose another key`);
  }
  if (value.trim().length === 0 || value.length > MAX_VALUE) {
    throw new Error(
      `Tagging: tag "${key}" needs a value of 1-${MAX_VALUE} characters, got ${JSON.stringify(value)}`,
    );
  }
}
