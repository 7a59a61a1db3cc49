export const FIX_HELP = `Usage: groundwork drift fix --report <drift.json> --iac <cdktf.out dir> [decisions] [options]

Turns the findings of a drift report into changes, finding by finding:
  revert    put AWS back to the IaC: a script that runs, stack by stack in dependency order,
            terraform plan -target=<address> -out=revert.tfplan, then terraform apply revert.tfplan
            (MODIFIED and DELETED; a DELETED resource is recreated with a new id, and the resources of its stack that
            refer to it are targeted too). What terraform would leave in place (a rule added live to a group whose
            rules are separate resources, a policy attached live to a role) is removed by an aws command after it.
  accept    make the IaC say what is live: the value goes into <code dir>/accepted-values.json, keyed by construct
            path, where the IaC sets exactly the expected value; the generated accepted-values.ts sets it through the
            resource's provider property where the argument is one (type-checked), with an override otherwise.
            A managed policy attached by hand is kept as an imported attachment. What guard objects to once the
            value is in the IaC is listed (synthesis stops on a guard error). (MODIFIED)
  tolerate  a .driftignore rule for just that finding, with an expiry date and a reason: after that day the drift is
            reported again (MODIFIED, DELETED, UNMANAGED)
  codify    cdktf TypeScript for a resource made outside the IaC, from its live configuration, with importFrom(<live
            id>) so terraform plan imports it: under <stack>/codified/<name> in the stack that owns its VPC, else the
            stack that manages the account's resources of that type (UNMANAGED security groups, S3 buckets, IAM roles).
            What guard objects to in it is listed.

Decisions (each takes a construct path, a Terraform address, <stack>/<address>, a live id, or all; repeatable)
  --revert <finding>    --accept <finding>    --tolerate <finding>    --codify <finding>
  Without any, on a terminal, each drifted finding is shown with who changed it, and you choose.

Inputs
  --report <file>       the JSON report of groundwork drift check --format json (checked against its schema)
  --iac <dir>           the cdktf output the report was made from (addresses, construct paths, stack order)
  --snapshot <file>     codify: the live resources, the same input the report was made from
  --from-config         codify: read them from AWS Config instead (GetResourceConfigHistory per resource)
  --region <R>          with --from-config (default: AWS_REGION)

Options
  --reason <text>       tolerate: why the drift is tolerated (required; asked for on a terminal)
  --expires <date>      tolerate: the last day the rule applies, YYYY-MM-DD (default: 30 days from today)
  --ignore-file <file>  tolerate: the .driftignore to add to (default: ./.driftignore)
  --code-dir <dir>      accept, codify: the app's generated drift-fix modules (default: drift-fixes/ beside the
                        entry point in ./cdktf.json); the app calls applyDriftFixes(app) from its index.ts once
  --codify-into <stack> codify: this stack instead of the one chosen for it
  --out <dir>           revert.sh and drift-fix.md, the summary of what was done (default: drift-fix)

Exit codes
  0  every chosen finding was fixed   1  some could not be (each is listed with why)   2  usage or input error

Examples (the example estate: apps/platform/examples/estate, after npm start wrote cdktf.out)
  # the report to fix, with who changed what (no --stack: the resources made by hand are UNMANAGED)
  EX=apps/platform/examples/estate
  npm run --silent drift -- check --iac cdktf.out --state $EX/state \\
    $(for f in $EX/*/config-snapshot.json $EX/*/cloudcontrol.*.json $EX/*/direct.*.json; do echo --snapshot $f; done) \\
    --cloudtrail $EX/dev/cloudtrail.json --format json --output drift.json

  # choose on the terminal, finding by finding
  npm run --silent groundwork -- drift fix --report drift.json --iac cdktf.out

  # revert the opened SSH port and the attached AdministratorAccess; tolerate suspended versioning until March
  npm run --silent groundwork -- drift fix --report drift.json --iac cdktf.out \\
    --revert app-dev/bastion/security-group/group --revert identity-dev/web-instance-role/role \\
    --tolerate data-dev/assets-bucket/bucket --reason "bulk import until March" --expires 2027-03-31

  # accept the bastion's metadata setting into the code (guard then objects: IMDSv1 stops synthesis until suppressed)
  npm run --silent groundwork -- drift fix --report drift.json --iac cdktf.out --accept app-dev/bastion/instance

  # codify everything made by hand, from the snapshot the report was made from
  npm run --silent groundwork -- drift fix --report drift.json --iac cdktf.out --codify all \\
    --snapshot apps/platform/examples/estate/dev/config-snapshot.json
`;
