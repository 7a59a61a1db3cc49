export const GUARD_HELP = `Usage: groundwork guard scan <cdktf.out | stack-dir | module-dir | file.tf.json ...> [options]
       groundwork guard rules

Scans synthesized Terraform JSON for security mistakes before anything is deployed: security groups open to
the world on 22, 3389 or every port, public or unencrypted buckets, IMDSv1, unencrypted or public databases,
HTTP listeners, old TLS, "*" on "*" IAM policies and more. \`groundwork guard rules\` lists every rule with its
severity and the matching checkov and trivy ids.

Inputs
  cdktf.out          a cdktf output directory: every stack its manifest.json names is scanned
  <stack dir>        one stack directory (cdktf.out/stacks/<name>) holding cdk.tf.json
  <module dir>       a directory of *.tf.json files, read as one configuration as Terraform reads a module
  <file.tf.json>     any Terraform JSON file, from cdktf or not, in any form Terraform accepts (blocks as
                     objects or arrays of objects, dynamic blocks, count and for_each)

Options
  -f, --format <f>   text (default): findings grouped by stack and construct path, each with its fix
                     json: { stacks, summary, findings } for scripts
                     sarif: SARIF 2.1.0 for GitHub code scanning (locations name the cdk.tf.json and the
                     construct path)
  -o, --output <file>  write the report to a file instead of stdout (written whole or not at all)
      --strict       fail on warnings too
  -h, --help         this help

Notes
  A rule whose verdict rests on a value Terraform computes (a variable, a function call, a dynamic block over a
  computed list) reports a note saying what it could not decide. Notes never fail a scan.

Exit codes
  0  no unsuppressed errors (and, with --strict, no unsuppressed warnings); notes never count
  1  unsuppressed findings that fail the scan
  2  bad input or usage: the message names the file, the field and the fix

Suppressing a finding
  In code, on a construct or a resource, with a reason that is required:
    import { suppress } from '@groundwork/governance';
    suppress(bucket, 'GW-S3-007', 'Access is logged by the CloudFront distribution in front of it');
  The suppression is written into the resource's "//" metadata in cdk.tf.json, so this scanner sees it; every
  output still lists the finding as suppressed, with the reason.

Examples
  npm start && npm run --silent guard -- scan cdktf.out
  groundwork guard scan cdktf.out --format sarif --output guard.sarif
  groundwork guard scan main.tf.json --strict
`;
