/**
 * What listReferrals (and its export, exportReferrals, by its own rule) may return, derived from
 * the policy's rule for the caller (core/policy.ts actingRule), the same way
 * cloudfunctions/_shared/scope.ts derives a one-field scope — but a referral has two stations, so
 * a station's scope is what it sent OR what it received:
 *   - 'any' (admin): everything, or one station's box when asked;
 *   - 'station' (liaison, chief): fromStationId or toStationId is theirs (`box` picks one side);
 *   - 'assigned' (expert): what they referred from their station.
 * Each side is a plain equality leading a declared index on clue_referrals (core/store/schema.ts).
 */
import type { ParsedInputOf } from '../../core/contract';
import { AppError } from '../../core/errors';
import { actingRule } from '../../core/policy';
import type { Caller } from '../../core/ports';
import type { Where } from '../../core/store/query';

type Filters = ParsedInputOf<'referral', 'exportReferrals'>;

const NO_SCOPE = '请在"我的"页面切换为联络员、站长或管理员身份后查看线索移交';
const NOT_YOURS = '您只能查看本站点的线索移交';

/** One station's box: what it sent, what it received, or both. */
function boxOf(stationId: string, box: Filters['box']): Where {
  if (box === 'sent') return { fromStationId: stationId };
  if (box === 'received') return { toStationId: stationId };
  return { $or: [{ fromStationId: stationId }, { toStationId: stationId }] };
}

export function referralsWhere(
  caller: Caller,
  input: Filters,
  action: 'listReferrals' | 'exportReferrals' = 'listReferrals',
): Where {
  const rule = actingRule('referral', action, caller);
  const status: Where = input.status ? { status: input.status } : {};
  if (!rule) throw new AppError('FORBIDDEN', NO_SCOPE);
  if (rule.scope === 'any') return { ...status, ...(input.stationId ? boxOf(input.stationId, input.box) : {}) };
  const own = caller.acting?.stationId;
  if (!own) throw new AppError('FORBIDDEN', NO_SCOPE);
  if (input.stationId && input.stationId !== own) throw new AppError('FORBIDDEN', NOT_YOURS);
  if (rule.scope === 'station') return { ...status, ...boxOf(own, input.box) };
  if (rule.scope === 'assigned') {
    if (input.box === 'received') throw new AppError('FORBIDDEN', '专家只能查看自己移交的线索');
    return { ...status, fromStationId: own, createdBy: caller.userId };
  }
  throw new AppError('FORBIDDEN', NO_SCOPE);
}
