/** Stored consultation documents → the shapes the consult contract publishes. */
import type { Availability, Booking } from '../../core/contract';
import type { Files } from '../../core/ports';
import type { AvailabilityDoc, BookingDoc } from '../../core/store/docs';
import { attachmentViews } from '../_shared/attachments';

export function availabilityView(d: AvailabilityDoc): Availability {
  return {
    stationId: d.stationId,
    consultantId: d.consultantId,
    consultantName: d.consultantName,
    rules: d.rules,
    exceptions: d.exceptions,
    updatedAt: d.updatedAt,
  };
}

/** What a consultant who never saved a pattern has: nothing offered. */
export function emptyAvailability(stationId: string, consultantId: string, consultantName: string): Availability {
  return { stationId, consultantId, consultantName, rules: [], exceptions: [], updatedAt: 0 };
}

/** A booking as lists and changes answer it: attachments unresolved ([]), so no storage call per row. */
export function bookingView(d: BookingDoc): Booking {
  return {
    id: d._id,
    stationId: d.stationId,
    stationName: d.stationName,
    companyId: d.companyId,
    companyName: d.companyName,
    bookedBy: d.bookedBy,
    bookedByName: d.bookedByName,
    consultantId: d.consultantId,
    consultantName: d.consultantName,
    start: d.start,
    end: d.end,
    channel: d.channel,
    location: d.location,
    topic: d.topic,
    question: d.question,
    attachments: [],
    status: d.status,
    history: d.history,
    cancelReason: d.cancelReason,
    createdAt: d.createdAt,
  };
}

/** One booking read on its own: with its attachments' URLs (temporary on CloudBase). */
export async function bookingDetailView(files: Files, d: BookingDoc): Promise<Booking> {
  return { ...bookingView(d), attachments: await attachmentViews(files, d.attachments) };
}
