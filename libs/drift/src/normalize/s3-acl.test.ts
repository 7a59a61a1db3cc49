import { awsConfigExample } from '../fixtures/load-fixture';
import { fromApiItem } from '../live/from-api-item';
import { UNKNOWN } from './norm-values';
import { grantsOfCannedAcl, grantsOfConfigAcl } from './s3-acl';

describe('S3 ACL normalization', () => {
  it('reads the grants of a real ACL beyond the owner (group grantees by name)', () => {
    // The deleted bucket's previous ACL, from the diff of the real SNS notification (a JSON string in a string).
    const sqs = awsConfigExample(
      'custodian-placebo-sqs-ReceiveMessage-sns-notification-s3-bucket-deleted.json',
    ) as { data: { Messages: { Body: string }[] } };
    const message = JSON.parse(JSON.parse(sqs.data.Messages[0].Body).Message);
    const previous = JSON.parse(
      message.configurationItemDiff.changedProperties['SupplementaryConfiguration.AccessControlList']
        .previousValue,
    );
    expect(grantsOfConfigAcl(previous)).toEqual([
      'AuthenticatedUsers:Read',
      'LogDelivery:Write',
      'LogDelivery:ReadAcp',
    ]);
  });

  it('gives an owner-only ACL (the CLI item, decoded twice) no grants', () => {
    const item = fromApiItem(awsConfigExample('custodian-cli-configitem-s3-bucket.json'), 'cli');
    expect(grantsOfConfigAcl(item.supplementaryConfiguration['AccessControlList'])).toEqual([]);
  });

  it('maps canned ACLs to their grants, and anything else to unknown', () => {
    expect(grantsOfCannedAcl('private')).toEqual([]);
    expect(grantsOfCannedAcl('public-read')).toEqual(['AllUsers:Read']);
    expect(grantsOfCannedAcl('${var.acl}')).toBe(UNKNOWN);
  });
});
