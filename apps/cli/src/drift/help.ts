import { IAC_ADDRESS_TAG, IAC_STACK_TAG } from '@groundwork/core';
import { DRIFTING_STATUSES } from '@groundwork/drift';

export const DRIFT_SUMMARY =
  'compare live AWS resources with the synthesized IaC (drift check), then revert, accept, tolerate or codify (drift fix)';

export const DRIFT_HELP = `Usage: groundwork drift check --iac <cdktf.out dir> [--state <dir>] --snapshot <file>... [--account ID] [--region R] [options]
       groundwork drift check --iac <cdktf.out dir> [--state <dir>] --live [--profile P] [--region R] [--save FILE] [options]
       groundwork drift check --iac <cdktf.out dir> [--state <dir>] --from-config [--region R] [--aggregator NAME] [options]

Compares what AWS Config, the Cloud Control API and direct reads show with the synthesized Terraform and reports
every resource that was changed, deleted or created outside the IaC, attribute by attribute. Each stack is checked
in its own account and region (its provider's allowed_account_ids / assume_role and region, else its state).

Inputs
  --iac <dir>           cdktf output directory (manifest.json and stacks/<stack>/cdk.tf.json), or plain *.tf.json
  --state <dir>         Terraform state (format 4), one file per stack: <stack>.tfstate,
                        terraform.<stack>.tfstate or <stack>/terraform.tfstate. Optional: without it, resources
                        are matched by their ${IAC_STACK_TAG} / ${IAC_ADDRESS_TAG} tags.
  --snapshot <file>     live side; repeat for several files, read as one input. Any of: a Config snapshot file,
                        configuration items (a JSON array, GetResourceConfigHistory / BatchGetResourceConfig /
                        SelectResourceConfig output, a delivered history file), an EventBridge "Config
                        Configuration Item Change" event, an SNS or SQS delivery, a Config rule invocation;
                        Cloud Control get-resource / list-resources output; IAM get-account-password-policy
                        output; a groundworkInventory envelope; or a JSON array mixing them.
                        A resource missing from the input is DELETED only where the input lists its type in full
                        for its account and region: a Config snapshot, list-resources output without NextToken,
                        or a groundworkInventory. Events, histories and single reads prove nothing about others.
  --account <ID>        with --snapshot: the account of files that name none (Cloud Control output without
                        ARNs, the password policy). Unknown accounts stand for the one account in scope, and
                        prove nothing when there are several.
  --live                live side read from the account with the AWS APIs, every source: AWS Config
                        (ListDiscoveredResources, BatchGetResourceConfig), Cloud Control (ListResources, every
                        page, then GetResource) for the types Config does not record, and the direct reads (IAM
                        GetAccountPasswordPolicy, Organizations DescribeOrganization, Config
                        DescribeDeliveryChannels). Read-only calls, adaptive retry against throttling; the
                        account is the credentials' (STS GetCallerIdentity). Each type read in full is an
                        inventory; one the account refuses is reported and proves nothing.
  --from-config         live side read from the AWS Config API only (with --aggregator,
                        SelectAggregateResourceConfig)
  --profile <P>         with --live or --from-config: the profile of your AWS config, as the AWS CLI takes it
                        (default: AWS_PROFILE, else the usual credential chain)
  --region <R>          with --live or --from-config: the region to read (default: AWS_REGION); Organizations
                        is read in us-east-1, its only endpoint. With --snapshot: the region of files that name none
  --aggregator <NAME>   read AWS Config through this configuration aggregator
  --save <file>         with --live or --from-config: also write what was read, as groundworkInventory envelopes
                        (atomically); give the file to --snapshot later to check again without calling AWS

Output
  --format <f>          text (default), json (schemaVersion 1), markdown (GitHub job summary), sarif (code
                        scanning) or html (one self-contained page: filters, search, side-by-side differences,
                        construct tree; opens offline)
  --output <file>       write the report there, atomically (default: stdout)
                        The html report says when it was made: now, or SOURCE_DATE_EPOCH (seconds) when set.

Who changed it (each drifted finding's changedBy: principal, console / API / AWS service, source IP, time)
  --cloudtrail <file>   CloudTrail events: the output of \`aws cloudtrail lookup-events\`, or log files a trail
                        delivered to S3 ({"Records": [...]}); repeat for several. The events AWS Config linked to an
                        item (relatedEvents) are used, else the write calls that named the resource before Config
                        recorded it.
  --no-cloudtrail       with --live or --from-config, do not ask CloudTrail. By default those modes ask LookupEvents
                        about the drifted resources only, two requests a second (CloudTrail's limit); it needs
                        cloudtrail:LookupEvents, and without it the report is written with a warning.
  --group-by <g>        text and markdown: list resources under their stack (default) or under the actor who made
                        their newest recorded change

Scope
  --stack <name>        only this stack; repeat for several
  --ignore <file>       a .driftignore: one rule a line, driftctl syntax
                          aws_s3_bucket.logs               the whole resource
                          aws_instance.*.tags.Owner        one attribute on every instance
                          !aws_security_group.web          negation: check it after all
                        "# expires 2026-03-31: why" right before a rule ends it after that day (a warning says so)
  --strict              also report AWS-created defaults (default VPC and subnets, default security groups,
                        main route tables, service-linked roles) as UNMANAGED

Then
  groundwork drift fix --report drift.json --iac cdktf.out   revert, accept, tolerate or codify each finding
                                                             (groundwork drift fix --help)

Exit codes
  0  no drift          1  drift found (${[...DRIFTING_STATUSES].join(', ')})          2  usage or input error

Examples
  # After \`npm run synth\`, against a Config snapshot delivered to S3:
  npm run --silent drift -- check --iac cdktf.out --state state --snapshot snapshot.json

  # Dev and prod snapshots together, with log groups listed by Cloud Control in dev
  aws cloudcontrol list-resources --type-name AWS::Logs::LogGroup > log-groups.json
  npm run --silent drift -- check --iac cdktf.out --state state --snapshot dev.json --snapshot prod.json \\
    --snapshot log-groups.json --account 111111111111 --region eu-west-1

  # In CI: a JSON report for tooling and a job summary for people
  npm run --silent drift -- check --iac cdktf.out --state state --snapshot snapshot.json \\
    --format json --output drift.json
  npm run --silent drift -- check --iac cdktf.out --state state --snapshot snapshot.json \\
    --format markdown >> "$GITHUB_STEP_SUMMARY"

  # A page to read, share or attach: open drift.html in any browser, offline
  npm run --silent drift -- check --iac cdktf.out --state state --snapshot snapshot.json \\
    --format html --output drift.html

  # Straight from the account (AWS Config, Cloud Control, direct reads), keeping what was read
  npm run --silent drift -- check --iac cdktf.out --state state --live --profile prod --region eu-west-1 \\
    --save prod-live.json

  # Who changed what, offline: events saved with \`aws cloudtrail lookup-events > events.json\`
  npm run --silent drift -- check --iac cdktf.out --state state --snapshot snapshot.json \\
    --cloudtrail events.json --group-by actor

  # Straight from AWS Config, one stack, for code scanning
  npm run --silent drift -- check --iac cdktf.out --state state --from-config --region eu-west-1 \\
    --stack network-prod --format sarif --output drift.sarif
`;
