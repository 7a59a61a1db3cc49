import { NormSet } from '../normalize/norm-values';
import type { Adapter, ExpectedInput } from './adapter';
import {
  UNKNOWN,
  block,
  blocks,
  conf,
  defined,
  foldedOf,
  get,
  jsonDocument,
  keys,
  lastSegment,
  liveTags,
  lower,
  maybe,
  orDefault,
  tagsOf,
  text,
} from './helpers';

/**
 * Rule names are unique per event bus: the keys name both (the default bus when none is given), and a rule of the
 * default bus is known by its bare name too, as the targets of a rule given by name refer to it.
 */
function busAndName(bus: unknown, name: unknown): string[] {
  const n = text(name);
  if (!n || bus === UNKNOWN) return [];
  const b = lastSegment(text(bus) ?? 'default');
  return b === 'default' ? [`${b}/${n}`, n] : [`${b}/${n}`];
}

/** A target reduced to what routes events: where to, as whom, with which input, and where failures go. */
function target(
  arn: unknown,
  roleArn: unknown,
  input: unknown,
  inputPath: unknown,
  deadLetterArn: unknown,
): Record<string, unknown> {
  return defined({
    arn,
    role_arn: roleArn || undefined,
    input: input || undefined,
    input_path: inputPath || undefined,
    dead_letter_arn: deadLetterArn || undefined,
  });
}

function expectedTargets(input: ExpectedInput): unknown {
  const targets = foldedOf(input, 'aws_cloudwatch_event_target').map((t) =>
    target(t['arn'], t['role_arn'], t['input'], t['input_path'], get(t, 'dead_letter_config.arn')),
  );
  if (targets.some((t) => Object.values(t).includes(UNKNOWN))) return UNKNOWN;
  // A rule the IaC creates sends events exactly where its targets say: a target added by hand is drift.
  return targets.length > 0 || input.ownsResource ? new NormSet(targets, input.ownsResource) : undefined;
}

export const eventsRuleAdapter: Adapter = {
  configType: 'AWS::Events::Rule',
  terraformTypes: ['aws_cloudwatch_event_rule'],
  folds: [{ type: 'aws_cloudwatch_event_target', parentAttributes: ['rule'] }],
  compared: [
    'name',
    'description',
    'event_bus_name',
    'event_pattern (as JSON)',
    'schedule_expression',
    'state',
    'role_arn',
    'targets (set: arn, role, input, input path, dead-letter queue)',
    'tags',
  ],
  joinKey: 'rule ARN, or event bus and rule name (the name alone on the default bus)',
  desiredKeys: (v, s) =>
    keys(
      s?.['arn'],
      ...busAndName(s?.['event_bus_name'], s?.['name']),
      ...busAndName(v['event_bus_name'], v['name']),
    ),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(item.resourceId, item.arn, c['Arn'], ...busAndName(c['EventBusName'], c['Name']));
  },
  expected: (input) => {
    const v = input.values;
    const enabled = v['is_enabled'];
    return defined({
      name: v['name'],
      description: v['description'],
      event_bus_name: maybe(orDefault(input, 'event_bus_name', 'default'), (bus) => lastSegment(String(bus))),
      event_pattern: jsonDocument(v['event_pattern']),
      schedule_expression: v['schedule_expression'],
      // `state` replaced `is_enabled`; both default to an enabled rule.
      state: lower(orDefault(input, 'state', enabled === false ? 'DISABLED' : 'ENABLED')),
      role_arn: v['role_arn'],
      targets: expectedTargets(input),
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    // The field inventory lists no EventPattern (it lists only searchable scalars): compared when recorded.
    return actualRule(
      c,
      c['EventPattern'] === undefined ? UNKNOWN : jsonDocument(c['EventPattern']),
      liveTags(item),
    );
  },
};

/**
 * A rule as live, from its model in the CloudFormation-registry shape, which both AWS Config and Cloud Control read:
 * the event pattern and the tags are where the two differ, so each source gives its own.
 */
export function actualRule(
  c: Readonly<Record<string, unknown>>,
  eventPattern: unknown,
  tags: unknown,
): Record<string, unknown> {
  return {
    name: c['Name'],
    description: c['Description'],
    event_bus_name: typeof c['EventBusName'] === 'string' ? lastSegment(c['EventBusName']) : 'default',
    event_pattern: eventPattern,
    schedule_expression: c['ScheduleExpression'],
    state: lower(c['State']),
    role_arn: c['RoleArn'],
    targets: new NormSet(
      blocks(c['Targets']).map((t) =>
        target(t['Arn'], t['RoleArn'], t['Input'], t['InputPath'], block(t['DeadLetterConfig'])?.['Arn']),
      ),
    ),
    tags,
  };
}
