/**
 * What a complaint is about, resolved from the complainant's pick: the station (or its chief in
 * person), or one service their company received — a booking, a consultation record, a service
 * request (and with `aboutPerson` the person who gave it) — or a training they signed up for.
 * A record must be the acting company's (a training: the caller's own sign-up): a complaint is
 * about what happened to the complainant, never someone else's record. Then who answers: the
 * station's chief, or the admin when the person complained about is a chief of the station.
 */
import type { ComplaintRoute, ComplaintSubject } from '../../core/enums';
import { SERVICE_CATEGORY } from '../../core/enums';
import { AppError } from '../../core/errors';
import type { ParsedInputOf } from '../../core/contract';
import type { Caller, Store } from '../../core/ports';
import { signupId } from '../../core/rules/training';
import { formatShanghai } from '../../core/rules/time';
import type {
  BookingDoc,
  ConsultationRecordDoc,
  ServiceRequestDoc,
  SignupDoc,
  StationDoc,
  TrainingSessionDoc,
  UserDoc,
} from '../../core/store/docs';
import { mustGet } from '../_shared/records';
import { stationChiefIds } from '../_shared/people';

export type SubjectInput = ParsedInputOf<'complaint', 'fileComplaint'>['subject'];

export interface ResolvedSubject {
  stationId: string;
  stationName: string;
  kind: ComplaintSubject;
  refId?: string;
  label: string;
  personId?: string;
  personName?: string;
  route: ComplaintRoute;
}

const NOT_YOURS = '只能投诉本企业接受过的服务，请从“我的”记录中选择';

function mustBeCompany(caller: Caller, companyId: string): void {
  if (caller.acting?.companyId !== companyId) throw new AppError('FORBIDDEN', NOT_YOURS);
}

/** The person a service was given by: a booking's or record's consultant, a request's handler (or assignee). */
interface Served {
  stationId: string;
  stationName: string;
  label: string;
  person?: { id: string; name: string };
}

async function servedBy(
  store: Store,
  caller: Caller,
  kind: 'booking' | 'record' | 'request',
  refId: string,
): Promise<Served> {
  if (kind === 'booking') {
    const b = await mustGet<BookingDoc>(store, 'bookings', refId);
    mustBeCompany(caller, b.companyId);
    return {
      stationId: b.stationId,
      stationName: b.stationName,
      label: `${formatShanghai(b.start, 'YYYY-MM-DD HH:mm')} 咨询预约（${SERVICE_CATEGORY.labels[b.topic]}）`,
      person: { id: b.consultantId, name: b.consultantName },
    };
  }
  if (kind === 'record') {
    const r = await mustGet<ConsultationRecordDoc>(store, 'consultation_records', refId);
    mustBeCompany(caller, r.companyId);
    return {
      stationId: r.stationId,
      stationName: r.stationName,
      label: `${formatShanghai(r.consultedAt, 'YYYY-MM-DD')} 咨询服务（${SERVICE_CATEGORY.labels[r.category]}）`,
      person: { id: r.consultantId, name: r.consultantName },
    };
  }
  const q = await mustGet<ServiceRequestDoc>(store, 'service_requests', refId);
  mustBeCompany(caller, q.companyId);
  const personId = q.assigneeKind !== 'agency' ? (q.assigneeId ?? q.handlerId) : q.handlerId;
  const personName = q.assigneeKind !== 'agency' && q.assigneeId ? q.assigneeName : q.handlerName;
  return {
    stationId: q.stationId,
    stationName: q.stationName,
    label: `${formatShanghai(q.createdAt, 'YYYY-MM-DD')} 服务需求（${SERVICE_CATEGORY.labels[q.category]}）`,
    ...(personId && personName ? { person: { id: personId, name: personName } } : {}),
  };
}

async function routeFor(store: Store, stationId: string, personId: string | undefined): Promise<ComplaintRoute> {
  if (!personId) return 'chief';
  return (await stationChiefIds(store, stationId)).includes(personId) ? 'admin' : 'chief';
}

export async function resolveSubject(store: Store, caller: Caller, subject: SubjectInput): Promise<ResolvedSubject> {
  if (subject.kind === 'station') {
    const station = await mustGet<StationDoc>(store, 'stations', subject.stationId);
    if (!subject.aboutChief) {
      return {
        stationId: station._id,
        stationName: station.name,
        kind: 'station',
        label: station.name,
        route: 'chief',
      };
    }
    // About the chief in person: the admin answers; the chief of today is the person (to pass it on to).
    const [chiefId] = await stationChiefIds(store, station._id);
    const chief = chiefId ? await store.get<UserDoc>('users', chiefId) : null;
    return {
      stationId: station._id,
      stationName: station.name,
      kind: 'person',
      label: `${station.name}站长`,
      ...(chief ? { personId: chief._id, personName: chief.displayName } : { personName: '站长' }),
      route: 'admin',
    };
  }
  if (subject.kind === 'training') {
    const session = await mustGet<TrainingSessionDoc>(store, 'trainings', subject.refId);
    const signup = await store.get<SignupDoc>('signups', signupId(session._id, caller.userId));
    if (!signup) throw new AppError('FORBIDDEN', '只能投诉您报名参加过的培训');
    return {
      stationId: session.stationId,
      stationName: session.stationName,
      kind: 'training',
      refId: session._id,
      label: `${formatShanghai(session.startAt, 'YYYY-MM-DD')} 培训「${session.title}」`,
      route: 'chief',
    };
  }
  const served = await servedBy(store, caller, subject.kind, subject.refId);
  if (subject.aboutPerson && !served.person) {
    const message = '该服务尚无经办人员，请改为投诉服务本身';
    throw new AppError('INVALID_INPUT', message, { subject: message });
  }
  const person = subject.aboutPerson ? served.person : undefined;
  return {
    stationId: served.stationId,
    stationName: served.stationName,
    kind: person ? 'person' : subject.kind,
    refId: subject.refId,
    label: person ? `${person.name}（${served.label}）` : served.label,
    ...(person ? { personId: person.id, personName: person.name } : {}),
    route: await routeFor(store, served.stationId, person?.id),
  };
}
