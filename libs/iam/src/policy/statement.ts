import { Token } from 'cdktf';
import { ConditionOperator, isConditionOperator } from './condition-operator';

export type Effect = 'Allow' | 'Deny';

/** A condition value. Numbers and booleans render as strings, the form IAM stores. */
export type ConditionScalar = string | number | boolean;
export type ConditionValue = ConditionScalar | readonly ConditionScalar[];

/** `{ operator: { key: value(s) } }`, e.g. `{ Bool: { 'aws:MultiFactorAuthPresent': false } }`. */
export type Conditions = {
  readonly [operator in ConditionOperator]?: Readonly<Record<string, ConditionValue>>;
};

/** Principals of a resource or trust policy. Each list must be non-empty when given. */
export interface PrincipalMap {
  /** Account ids, account root ARNs, role or user ARNs, or `*`. @default none */
  readonly AWS?: readonly string[];
  /** Service principals such as `ec2.amazonaws.com`. @default none */
  readonly Service?: readonly string[];
  /**
   * SAML or OIDC provider ARNs, or a web identity provider such as `cognito-identity.amazonaws.com`.
   * @default none
   */
  readonly Federated?: readonly string[];
  /** S3 canonical user ids. @default none */
  readonly CanonicalUser?: readonly string[];
}

/** `'*'` (anyone) or typed principals. */
export type Principal = '*' | PrincipalMap;

export interface StatementProps {
  /** Statement id: letters and digits only. @default none */
  readonly sid?: string;
  /** @default 'Allow' */
  readonly effect?: Effect;
  /** Actions (`service:Action`, wildcards allowed). Exactly one of `actions` and `notActions`. @default none */
  readonly actions?: readonly string[];
  /** Every action except these. Exactly one of `actions` and `notActions`. @default none */
  readonly notActions?: readonly string[];
  /**
   * Resource ARNs or `*`. Identity policies and SCPs need `resources` or `notResources`; trust policies neither.
   * @default none
   */
  readonly resources?: readonly string[];
  /** Every resource except these. @default none */
  readonly notResources?: readonly string[];
  /** Who the statement applies to: only in resource and trust policies. @default none */
  readonly principals?: Principal;
  /** @default none */
  readonly conditions?: Conditions;
}

/** The IAM JSON form of a statement. Lists always render as arrays; IAM accepts both forms. */
export interface StatementJson {
  Sid?: string;
  Effect: Effect;
  Principal?: '*' | Record<string, string[]>;
  Action?: string[];
  NotAction?: string[];
  Resource?: string[];
  NotResource?: string[];
  Condition?: Record<string, Record<string, string | string[]>>;
}

// `service:Action` with IAM wildcards, or `*` alone. The action part may mix letters, digits and wildcards.
const ACTION_PATTERN = /^(\*|[a-z0-9][a-z0-9-]*:[A-Za-z0-9*?-]+)$/;
const STATEMENT_KEY_ORDER = [
  'Sid',
  'Effect',
  'Principal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
] as const;
const SID_PATTERN = /^[A-Za-z0-9]*$/;

function describe(sid: string | undefined): string {
  return sid ? `statement "${sid}"` : 'statement';
}

function validateList(
  errors: string[],
  where: string,
  field: string,
  list: readonly string[] | undefined,
): void {
  if (list === undefined) return;
  if (list.length === 0) {
    errors.push(`${where} has an empty ${field} list: give at least one entry or leave ${field} out`);
  }
  for (const item of list) {
    if (!Token.isUnresolved(item) && item.trim() === '') {
      errors.push(`${where} has an empty string in ${field}`);
    }
  }
}

function renderValue(value: ConditionValue): string | string[] {
  return Array.isArray(value) ? value.map(String) : String(value as ConditionScalar);
}

/**
 * One IAM policy statement. The constructor checks what can be checked without knowing the policy's kind
 * (actions present and well-formed, no empty lists, known condition operators); `PolicyDocument.validate`
 * checks the rest (resources and principals per policy kind, administrator access, size).
 */
export class Statement {
  readonly sid?: string;
  readonly effect: Effect;
  readonly actions?: readonly string[];
  readonly notActions?: readonly string[];
  readonly resources?: readonly string[];
  readonly notResources?: readonly string[];
  readonly principals?: Principal;
  readonly conditions?: Conditions;

  static allow(props: Omit<StatementProps, 'effect'>): Statement {
    return new Statement({ ...props, effect: 'Allow' });
  }

  static deny(props: Omit<StatementProps, 'effect'>): Statement {
    return new Statement({ ...props, effect: 'Deny' });
  }

  constructor(props: StatementProps) {
    this.sid = props.sid;
    this.effect = props.effect ?? 'Allow';
    this.actions = props.actions;
    this.notActions = props.notActions;
    this.resources = props.resources;
    this.notResources = props.notResources;
    this.principals = props.principals;
    this.conditions = props.conditions;
    const errors = Statement.check(props);
    if (errors.length > 0) throw new Error(`Invalid IAM statement: ${errors.join('; ')}`);
  }

  private static check(props: StatementProps): string[] {
    const errors: string[] = [];
    const where = describe(props.sid);
    if (props.effect !== undefined && props.effect !== 'Allow' && props.effect !== 'Deny') {
      errors.push(`${where} has effect "${String(props.effect)}": use 'Allow' or 'Deny'`);
    }
    if (props.sid !== undefined && !SID_PATTERN.test(props.sid)) {
      errors.push(`${where} has a Sid with characters other than letters and digits`);
    }
    if ((props.actions === undefined) === (props.notActions === undefined)) {
      errors.push(`${where} must have exactly one of actions and notActions`);
    }
    validateList(errors, where, 'actions', props.actions);
    validateList(errors, where, 'notActions', props.notActions);
    for (const action of [...(props.actions ?? []), ...(props.notActions ?? [])]) {
      if (!Token.isUnresolved(action) && !ACTION_PATTERN.test(action)) {
        errors.push(`${where} has action "${action}": write it as service:Action (e.g. s3:GetObject) or "*"`);
      }
    }
    if (props.resources !== undefined && props.notResources !== undefined) {
      errors.push(`${where} has both resources and notResources: keep one`);
    }
    validateList(errors, where, 'resources', props.resources);
    validateList(errors, where, 'notResources', props.notResources);
    if (props.principals !== undefined && props.principals !== '*') {
      const entries = Object.entries(props.principals) as [string, readonly string[] | undefined][];
      if (entries.every(([, list]) => list === undefined)) {
        errors.push(`${where} has an empty principals map: name at least one principal or use '*'`);
      }
      for (const [kind, list] of entries) validateList(errors, where, `principals.${kind}`, list);
    }
    for (const [operator, byKey] of Object.entries(props.conditions ?? {})) {
      if (!isConditionOperator(operator)) {
        errors.push(
          `${where} uses unknown condition operator "${operator}": use one of IAM's operators ` +
            `(StringEquals, ArnLike, Bool, ...), optionally with IfExists or a ForAllValues:/ForAnyValue: prefix`,
        );
      }
      const keys = Object.entries(byKey ?? {});
      if (keys.length === 0) errors.push(`${where} has no condition keys under ${operator}`);
      for (const [key, value] of keys) {
        if (Array.isArray(value) && value.length === 0) {
          errors.push(`${where} has an empty value list for ${operator} ${key}`);
        }
      }
    }
    return errors;
  }

  /** True when this statement allows every action on every resource. */
  get isAdministrator(): boolean {
    return (
      this.effect === 'Allow' &&
      (this.actions ?? []).some((a) => a === '*' || a === '*:*') &&
      (this.resources ?? []).includes('*')
    );
  }

  toJson(): StatementJson {
    const json: StatementJson = { Effect: this.effect };
    if (this.sid) json.Sid = this.sid;
    if (this.principals !== undefined) {
      if (this.principals === '*') {
        json.Principal = '*';
      } else {
        const principal: Record<string, string[]> = {};
        for (const [kind, list] of Object.entries(this.principals) as [string, readonly string[]][]) {
          if (list !== undefined) principal[kind] = [...list];
        }
        json.Principal = principal;
      }
    }
    if (this.actions) json.Action = [...this.actions];
    if (this.notActions) json.NotAction = [...this.notActions];
    if (this.resources) json.Resource = [...this.resources];
    if (this.notResources) json.NotResource = [...this.notResources];
    if (this.conditions && Object.keys(this.conditions).length > 0) {
      const condition: Record<string, Record<string, string | string[]>> = {};
      for (const [operator, byKey] of Object.entries(this.conditions)) {
        condition[operator] = {};
        for (const [key, value] of Object.entries(byKey as Record<string, ConditionValue>)) {
          condition[operator][key] = renderValue(value);
        }
      }
      json.Condition = condition;
    }
    // Key order as IAM documents it, so rendered policies read the way people expect.
    const ordered: Record<string, unknown> = {};
    for (const key of STATEMENT_KEY_ORDER) {
      if (json[key] !== undefined) ordered[key] = json[key];
    }
    return ordered as unknown as StatementJson;
  }
}
