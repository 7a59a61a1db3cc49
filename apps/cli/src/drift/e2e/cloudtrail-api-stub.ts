// CloudTrail's LookupEvents answered by a simulated account's trail, in the SDK's form: for the CLI's live-mode tests.
import { CloudTrailClient, LookupEventsCommand, LookupEventsCommandInput } from '@aws-sdk/client-cloudtrail';
import type { LookupAttributeKey, SimulatedTrail } from '@groundwork/aws-sim';
import type { AwsClientStub } from 'aws-sdk-client-mock';

/** Answers LookupEvents from the trail; its rules (one attribute, pages, tokens) are the trail's. */
export function serveTrail(cloudtrail: AwsClientStub<CloudTrailClient>, trail: SimulatedTrail): void {
  cloudtrail.reset();
  cloudtrail.on(LookupEventsCommand).callsFake((input: LookupEventsCommandInput) => {
    const page = trail.lookupEvents({
      LookupAttributes: input.LookupAttributes?.map((a) => ({
        AttributeKey: a.AttributeKey as LookupAttributeKey,
        AttributeValue: a.AttributeValue ?? '',
      })),
      StartTime: input.StartTime,
      EndTime: input.EndTime,
      MaxResults: input.MaxResults,
      NextToken: input.NextToken,
    });
    return {
      Events: page.Events.map((e) => ({
        ...e,
        EventTime: new Date(e.EventTime),
        Resources: [...e.Resources],
      })),
      NextToken: page.NextToken,
    };
  });
}
