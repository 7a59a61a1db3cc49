import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UsageError } from '../command';
import { parseCheckOptions } from './check-options';

describe('parseCheckOptions', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'gw-drift-options-'));
    mkdirSync(join(dir, 'cdktf.out'));
    mkdirSync(join(dir, 'state'));
    writeFileSync(join(dir, 'snapshot.json'), '{}');
    writeFileSync(join(dir, 'log-groups.json'), '{}');
    writeFileSync(join(dir, '.driftignore'), '');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const parse = (...argv: string[]) => parseCheckOptions(argv, dir);
  const usage = (...argv: string[]) => {
    try {
      parse(...argv);
    } catch (err) {
      expect(err).toBeInstanceOf(UsageError);
      return (err as Error).message;
    }
    throw new Error(`expected a usage error for ${argv.join(' ')}`);
  };

  it('reads the documented options, resolving paths against the working directory', () => {
    const opts = parse(
      '--iac',
      'cdktf.out',
      '--state',
      'state',
      '--snapshot',
      'snapshot.json',
      '--format',
      'json',
      '--output',
      'report.json',
      '--ignore',
      '.driftignore',
      '--stack',
      'a',
      '--stack',
      'b',
      '--strict',
    );
    expect(opts).toEqual({
      iac: join(dir, 'cdktf.out'),
      state: join(dir, 'state'),
      live: { kind: 'snapshot', files: [join(dir, 'snapshot.json')] },
      format: 'json',
      output: join(dir, 'report.json'),
      ignore: join(dir, '.driftignore'),
      stacks: ['a', 'b'],
      strict: true,
      changes: { kind: 'none' },
      groupBy: 'stack',
    });
  });

  it('defaults to text on stdout, every stack, no state, not strict', () => {
    expect(parse('--iac', 'cdktf.out', '--snapshot', 'snapshot.json')).toEqual({
      iac: join(dir, 'cdktf.out'),
      state: undefined,
      live: { kind: 'snapshot', files: [join(dir, 'snapshot.json')] },
      format: 'text',
      output: undefined,
      ignore: undefined,
      stacks: [],
      strict: false,
      changes: { kind: 'none' },
      groupBy: 'stack',
    });
  });

  it('takes several snapshots, with the account and region of those that name none', () => {
    const opts = parse(
      '--iac',
      'cdktf.out',
      '--snapshot',
      'snapshot.json',
      '--snapshot',
      'log-groups.json',
      '--account',
      '111111111111',
      '--region',
      'eu-west-1',
    );
    expect(opts.live).toEqual({
      kind: 'snapshot',
      files: [join(dir, 'snapshot.json'), join(dir, 'log-groups.json')],
      account: '111111111111',
      region: 'eu-west-1',
    });
  });

  it('takes live mode with a region and an aggregator', () => {
    const opts = parse('--iac', 'cdktf.out', '--from-config', '--region', 'eu-west-1', '--aggregator', 'org');
    expect(opts.live).toEqual({ kind: 'config', region: 'eu-west-1', aggregator: 'org' });
  });

  it("takes --live with the AWS CLI's --profile and --region, and a file to --save what it reads to", () => {
    const opts = parse(
      '--iac',
      'cdktf.out',
      '--live',
      '--profile',
      'dev',
      '--region',
      'eu-west-1',
      '--save',
      'read.json',
    );
    expect(opts.live).toEqual({
      kind: 'live',
      region: 'eu-west-1',
      profile: 'dev',
      save: join(dir, 'read.json'),
    });
  });

  it('asks CloudTrail in live mode unless told not to, and reads event files in either mode', () => {
    const live = ['--iac', 'cdktf.out', '--from-config', '--region', 'eu-west-1'];
    expect(parse(...live).changes).toEqual({ kind: 'lookup', region: 'eu-west-1' });
    expect(parse(...live, '--no-cloudtrail').changes).toEqual({ kind: 'none' });
    expect(parse('--iac', 'cdktf.out', '--live', '--profile', 'dev').changes).toEqual({
      kind: 'lookup',
      profile: 'dev',
    });
    expect(parse(...live, '--cloudtrail', 'snapshot.json').changes).toEqual({
      kind: 'files',
      files: [join(dir, 'snapshot.json')],
    });
    expect(parse('--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--group-by', 'actor').groupBy).toBe(
      'actor',
    );
  });

  it.each([
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--group-by', 'team'],
      /--group-by must be one of stack, actor, got "team"/,
    ],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--cloudtrail', 'gone.json'],
      /--cloudtrail .*gone.json: does not exist/,
    ],
    [
      ['--iac', 'cdktf.out', '--from-config', '--cloudtrail', 'snapshot.json', '--no-cloudtrail'],
      /either --cloudtrail <file> or --no-cloudtrail/,
    ],
    [['--snapshot', 'snapshot.json'], /--iac <cdktf.out dir> is required/],
    [['--iac', 'cdktf.out'], /--snapshot <file> is required, or --live to read the account/],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--from-config'],
      /give one of --snapshot, --from-config, not several/,
    ],
    [['--iac', 'cdktf.out', '--live', '--from-config'], /give one of --from-config, --live, not several/],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--aggregator', 'org'],
      /--aggregator only applies with --live or --from-config/,
    ],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--save', 'read.json'],
      /--save only applies with --live or --from-config/,
    ],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--profile', 'dev'],
      /--profile only applies with --live or --from-config/,
    ],
    [['--iac', 'cdktf.out', '--live', '--save', 'state'], /--save .*state: is a directory/],
    [['--iac', 'cdktf.out', '--live', '--account', '111111111111'], /--account only applies with --snapshot/],
    [
      ['--iac', 'cdktf.out', '--from-config', '--account', '111111111111'],
      /--account only applies with --snapshot/,
    ],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--account', '1111'],
      /--account must be a 12-digit AWS account id, got "1111"/,
    ],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--region', 'Europe'],
      /--region must be an AWS region such as eu-west-1, got "Europe"/,
    ],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--snapshot', 'nope.json'],
      /--snapshot .*nope.json: does not exist/,
    ],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--format', 'yaml'],
      /--format must be one of text, json, markdown, sarif, html, got "yaml"/,
    ],
    [
      ['--iac', 'missing', '--snapshot', 'snapshot.json'],
      /--iac .*missing: does not exist; expected a cdktf output directory/,
    ],
    [['--iac', 'snapshot.json', '--snapshot', 'snapshot.json'], /--iac .*snapshot.json: is not a directory/],
    [['--iac', 'cdktf.out', '--snapshot', 'nope.json'], /--snapshot .*nope.json: does not exist/],
    [
      ['--iac', 'cdktf.out', '--state', 'nostate', '--snapshot', 'snapshot.json'],
      /--state .*nostate: does not exist; expected a directory of <stack>.tfstate files/,
    ],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--output', 'state'],
      /--output .*state: is a directory/,
    ],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--output', 'no/such/dir/r.json'],
      /the directory .*no\/such\/dir does not exist/,
    ],
    [['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--stack', ''], /--stack needs a value/],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--stack', ' '],
      /--stack needs a stack name, got " "/,
    ],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', '--colour'],
      /unknown option "--colour" \(see `groundwork drift check --help`\)/,
    ],
    [
      ['--iac', 'cdktf.out', '--snapshot', 'snapshot.json', 'extra'],
      /unexpected argument "extra": this command takes options only/,
    ],
  ])('rejects %j', (argv, message) => {
    expect(usage(...argv)).toMatch(message);
  });
});
