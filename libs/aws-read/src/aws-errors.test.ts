import { ResourceNotFoundException, ThrottlingException } from '@aws-sdk/client-cloudcontrol';
import { NoSuchEntityException, ServiceFailureException } from '@aws-sdk/client-iam';
import { AccessDeniedException } from '@aws-sdk/client-organizations';
import { describeAwsError, isRefusal, RefusedRead } from './aws-errors';

describe('isRefusal', () => {
  it('takes AWS answers about the request for refusals, and failures of the moment for none', () => {
    expect(
      isRefusal(new AccessDeniedException({ message: 'denied', $metadata: { httpStatusCode: 400 } })),
    ).toBe(true);
    expect(
      isRefusal(new NoSuchEntityException({ message: 'none', $metadata: { httpStatusCode: 404 } })),
    ).toBe(true);
    expect(isRefusal(new ResourceNotFoundException({ message: 'gone', $metadata: {} }))).toBe(true);
    expect(isRefusal(new RefusedRead('member account'))).toBe(true);
    expect(
      isRefusal(new ThrottlingException({ message: 'Rate exceeded', $metadata: { httpStatusCode: 400 } })),
    ).toBe(false);
    expect(
      isRefusal(new ServiceFailureException({ message: 'boom', $metadata: { httpStatusCode: 500 } })),
    ).toBe(false);
    expect(isRefusal(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(false);
    expect(isRefusal(new TypeError('x is undefined'))).toBe(false);
  });

  it('describes an error with the attempts the SDK made', () => {
    const error = new ThrottlingException({ message: 'Rate exceeded', $metadata: { attempts: 8 } });
    expect(describeAwsError(error)).toBe('ThrottlingException: Rate exceeded (after 8 attempts)');
    expect(describeAwsError('odd')).toBe('odd');
  });
});
