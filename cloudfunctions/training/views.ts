/** Stored training documents → the shapes the contract publishes. */
import type { Signup, TrainingSession } from '../../core/contract';
import { attendanceRate, seatsLeft } from '../../core/rules/training';
import type { SignupDoc, TrainingSessionDoc } from '../../core/store/docs';

export function sessionView(d: TrainingSessionDoc): TrainingSession {
  return {
    id: d._id,
    stationId: d.stationId,
    stationName: d.stationName,
    courseId: d.courseId,
    title: d.title,
    description: d.description,
    lecturer: d.lecturer,
    startAt: d.startAt,
    endAt: d.endAt,
    venue: d.venue,
    onlineUrl: d.onlineUrl,
    capacity: d.capacity,
    signupDeadline: d.signupDeadline,
    allowWalkIns: d.allowWalkIns,
    audience: d.audience,
    questionnaireId: d.questionnaireId,
    status: d.status,
    confirmedCount: d.confirmedCount,
    waitlistCount: d.waitlistCount,
    checkedInCount: d.checkedInCount ?? 0,
    walkInCount: d.walkInCount ?? 0,
    seatsLeft: seatsLeft(d),
    attendanceRate: attendanceRate(d),
    cancelReason: d.cancelReason,
    cancelledAt: d.cancelledAt,
    createdAt: d.createdAt,
    updatedAt: d.updatedAt,
  };
}

/** `waitlistPosition`: for a waitlisted sign-up, how many wait ahead of it plus one. */
export function signupView(d: SignupDoc, waitlistPosition?: number): Signup {
  return {
    id: d._id,
    sessionId: d.sessionId,
    name: d.name,
    companyId: d.companyId,
    companyName: d.companyName,
    title: d.title ?? '',
    mobile: d.mobile,
    status: d.status,
    source: d.source,
    seq: d.seq,
    waitlistPosition: d.status === 'waitlisted' ? waitlistPosition : undefined,
    checkedInAt: d.checkedInAt,
    late: d.late,
    createdAt: d.createdAt,
    cancelledAt: d.cancelledAt,
    promotedAt: d.promotedAt,
  };
}
