import { companions, withoutCompanion } from '../../inspect/companions';
import { GuardRule } from '../../model';

export const secretsManagerRotation: GuardRule = {
  id: 'GW-SM-001',
  severity: 'warning',
  title: 'Secrets Manager secret should rotate',
  why: 'A secret that never rotates stays valid forever once leaked, in logs, laptops or old deployments.',
  fix: 'Add an aws_secretsmanager_secret_rotation with a rotation Lambda and rotation_rules { automatically_after_days = 30 }, or use RDS manage_master_user_password.',
  checkov: ['CKV2_AWS_57'],
  trivy: [],
  resourceTypes: ['aws_secretsmanager_secret'],
  check(secret, config) {
    const found = companions(config, 'aws_secretsmanager_secret_rotation', 'secret_id', secret);
    return found.matched.length > 0
      ? []
      : withoutCompanion(found, 'the secret has no aws_secretsmanager_secret_rotation');
  },
};
