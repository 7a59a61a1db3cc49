import type { Adapter } from './adapter';
import { conf, defined, keys, liveTags, tagsOf } from './helpers';

export const eventsEventBusAdapter: Adapter = {
  configType: 'AWS::Events::EventBus',
  terraformTypes: ['aws_cloudwatch_event_bus'],
  folds: [],
  compared: ['name', 'event_source_name', 'tags'],
  joinKey: 'event bus name (or ARN)',
  desiredKeys: (v, s) => keys(s?.['name'], s?.['id'], s?.['arn'], v['name']),
  liveKeys: (item) =>
    keys(item.resourceId, item.resourceName, item.arn, conf(item)['Name'], conf(item)['Arn']),
  expected: (input) =>
    defined({
      name: input.values['name'],
      event_source_name: input.values['event_source_name'],
      tags: tagsOf(input),
    }),
  actual: (item) => {
    const c = conf(item);
    return { name: c['Name'], event_source_name: c['EventSourceName'], tags: liveTags(item) };
  },
  awsDefault: (item) =>
    (conf(item)['Name'] ?? item.resourceName) === 'default'
      ? 'the default event bus of the account'
      : undefined,
};
