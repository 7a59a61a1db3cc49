import { Construct } from 'constructs';
import { IdentityBaseline } from '../baseline/identity-baseline';

/** README example: the account's people, by group. */
export function identityExample(scope: Construct): IdentityBaseline {
  return new IdentityBaseline(scope, 'identity', {
    users: [
      { kind: 'iamUser', userName: 'alice', groups: ['Admins'], loginProfile: { pgpKey: 'keybase:alice' } },
      { kind: 'iamUser', userName: 'bob', groups: ['Developers'], loginProfile: { pgpKey: 'keybase:bob' } },
      { kind: 'iamUser', userName: 'carol', groups: ['Auditors'] },
      { kind: 'federated', subject: 'dave@example.com', groups: ['Developers', 'Auditors'] },
    ],
    samlProviderArn: 'arn:aws:iam::111122223333:saml-provider/corporate-idp',
  });
}
