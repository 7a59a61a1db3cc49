import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, TerraformStack, Testing } from 'cdktf';
import { itPassesTerraform, synthStack, testApp } from '@groundwork/testing';
import { FoundationStack, buildPlatform } from './app';
import { formatStackTable, summarizeStacks } from './stack-summary';

describe('platform app', () => {
  const stack = new FoundationStack(testApp(), 'foundation-dev');
  const synthesized = synthStack(stack);

  it('synthesizes the foundation stack', () => {
    expect(Testing.synth(stack)).toMatchSnapshot();
    expect(synthesized.resource('aws_vpc').values).toMatchObject({
      cidr_block: '10.0.0.0/16',
      enable_dns_support: true,
    });
  });

  itPassesTerraform('passes terraform validate and the mock apply', () => [
    { name: 'foundation-dev', config: synthesized.json },
  ]);

  it('writes manifest.json and each stack, and summarizes them', () => {
    const outdir = mkdtempSync(join(tmpdir(), 'groundwork-platform-'));
    try {
      const app = new App({ outdir });
      buildPlatform(app);
      app.synth();
      const stacks = summarizeStacks(outdir);
      expect(stacks).toEqual([
        expect.objectContaining({ name: 'foundation-dev', resources: 1, dataSources: 0 }),
      ]);
      expect(formatStackTable(stacks)).toMatch(
        /^STACK +RESOURCES {2}DATA SOURCES\nfoundation-dev +1 +0\ntotal +1$/,
      );
    } finally {
      rmSync(outdir, { recursive: true, force: true });
    }
  });

  it('builds stacks only through buildPlatform', () => {
    const app = testApp();
    buildPlatform(app);
    expect(app.node.children.filter((c) => c instanceof TerraformStack).map((c) => c.node.id)).toEqual([
      'foundation-dev',
    ]);
  });
});
