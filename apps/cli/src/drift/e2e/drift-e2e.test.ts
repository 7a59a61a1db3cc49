import {
  ConfigItem as LiveItem,
  DRIFT_REPORT_SCHEMA,
  DriftEngine,
  DriftReport,
  loadIacDir,
  loadStateDir,
  parseLive,
  renderJson,
} from '@groundwork/drift';
import Ajv2020 from 'ajv/dist/2020';
import { toApiForm } from './api-form';
import { DRIFT_SCENARIOS, TRAPS } from './drift-scenarios';
import { createE2eWorkspace, E2eWorkspace } from './e2e-workspace';
import { appliedAt, ConfigItem, SimulatedAccount, snapshotFile } from '@groundwork/aws-sim';

const validateReport = new Ajv2020({ allErrors: true }).compile(DRIFT_REPORT_SCHEMA);

let workspace: E2eWorkspace;
let account: SimulatedAccount;
let engine: DriftEngine;
let stateless: DriftEngine;

beforeAll(() => {
  workspace = createE2eWorkspace();
  account = workspace.account;
  const desired = loadIacDir(workspace.iac);
  engine = new DriftEngine(desired, loadStateDir(workspace.state, desired));
  stateless = new DriftEngine(desired, undefined);
});
afterAll(() => workspace.remove());

/** A fresh copy of the recorded items, so each scenario edits its own. */
const baseline = (): ConfigItem[] => workspace.items();

function check(items: ConfigItem[], using = engine): DriftReport {
  const live = parseLive(snapshotFile(items), 'snapshot.json');
  const report = using.check(live.items as LiveItem[], live.inventories);
  const json: unknown = JSON.parse(renderJson(report));
  expect(validateReport(json) ? [] : validateReport.errors).toEqual([]);
  return report;
}

const flagged = (report: DriftReport) =>
  report.resources.filter((r) => r.status !== 'IN_SYNC' && r.status !== 'NOT_CHECKED');

describe('drift check end to end: a synthesized app applied to a simulated account', () => {
  it('reports the in-sync account, with all of AWS’s own resources, as IN_SYNC', () => {
    const report = check(baseline());
    expect(flagged(report)).toEqual([]);
    expect(report.summary.inSync).toBeGreaterThanOrEqual(25);
    expect(report.summary.inSync).toBe(report.summary.total - report.summary.notChecked);
    expect(report.summary.modified + report.summary.deleted + report.summary.unmanaged).toBe(0);
  });

  it('reads the same account in API form (a GetResourceConfigHistory response) as IN_SYNC, and its drift too', () => {
    const asApi = (items: ConfigItem[]) => {
      const live = parseLive({ configurationItems: items.map(toApiForm), nextToken: 'eyJ' }, 'history.json');
      return engine.check(live.items as LiveItem[]);
    };
    expect(flagged(asApi(baseline()))).toEqual([]);
    const scenario = DRIFT_SCENARIOS.find((s) => s.kind === 'AdministratorAccess attached to a role')!;
    expect(flagged(asApi(scenario.inject(baseline(), account))).map((r) => r.constructPath)).toEqual([
      scenario.constructPath,
    ]);
  });

  it('says why the resources it cannot check were not checked, and counts them against coverage', () => {
    const report = check(baseline());
    const notChecked = report.resources.filter((r) => r.status === 'NOT_CHECKED');
    // Types AWS Config does not record: other sources read them.
    expect(notChecked.map((r) => r.address?.split('.')[0]).sort()).toEqual([
      'aws_cloudwatch_log_group',
      'aws_lb_target_group',
    ]);
    // Target groups are read through Cloud Control, which this Config-only input does not include.
    for (const r of notChecked)
      expect(r.reason).toMatch(/not adapted|no adapter|no complete inventory .*\(cloudcontrol\)/);
    const managed = report.summary.total - report.summary.unmanaged;
    // The summary gives coverage to four decimals.
    expect(report.summary.coverage).toBe(
      Math.round(((managed - notChecked.length) / managed) * 10000) / 10000,
    );
  });

  it('covers at least 15 kinds of drift across at least 8 resource types', () => {
    expect(DRIFT_SCENARIOS.length).toBeGreaterThanOrEqual(15);
    expect(new Set(DRIFT_SCENARIOS.map((s) => s.resourceType)).size).toBeGreaterThanOrEqual(8);
  });

  describe.each(DRIFT_SCENARIOS.map((s) => [s.kind, s] as const))('%s', (_kind, scenario) => {
    it(`is reported ${scenario.status} on the right resource${scenario.path ? ' and path' : ''}, and nothing else is`, () => {
      const items = scenario.inject(baseline(), account);
      const report = check(items);
      const hits = flagged(report);
      expect(hits).toHaveLength(1);
      const [hit] = hits;
      expect(hit.status).toBe(scenario.status);
      expect(hit.resourceType).toBe(scenario.resourceType);
      if (scenario.constructPath) {
        const expected = appliedAt(account, scenario.constructPath);
        expect(hit.constructPath).toBe(scenario.constructPath);
        expect(hit.address).toBe(expected.address);
        expect(hit.stack).toBe(expected.stack);
      } else {
        // Unmanaged: the item the scenario added, not one of the baseline's.
        expect(hit.stack).toBeNull();
        expect(hit.address).toBeNull();
        expect(baseline().map((i) => i.resourceId)).not.toContain(hit.resourceId);
        expect(items.map((i) => i.resourceId)).toContain(hit.resourceId);
      }
      if (scenario.path) {
        expect(hit.differences.map((d) => d.path)).toEqual(
          expect.arrayContaining([expect.stringMatching(scenario.path)]),
        );
      }
    });
  });

  it('reports every injected drift at once, each on its own resource', () => {
    let items = baseline();
    for (const s of DRIFT_SCENARIOS) items = s.inject(items, account);
    const report = check(items);
    const expected = new Set(DRIFT_SCENARIOS.map((s) => `${s.status} ${s.constructPath ?? s.resourceType}`));
    const actual = new Set(flagged(report).map((r) => `${r.status} ${r.constructPath ?? r.resourceType}`));
    expect([...actual].sort()).toEqual([...expected].sort());
    const bucket = report.resources.find((r) => r.constructPath === 'platform/storage/assets');
    expect(bucket?.differences.length).toBeGreaterThanOrEqual(4);
  });

  describe.each(TRAPS.map((t) => [t.kind, t] as const))('trap: %s', (_kind, trap) => {
    it('leaves every resource in sync', () => {
      expect(flagged(check(trap.inject(baseline(), account)))).toEqual([]);
    });
  });

  describe('without Terraform state (identity from the iac:stack / iac:address tags)', () => {
    it('reports the in-sync account as IN_SYNC', () => {
      const report = check(baseline(), stateless);
      expect(flagged(report)).toEqual([]);
      expect(report.summary.inSync).toBe(report.summary.total - report.summary.notChecked);
    });

    it.each(DRIFT_SCENARIOS.map((s) => [s.kind, s] as const))(
      '%s: found on the right resource, or skipped when only state resolves the expected value',
      (_kind, scenario) => {
        const hits = flagged(check(scenario.inject(baseline(), account), stateless));
        if (scenario.needsState) {
          expect(hits).toEqual([]);
          return;
        }
        expect(hits.map((h) => [h.status, h.constructPath ?? h.resourceType])).toEqual([
          [scenario.status, scenario.constructPath ?? scenario.resourceType],
        ]);
        if (scenario.path) {
          expect(hits[0].differences.map((d) => d.path)).toEqual(
            expect.arrayContaining([expect.stringMatching(scenario.path)]),
          );
        }
      },
    );
  });
});
