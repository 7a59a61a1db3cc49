import { IAC_ADDRESS_TAG, IAC_STACK_TAG } from './iac-tags';

describe('the IaC tag contract', () => {
  it('keeps the keys that deployed resources already carry', () => {
    expect([IAC_STACK_TAG, IAC_ADDRESS_TAG]).toEqual(['iac:stack', 'iac:address']);
  });
});
