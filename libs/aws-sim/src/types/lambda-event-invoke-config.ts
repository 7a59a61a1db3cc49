// AWS::Lambda::EventInvokeConfig: a function's asynchronous invocation settings, which Config does not record;
// Cloud Control reads them (identifier `<function>|<qualifier>`).
import type { Attrs } from '../apply/applied-resource';
import { setProperties } from '../live/cloud-control-resource';
import type { SimulatedType } from './simulated-type';

export const lambdaEventInvokeConfig: SimulatedType = {
  awsType: 'AWS::Lambda::EventInvokeConfig',
  terraformTypes: {
    aws_lambda_function_event_invoke_config: {
      computed: (v) => ({ id: v.qualifier ? `${v.function_name}:${v.qualifier}` : v.function_name }),
      cloudControl: ({ attrs: a }, _lookup, ctx) => {
        const destinations = (a.destination_config as Attrs[] | undefined)?.[0];
        const to = (key: string) => {
          const block = (destinations?.[key] as Attrs[] | undefined)?.[0];
          return block ? { Destination: block.destination } : undefined;
        };
        const qualifier = String(a.qualifier ?? '$LATEST');
        const properties = setProperties({
          FunctionName: a.function_name,
          Qualifier: qualifier,
          MaximumEventAgeInSeconds: a.maximum_event_age_in_seconds,
          MaximumRetryAttempts: a.maximum_retry_attempts,
          DestinationConfig: destinations
            ? setProperties({ OnSuccess: to('on_success'), OnFailure: to('on_failure') })
            : undefined,
        });
        return {
          typeName: 'AWS::Lambda::EventInvokeConfig',
          identifier: `${String(a.function_name)}|${qualifier}`,
          region: ctx.region,
          properties,
          listed: properties,
        };
      },
    },
  },
};
