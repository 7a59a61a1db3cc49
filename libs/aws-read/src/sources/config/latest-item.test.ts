import {
  ConfigServiceClient,
  GetResourceConfigHistoryCommand,
  ResourceNotDiscoveredException,
} from '@aws-sdk/client-config-service';
import { mockClient } from 'aws-sdk-client-mock';
import { ROLE_ID, roleItem } from './config-service.recordings';
import { latestItem } from './latest-item';

const config = mockClient(ConfigServiceClient);
const client = new ConfigServiceClient({ region: 'us-east-1' });
beforeEach(() => config.reset());
afterAll(() => config.restore());

describe('latestItem', () => {
  it('reads the newest item with limit 1, in API form', async () => {
    config.on(GetResourceConfigHistoryCommand).resolves({ configurationItems: [roleItem()] });
    const item = await latestItem(client, 'AWS::IAM::Role', ROLE_ID);
    expect(config.commandCalls(GetResourceConfigHistoryCommand)[0].args[0].input).toEqual({
      resourceType: 'AWS::IAM::Role',
      resourceId: ROLE_ID,
      limit: 1,
    });
    expect(item).toMatchObject({
      resourceId: ROLE_ID,
      arn: 'arn:aws:iam::644160558196:role/app-instance',
      configurationItemCaptureTime: '2022-06-28T22:45:11.535Z',
    });
    expect(JSON.parse(JSON.stringify(item))).toEqual(item);
  });

  it('is null when Config no longer knows the resource, or has no item for it', async () => {
    config
      .on(GetResourceConfigHistoryCommand)
      .rejectsOnce(new ResourceNotDiscoveredException({ message: 'gone', $metadata: {} }))
      .resolvesOnce({ configurationItems: [] });
    expect(await latestItem(client, 'AWS::IAM::Role', ROLE_ID)).toBeNull();
    expect(await latestItem(client, 'AWS::IAM::Role', ROLE_ID)).toBeNull();
  });

  it('lets any other error through', async () => {
    config
      .on(GetResourceConfigHistoryCommand)
      .rejects(Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' }));
    await expect(latestItem(client, 'AWS::IAM::Role', ROLE_ID)).rejects.toThrow('Rate exceeded');
  });
});
