import { Statement } from '../policy/statement';
import {
  ScpExemptionOptions,
  ServiceControlPolicy,
  exemptionCondition,
  serviceControlPolicy,
} from './service-control-policy';

export interface ProtectSecurityServicesOptions extends ScpExemptionOptions {
  /** Protect CloudTrail trails and event data stores. @default true */
  readonly cloudTrail?: boolean;
  /** Protect the AWS Config recorder, delivery channel and aggregators. @default true */
  readonly config?: boolean;
  /** Protect GuardDuty detectors, membership, findings export and suppression. @default true */
  readonly guardDuty?: boolean;
}

const CLOUDTRAIL_ACTIONS = [
  'cloudtrail:DeleteTrail',
  'cloudtrail:StopLogging',
  'cloudtrail:UpdateTrail',
  'cloudtrail:PutEventSelectors',
  'cloudtrail:PutInsightSelectors',
  'cloudtrail:DeleteEventDataStore',
  'cloudtrail:StopEventDataStoreIngestion',
];

const CONFIG_ACTIONS = [
  'config:DeleteConfigurationRecorder',
  'config:StopConfigurationRecorder',
  'config:PutConfigurationRecorder',
  'config:DeleteDeliveryChannel',
  'config:PutDeliveryChannel',
  'config:DeleteConfigurationAggregator',
  'config:DeleteRetentionConfiguration',
];

// Filters and IP sets can silence findings as surely as deleting the detector.
const GUARDDUTY_ACTIONS = [
  'guardduty:DeleteDetector',
  'guardduty:UpdateDetector',
  'guardduty:DisassociateFromMasterAccount',
  'guardduty:DisassociateFromAdministratorAccount',
  'guardduty:DeleteMembers',
  'guardduty:DisassociateMembers',
  'guardduty:StopMonitoringMembers',
  'guardduty:DeletePublishingDestination',
  'guardduty:UpdatePublishingDestination',
  'guardduty:CreateFilter',
  'guardduty:UpdateFilter',
  'guardduty:CreateIPSet',
  'guardduty:UpdateIPSet',
];

/** Nobody but the exempt roles can stop, delete or blind CloudTrail, AWS Config or GuardDuty. */
export function protectSecurityServices(options: ProtectSecurityServicesOptions = {}): ServiceControlPolicy {
  const exemption = exemptionCondition(options);
  const statements: Statement[] = [];
  const add = (sid: string, actions: readonly string[]): void => {
    statements.push(Statement.deny({ sid, actions, resources: ['*'], conditions: { ...exemption } }));
  };
  if (options.cloudTrail ?? true) add('ProtectCloudTrail', CLOUDTRAIL_ACTIONS);
  if (options.config ?? true) add('ProtectConfig', CONFIG_ACTIONS);
  if (options.guardDuty ?? true) add('ProtectGuardDuty', GUARDDUTY_ACTIONS);
  if (statements.length === 0) {
    throw new Error(
      'protectSecurityServices: cloudTrail, config and guardDuty are all false: protect at least one',
    );
  }
  return serviceControlPolicy(
    'ProtectSecurityServices',
    'CloudTrail, AWS Config and GuardDuty cannot be stopped or weakened',
    statements,
  );
}
