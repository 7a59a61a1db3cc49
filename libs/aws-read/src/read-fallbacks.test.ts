import { CloudControlClient } from '@aws-sdk/client-cloudcontrol';
import {
  ConfigServiceClient,
  DescribeConfigurationRecordersCommand,
  DescribeConfigurationRecorderStatusCommand,
  type DescribeConfigurationRecordersCommandOutput,
} from '@aws-sdk/client-config-service';
import type { FallbackRead } from '@groundwork/drift';
import { mockClient } from 'aws-sdk-client-mock';
import { readFallbacks } from './read-fallbacks';
import {
  ACCOUNT,
  fakeCloudControl,
  type RecordedResource,
} from './sources/cloudcontrol/cloud-control.recordings';

const config = mockClient(ConfigServiceClient);
const cloudControl = mockClient(CloudControlClient);
beforeEach(() => {
  config.reset();
  cloudControl.reset();
});
afterAll(() => {
  config.restore();
  cloudControl.restore();
});

const RULE = 'AWS::Events::Rule';
const read = (region: string): FallbackRead => ({
  source: 'cloudcontrol',
  resourceType: RULE,
  preferredSource: 'config',
  preferredType: RULE,
  account: ACCOUNT,
  region,
});
const rule = (region: string, name: string): RecordedResource => {
  const arn = `arn:aws:events:${region}:${ACCOUNT}:rule/${name}`;
  return { typeName: RULE, identifier: arn, properties: { Arn: arn, Name: name, State: 'ENABLED' } };
};

/** The recorders of a region, as DescribeConfigurationRecorders and DescribeConfigurationRecorderStatus give them. */
function recorders(
  byRegion: Record<
    string,
    {
      group: NonNullable<
        DescribeConfigurationRecordersCommandOutput['ConfigurationRecorders']
      >[number]['recordingGroup'];
      recording: boolean;
    }
  >,
): void {
  const regionOf = async (getClient: () => unknown) => (getClient() as ConfigServiceClient).config.region();
  config.on(DescribeConfigurationRecordersCommand).callsFake(async (_input, getClient) => {
    const r = byRegion[await regionOf(getClient)];
    return { ConfigurationRecorders: r ? [{ name: 'default', recordingGroup: r.group }] : [] };
  });
  config.on(DescribeConfigurationRecorderStatusCommand).callsFake(async (_input, getClient) => {
    const r = byRegion[await regionOf(getClient)];
    return { ConfigurationRecordersStatus: r ? [{ name: 'default', recording: r.recording }] : [] };
  });
}

const options = (reads: FallbackRead[]) => ({
  reads,
  accountId: ACCOUNT,
  configFor: (region: string) => new ConfigServiceClient({ region }),
  cloudControlFor: (region: string) => new CloudControlClient({ region }),
});

describe('readFallbacks', () => {
  it('reads a type through Cloud Control only in the regions where no recording recorder records it', async () => {
    recorders({
      'eu-west-1': { group: { allSupported: true }, recording: true },
      // Recorders that do not record rules: one excluding them, one stopped.
      'eu-central-1': {
        group: {
          recordingStrategy: { useOnly: 'EXCLUSION_BY_RESOURCE_TYPES' },
          exclusionByResourceTypes: { resourceTypes: [RULE] },
        },
        recording: true,
      },
      'ap-southeast-2': { group: { allSupported: true }, recording: false },
    });
    const seen = fakeCloudControl(cloudControl, [rule('us-east-1', 'forward')], {});
    const result = await readFallbacks(
      options(['eu-west-1', 'us-east-1', 'eu-central-1', 'ap-southeast-2'].map(read)),
    );
    expect(result.envelopes.map((e) => e.groundworkInventory)).toEqual(
      ['us-east-1', 'eu-central-1', 'ap-southeast-2'].map((region) => ({
        source: 'cloudcontrol',
        accountId: ACCOUNT,
        region,
        resourceTypes: [RULE],
      })),
    );
    expect(new Set(seen.map((s) => s.region))).toEqual(
      new Set(['us-east-1', 'eu-central-1', 'ap-southeast-2']),
    );
    expect(result.envelopes[0]?.items).toHaveLength(1);
  });

  it('reads the fallback where the recorders cannot be asked: Config, if it records the type, still comes first', async () => {
    config.on(DescribeConfigurationRecordersCommand).rejects(
      Object.assign(new Error('not authorized'), {
        name: 'AccessDeniedException',
        $fault: 'client',
        $metadata: { httpStatusCode: 400 },
      }),
    );
    config.on(DescribeConfigurationRecorderStatusCommand).resolves({ ConfigurationRecordersStatus: [] });
    fakeCloudControl(cloudControl, [], {});
    const result = await readFallbacks(options([read('us-east-1')]));
    expect(result.envelopes.map((e) => e.groundworkInventory.region)).toEqual(['us-east-1']);
  });

  it('makes no call without a fallback type in the IaC', async () => {
    expect(await readFallbacks(options([]))).toEqual({ envelopes: [], incomplete: [] });
    expect(config.calls()).toHaveLength(0);
    expect(cloudControl.calls()).toHaveLength(0);
  });
});
