// The tag contract between the IaC and the drift check: the governance `Tagging` aspect stamps these keys on every
// taggable resource, and the drift engine and state reader read them to trace a live resource back to its stack
// and Terraform address without Terraform state. Deployed resources carry them, so their values never change.

/** The tag whose value is the name of the stack that manages the resource. */
export const IAC_STACK_TAG = 'iac:stack';

/** The tag whose value is the resource's Terraform address in its stack, e.g. `aws_vpc.vpc_1A2B`. */
export const IAC_ADDRESS_TAG = 'iac:address';
