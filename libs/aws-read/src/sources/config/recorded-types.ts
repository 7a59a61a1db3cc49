// Which resource types AWS Config records in a region, as AWS documents it: a configuration recorder that is
// recording (DescribeConfigurationRecorderStatus `recording`) and whose recording group takes the type in
// (DescribeConfigurationRecorders: all supported types, the listed ones, or all but the excluded ones). Two read-only
// calls per region, whatever the number of types.
import {
  type ConfigServiceClient,
  type ConfigurationRecorder,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
} from '@aws-sdk/client-config-service';

const listed = (types: readonly string[] | undefined, resourceType: string): boolean =>
  (types ?? []).includes(resourceType);

/** Whether a recorder's recording group takes the type in. */
function groupRecords(recorder: ConfigurationRecorder, resourceType: string): boolean {
  const group = recorder.recordingGroup;
  if (!group) return false;
  switch (group.recordingStrategy?.useOnly) {
    case 'EXCLUSION_BY_RESOURCE_TYPES':
      return !listed(group.exclusionByResourceTypes?.resourceTypes, resourceType);
    case 'INCLUSION_BY_RESOURCE_TYPES':
      return listed(group.resourceTypes, resourceType);
    default:
      // No strategy (older recorders): allSupported, else the listed types.
      return group.allSupported === true || listed(group.resourceTypes, resourceType);
  }
}

/** The types, among `resourceTypes`, that a recording recorder of the client's region records. */
export async function recordedTypes(
  client: ConfigServiceClient,
  resourceTypes: readonly string[],
): Promise<Set<string>> {
  const [{ ConfigurationRecorders: recorders = [] }, { ConfigurationRecordersStatus: statuses = [] }] =
    await Promise.all([
      client.send(new DescribeConfigurationRecordersCommand({})),
      client.send(new DescribeConfigurationRecorderStatusCommand({})),
    ]);
  const recording = recorders.filter((r) => statuses.some((s) => s.name === r.name && s.recording === true));
  return new Set(resourceTypes.filter((t) => recording.some((r) => groupRecords(r, t))));
}
