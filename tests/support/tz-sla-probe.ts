/**
 * Run by tests/core/sla.test.ts in a plain Node process (`tsx`): Jest gives each test file a copy
 * of process.env, and a TZ set there never reaches Node's clock. For each zone on the command
 * line: switch TZ (Node applies it at once), compute every SLA scenario, print JSON.
 */
import { responseDueAt } from '../../core/rules/sla';
import { shanghaiInstant } from '../../core/rules/time';
import { SLA_SCENARIOS, TEST_CALENDAR } from './sla-scenarios';

const results = process.argv.slice(2).map((zone) => {
  process.env.TZ = zone;
  return {
    zone,
    /** The local hour of 2026-01-30 01:00 UTC: proves this process really ran in `zone`. */
    localHour: new Date(Date.UTC(2026, 0, 30, 1)).getHours(),
    dues: SLA_SCENARIOS.map((s) =>
      new Date(responseDueAt(shanghaiInstant(...s.notice), s.calendar === 'test' ? TEST_CALENDAR : null)).toISOString(),
    ),
  };
});
process.stdout.write(JSON.stringify(results));
