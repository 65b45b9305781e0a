/**
 * What a complaint may be about, as picker options: the stations of the network, or the acting
 * company's own bookings, consultations and requests (each read through its area's service, which
 * answers company staff only their company's), or the caller's own trainings (the session is the
 * reference). Loaded for the kind picked only, the latest 50; a record the form was opened on but
 * not among them still shows as picked.
 */
import { useMemo } from 'react';
import { REQUEST_STATUS, SERVICE_CATEGORY, labelOf } from '@core/enums';
import type { MembershipView } from '@core/contract';
import { useLoad, type Loaded } from '@/hooks/useLoad';
import { dayOf, stampOf } from '@/lib/format';
import { getCompany } from '@/services/account';
import { listRecords } from '@/services/archive';
import { listBookings } from '@/services/consult';
import { listStations } from '@/services/directory';
import { listRequests } from '@/services/request';
import { myTrainings } from '@/services/training';
import type { SubjectKind } from './form';

export interface SubjectOption {
  value: string;
  label: string;
}

const PAGE = { pageSize: 50 };
const category = (c: string) => labelOf(SERVICE_CATEGORY, c);

async function optionsOf(kind: SubjectKind): Promise<SubjectOption[]> {
  if (kind === 'station') {
    const { items } = await listStations(PAGE);
    return items.filter((s) => s.status === 'active').map((s) => ({ value: s.id, label: s.name }));
  }
  if (kind === 'booking') {
    const { items } = await listBookings(PAGE);
    return items.map((b) => ({
      value: b.id,
      label: `${stampOf(b.start)} ${category(b.topic)} · ${b.consultantName}`,
    }));
  }
  if (kind === 'record') {
    const { items } = await listRecords(PAGE);
    return items.map((r) => ({
      value: r.id,
      label: `${dayOf(r.consultedAt)} ${category(r.category)} · ${r.consultantName}`,
    }));
  }
  if (kind === 'request') {
    const { items } = await listRequests(PAGE);
    return items.map((q) => ({
      value: q.id,
      label: `${dayOf(q.createdAt)} ${category(q.category)} · ${labelOf(REQUEST_STATUS, q.status)}`,
    }));
  }
  const { items } = await myTrainings(PAGE);
  return items.map((t) => ({ value: t.session.id, label: `${t.session.title} · ${dayOf(t.session.startAt)}` }));
}

/** The options of `kind` ('' loads nothing), with `picked` kept when it is not among them. */
export function useSubjectOptions(
  kind: SubjectKind | '',
  picked: string,
): Loaded<SubjectOption[]> & {
  options: SubjectOption[];
} {
  const loaded = useLoad(() => (kind ? optionsOf(kind) : Promise.resolve([])), [kind]);
  const options = useMemo(() => {
    const list = loaded.data ?? [];
    if (!picked || !loaded.data || list.some((o) => o.value === picked)) return list;
    return [{ value: picked, label: '所选记录' }, ...list];
  }, [loaded.data, picked]);
  return { ...loaded, options };
}

/** The station the acting company belongs to (its membership's, or the company's record), if known. */
export function useOwnStation(acting: MembershipView | null, wanted: boolean): string | undefined {
  const companyId = acting?.companyId;
  const needsLookup = wanted && !acting?.stationId && !!companyId;
  const company = useLoad(
    () => (needsLookup && companyId ? getCompany({ companyId }) : Promise.resolve(null)),
    [needsLookup, companyId],
  );
  return acting?.stationId ?? company.data?.stationId;
}
