import { FIXTURES_BY_SERVICE } from '../../testing/all-fixtures';
import { describeRuleFixtures } from '../../testing/rule-fixtures';
import { ALL_RULES } from '../index';

const fixtures = FIXTURES_BY_SERVICE['config'];
describeRuleFixtures(
  ALL_RULES.filter((r) => r.id in fixtures),
  fixtures,
);
