// A direct read: the output of a service's own read API for a resource that neither AWS Config nor Cloud Control can
// read (IAM GetAccountPasswordPolicy, Config DescribeDeliveryChannels, the Organizations reads of the organization).

export interface DirectRead {
  /** The live type the drift engine names the read by, e.g. `AWS::IAM::AccountPasswordPolicy`. */
  readonly typeName: string;
  readonly identifier: string;
  /** The region read, or `global`. */
  readonly region: string;
  /** The API's output, as the AWS CLI prints it. */
  readonly output: Record<string, unknown>;
}
