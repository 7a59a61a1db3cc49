import type { Adapter } from './adapter';
import { cloudControlTags, ifRead, readInFull } from './cloudcontrol-properties';
import { conf, defined, keys, tagsOf } from './helpers';

/** The statuses of an account that is closed or closing: the member account is gone from the organization. */
const CLOSED = new Set(['SUSPENDED', 'PENDING_CLOSURE', 'CLOSED']);

/** Organizations ARNs carry the management account: `arn:aws:organizations::<management>:account/o-…/<id>`. */
function managementAccountOf(arn: unknown): string | undefined {
  return typeof arn === 'string' ? arn.split(':')[4] : undefined;
}

/**
 * `AWS::Organizations::Account` read through AWS Cloud Control: AWS Config does not record member accounts.
 *
 * Evidence, the type's CloudFormation resource schema (`aws-organizations-account.json`,
 * aws-cloudformation-resource-providers-organizations e9c0335): `handlers.read` is DescribeAccount + ListParents +
 * ListTagsForResource (GetResource returns AccountName, Email, ParentIds, Tags, Status; an account that is not
 * ACTIVE reads as not found); `handlers.list` is ListAccounts, whose summaries carry AccountId, AccountName and
 * Email only (ACTIVE accounts), so the parent and tags of a listed account are not compared. `primaryIdentifier`
 * AccountId; `readOnlyProperties` AccountId, Status, JoinedTimestamp, JoinedMethod, Arn; `writeOnlyProperties`
 * RoleName (never returned, never compared; neither is `iam_user_access_to_billing`, which no read returns).
 */
export const organizationsAccountAdapter: Adapter = {
  configType: 'AWS::Organizations::Account',
  source: 'cloudcontrol',
  global: true,
  terraformTypes: ['aws_organizations_account'],
  folds: [],
  compared: ['name', 'email', 'parent_id (the OU or root it sits in)', 'tags'],
  joinKey: 'account id',
  desiredKeys: (_v, s) => keys(s?.['id'], s?.['arn']),
  liveKeys: (item) => {
    const c = conf(item);
    return keys(item.resourceId, c['AccountId'], c['Arn'], item.arn);
  },
  expected: (input) => {
    const v = input.values;
    return defined({
      name: v['name'],
      email: v['email'],
      parent_id: v['parent_id'],
      tags: tagsOf(input),
    });
  },
  actual: (item) => {
    const c = conf(item);
    const full = readInFull(item, 'ParentIds');
    const parents = Array.isArray(c['ParentIds']) ? c['ParentIds'] : [];
    return {
      name: c['AccountName'],
      email: c['Email'],
      // Organizations allows one parent: ParentIds holds one id.
      parent_id: ifRead(full, parents.length === 1 ? parents[0] : parents),
      tags: cloudControlTags(item, full),
    };
  },
  gone: (item) => CLOSED.has(String(conf(item)['Status'] ?? conf(item)['State'] ?? '')),
  awsDefault: (item) => {
    const c = conf(item);
    const id = c['AccountId'] ?? item.resourceId;
    return id !== undefined && managementAccountOf(c['Arn'] ?? item.arn) === id
      ? "the organization's management account"
      : undefined;
  },
};
