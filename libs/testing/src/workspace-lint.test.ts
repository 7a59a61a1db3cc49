import { execFile } from 'node:child_process';
import { resolve } from 'node:path';

// The lint rules that keep the dependency graph of DESIGN.md and the fast deep provider imports.
const workspaceRoot = resolve(__dirname, '../../..');

// Runs the real eslint CLI (as `nx lint` does) on code given as if it were the file at `filePath`.
function lint(filePath: string, code: string): Promise<string[]> {
  return new Promise((done, fail) => {
    const child = execFile(
      process.execPath,
      [
        resolve(workspaceRoot, 'node_modules/eslint/bin/eslint.js'),
        '--format',
        'json',
        '--stdin',
        '--stdin-filename',
        filePath,
      ],
      { cwd: workspaceRoot, env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' } },
      (error, stdout, stderr) => {
        try {
          const [result] = JSON.parse(stdout) as { messages: { ruleId: string; message: string }[] }[];
          done(result.messages.map((m) => `${m.ruleId}: ${m.message}`));
        } catch {
          fail(new Error(`eslint did not report JSON (${error?.message}):\n${stderr}`));
        }
      },
    );
    child.stdin?.end(code);
  });
}

describe('workspace lint rules', () => {
  jest.setTimeout(60_000);

  it('rejects a construct lib that imports an app', async () => {
    const messages = await lint('libs/network/src/bad.ts', "import '../../../apps/platform/src/app';\n");
    expect(messages.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
  });

  it('rejects a construct lib that imports a higher layer', async () => {
    // storage and compute are both workload constructs: neither may build on the other, only on network.
    const messages = await lint('libs/storage/src/bad.ts', "export * from '@groundwork/compute';\n");
    expect(messages.join('\n')).toMatch(
      /@nx\/enforce-module-boundaries: A project tagged with "layer:workload" can only depend on libs tagged with "type:core", "layer:network"/,
    );
  });

  it('rejects any project of ours, cdktf and the AWS SDK in core', async () => {
    const ours = await lint('libs/core/src/bad.ts', "export * from '@groundwork/drift';\n");
    // Every lib may use core, so the import is also reported as a cycle; either message names the boundary rule.
    expect(ours.join('\n')).toMatch(/@nx\/enforce-module-boundaries/);
    const sdk = await lint('libs/core/src/bad.ts', "export * from '@aws-sdk/client-s3';\n");
    expect(sdk.join('\n')).toMatch(
      /A project tagged with "type:core" is not allowed to import "@aws-sdk\/client-s3"/,
    );
  });

  it('rejects cdktf and the AWS SDK in an engine lib', async () => {
    const messages = await lint('libs/drift/src/bad.ts', "export * from 'cdktf';\n");
    expect(messages.join('\n')).toMatch(
      /@nx\/enforce-module-boundaries: A project tagged with "type:engine" is not allowed to import "cdktf"/,
    );
  });

  it('keeps the simulated account free of cdktf, the AWS SDK and shipped libs', async () => {
    const cdktf = await lint('libs/aws-sim/src/bad.ts', "export * from 'cdktf';\n");
    expect(cdktf.join('\n')).toMatch(/A project tagged with "type:sim" is not allowed to import "cdktf"/);
    const sdk = await lint('libs/aws-sim/src/bad.ts', "export * from '@aws-sdk/client-config-service';\n");
    expect(sdk.join('\n')).toMatch(/A project tagged with "type:sim" is not allowed to import "@aws-sdk/);
    const engine = await lint('libs/aws-sim/src/bad.ts', "export * from '@groundwork/drift';\n");
    expect(engine.join('\n')).toMatch(
      /A project tagged with "type:(sim|testing)" can only depend on libs tagged with "type:core", "type:testing"/,
    );
  });

  it('lets apps use the simulated account and keeps it out of the engines', async () => {
    expect(await lint('apps/cli/src/good.ts', "export * from '@groundwork/aws-sim';\n")).toEqual([]);
    const engine = await lint('libs/drift/src/bad.ts', "export * from '@groundwork/aws-sim';\n");
    expect(engine.join('\n')).toMatch(
      /A project tagged with "type:engine" can only depend on libs tagged with "type:core", "type:engine"/,
    );
  });

  it('lets the AWS reads use the SDK and the engines, and apps use the AWS reads', async () => {
    expect(
      await lint(
        'libs/aws-read/src/good.ts',
        "export * from '@aws-sdk/client-config-service';\nexport * from '@groundwork/drift';\n",
      ),
    ).toEqual([]);
    expect(await lint('apps/cli/src/good.ts', "export * from '@groundwork/aws-read';\n")).toEqual([]);
  });

  it('rejects cdktf and the construct libs in the AWS reads', async () => {
    const cdktf = await lint('libs/aws-read/src/bad.ts', "export * from 'cdktf';\n");
    expect(cdktf.join('\n')).toMatch(
      /A project tagged with "type:aws-read" is not allowed to import "cdktf"/,
    );
    const construct = await lint('libs/aws-read/src/bad.ts', "export * from '@groundwork/governance';\n");
    expect(construct.join('\n')).toMatch(
      /A project tagged with "type:aws-read" can only depend on libs tagged with "type:core", "type:engine"/,
    );
  });

  it.each([
    ['a construct lib', 'libs/governance/src/bad.ts', 'type:construct'],
    // guard, not drift: aws-read builds on drift, so there the import is refused as a cycle before its tag is read.
    ['an engine lib', 'libs/guard/src/bad.ts', 'type:engine'],
  ])('rejects the AWS reads in %s', async (_kind, file, tag) => {
    const messages = await lint(file, "export * from '@groundwork/aws-read';\n");
    expect(messages.join('\n')).toMatch(
      new RegExp(`A project tagged with "${tag}" can only depend on libs tagged with (?!.*"type:aws-read")`),
    );
  });

  it('rejects the package-root import of @cdktf/provider-aws and names the deep path', async () => {
    const messages = await lint('libs/network/src/bad.ts', "export { Vpc } from '@cdktf/provider-aws';\n");
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*'@cdktf\/provider-aws\/lib\/vpc'/),
    ]);
  });

  it('accepts a deep provider import', async () => {
    expect(
      await lint('libs/network/src/good.ts', "export { Vpc } from '@cdktf/provider-aws/lib/vpc';\n"),
    ).toEqual([]);
  });
});
