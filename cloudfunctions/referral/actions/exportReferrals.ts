/**
 * 线索移交 to Excel: every referral the list shows as filtered (direction, status; the same
 * query, scoped by this action's own POLICY row: a liaison or chief what the station sent and
 * received, an admin all or one station's), newest first. A company that did not consent stays
 * unnamed in the file as on the page.
 */
import { actingRule } from '../../../core/policy';
import type { ClueReferralDoc } from '../../../core/store/docs';
import { exportList } from '../../_shared/excel';
import { REFERRAL_COLUMNS } from '../../_shared/export-columns';
import { scanAll } from '../../_shared/paging';
import { handler } from '../../_shared/runtime';
import { stationOwner } from '../../_shared/stations';
import { referralsWhere } from '../queries';

export default handler('referral', 'exportReferrals', async (ctx, input) => {
  const caller = ctx.requireCaller();
  const where = referralsWhere(caller, input, 'exportReferrals');
  // Whose box the file holds: the station's own, or (scope 'any') the one asked for, or every station's.
  const stationId =
    actingRule('referral', 'exportReferrals', caller)?.scope === 'any' ? input.stationId : caller.acting?.stationId;
  return exportList(ctx, {
    ...(await stationOwner(ctx.store, stationId)),
    what: '线索移交',
    columns: REFERRAL_COLUMNS,
    rows: scanAll<ClueReferralDoc>(ctx.store, 'clue_referrals', where, ['createdAt', 'desc']),
    event: 'export_referrals',
    detail: input,
  });
});
