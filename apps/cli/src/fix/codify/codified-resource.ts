// The code `drift fix --codify` writes, as data first: one model renders to the cdktf TypeScript that goes into the
// app and to the Terraform JSON that guard scans, so both say the same thing.

/** A value of a resource argument. */
export type ModelValue =
  | string
  | number
  | boolean
  | null
  | readonly ModelValue[]
  | { readonly [key: string]: ModelValue }
  | Reference
  | ConstructReference
  | JsonDocument
  | TagMap;

/** An attribute of another resource of the same codified module. */
export class Reference {
  constructor(
    /** The `variable` of the referenced CodifiedResource. */
    readonly to: string,
    readonly attribute: string,
  ) {}
}

/** An attribute of a resource the IaC already manages, found by construct path (a VPC's id). */
export class ConstructReference {
  constructor(
    readonly constructPath: string,
    /** Its Terraform address, for the JSON form. */
    readonly address: string,
    readonly attribute: string,
  ) {}
}

/** A JSON document held in a string argument (IAM and bucket policies): written as `JSON.stringify({...})`. */
export class JsonDocument {
  constructor(readonly document: unknown) {}
}

/** A map argument (tags): its keys are data, never renamed. */
export class TagMap {
  constructor(readonly entries: Readonly<Record<string, string>>) {}
}

/** One resource to add, with the live id `terraform plan` imports it by. */
export interface CodifiedResource {
  /** Variable name in the generated module, and the Terraform resource name in the JSON form. */
  readonly variable: string;
  /** Construct id under the codified scope. */
  readonly id: string;
  readonly terraformType: string;
  /** The provider class, and its module under `@cdktf/provider-aws/lib/`. */
  readonly className: string;
  readonly module: string;
  /** Arguments in Terraform's snake_case. */
  readonly values: Readonly<Record<string, ModelValue>>;
  /** The import id, in the form the provider's import documents for this type. */
  readonly importId: string;
}

/** What one live resource becomes. */
export interface CodifiedModule {
  /** The live resource: Config type and id. */
  readonly resourceType: string;
  readonly resourceId: string;
  /** The stack it goes into, and why that one. */
  readonly stack: string;
  readonly placement: string;
  /** The construct id under `<stack>/codified`. */
  readonly constructId: string;
  readonly resources: readonly CodifiedResource[];
  /** What the live resource has that the code does not say (to add by hand), in words. */
  readonly notCodified: readonly string[];
}

/** A plain object of arguments or a nested block (not a reference, document or map). */
export function isModelObject(value: ModelValue): value is { readonly [key: string]: ModelValue } {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    !(value instanceof Reference) &&
    !(value instanceof ConstructReference) &&
    !(value instanceof JsonDocument) &&
    !(value instanceof TagMap)
  );
}
