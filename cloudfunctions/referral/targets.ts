/**
 * Where a clue may go: a station of the network that takes rights-protection cases (a protection
 * center, a rapid rights-protection center, an assistance station: REFERRAL_TARGET_KINDS), in
 * service and not the referring station itself; or an outside agency, named with its contact.
 * A wrong choice is the caller's input to correct: INVALID_INPUT on the target's field.
 */
import type { ParsedInputOf } from '../../core/contract';
import { STATION_KIND } from '../../core/enums';
import { AppError } from '../../core/errors';
import type { Store } from '../../core/ports';
import { REFERRAL_TARGET_KINDS } from '../../core/rules/referral-flow';
import type { ClueReferralDoc, StationDoc } from '../../core/store/docs';

type TargetInput = ParsedInputOf<'referral', 'createReferral'>['target'];
type TargetFields = Pick<ClueReferralDoc, 'targetKind' | 'toStationId' | 'targetName' | 'targetContact'>;

const refuse = (message: string): never => {
  const full = `接收机构：${message}`;
  throw new AppError('INVALID_INPUT', full, { 'target.stationId': full });
};

const KINDS = REFERRAL_TARGET_KINDS.map((k) => STATION_KIND.labels[k]).join('、');

export async function referralTarget(store: Store, target: TargetInput, fromStationId: string): Promise<TargetFields> {
  if (target.kind === 'agency') {
    return { targetKind: 'agency', targetName: target.name, targetContact: target.contact };
  }
  const station = await store.get<StationDoc>('stations', target.stationId);
  if (!station) return refuse('该站点不存在，请重新选择');
  if (station._id === fromStationId) return refuse('不能移交给本站点，请选择维权援助机构');
  if (station.status !== 'active') return refuse('该站点已暂停服务，请选择其他机构');
  if (!REFERRAL_TARGET_KINDS.includes(station.kind)) {
    return refuse(`请选择${KINDS}；其他机构请选择「其他机构」并填写名称和联系方式`);
  }
  return { targetKind: 'station', toStationId: station._id, targetName: station.name };
}
