import { cloudControlItem, engineFor } from '../fixtures/harness';

const data = {
  resources: {
    aws_db_parameter_group: {
      db: {
        name_prefix: 'groundwork-dev-db-',
        family: 'postgres17',
        description: 'TLS required',
        parameter: [{ name: 'rds.force_ssl', value: '1', apply_method: 'pending-reboot' }],
      },
    },
  },
  state: {
    'aws_db_parameter_group.db': { id: 'groundwork-dev-db-20261120', name: 'groundwork-dev-db-20261120' },
  },
};

/** GetResource: `Parameters` holds only the parameters whose source is `user`. */
const read = (parameters: Record<string, string>) =>
  cloudControlItem('AWS::RDS::DBParameterGroup', 'groundwork-dev-db-20261120', {
    DBParameterGroupName: 'groundwork-dev-db-20261120',
    Family: 'postgres17',
    Description: 'TLS required',
    Parameters: parameters,
    Tags: [],
  });

describe('AWS::RDS::DBParameterGroup adapter (Cloud Control)', () => {
  const engine = engineFor({ data });

  it('is in sync with the parameters set on the group', () => {
    expect(engine.checkItem(read({ 'rds.force_ssl': '1' })).status).toBe('IN_SYNC');
  });

  it('reports TLS no longer forced, and a parameter set by hand', () => {
    expect(engine.checkItem(read({ 'rds.force_ssl': '0', log_statement: 'all' })).differences).toEqual([
      { path: 'parameter.rds.force_ssl', expected: '1', actual: '0', type: 'NOT_EQUAL' },
      { path: 'parameter.log_statement', expected: undefined, actual: 'all', type: 'ADD' },
    ]);
  });

  it('compares a listed group (its name only) on nothing more', () => {
    const listed = cloudControlItem('AWS::RDS::DBParameterGroup', 'groundwork-dev-db-20261120', {
      DBParameterGroupName: 'groundwork-dev-db-20261120',
    });
    expect(engine.checkItem(listed).status).toBe('IN_SYNC');
  });

  it('leaves the default parameter groups RDS creates out of the report', () => {
    const defaults = cloudControlItem('AWS::RDS::DBParameterGroup', 'default.postgres17', {
      DBParameterGroupName: 'default.postgres17',
      Family: 'postgres17',
      Description: 'Default parameter group for postgres17',
    });
    expect(engine.check([defaults]).resources.map((r) => r.resourceId)).not.toContain('default.postgres17');
    expect(engine.checkItem(defaults).reason).toBe(
      'AWS-created default: a default parameter group RDS creates per family',
    );
  });
});
