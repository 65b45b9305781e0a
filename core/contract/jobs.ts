/** Timer jobs: called by the platform's timer only (CloudBase timer trigger, the host's interval). */
import { z } from 'zod';

export const jobs = {
  /** Sends the "明天" and "一小时后" reminders of booked consultations, each once. */
  sendReminders: {
    input: z.object({}),
    output: z.object({
      /** Bookings looked at (booked, starting within the next 24 h). */
      checked: z.number().int(),
      /** Reminders sent by this run (a reminder another run already sent is not counted). */
      sent: z.number().int(),
    }),
  },
  /** Asks everyone checked in at a training that has ended to rate it (inbox + subscribe message), each once. */
  sendSurveyInvites: {
    input: z.object({}),
    output: z.object({
      /** Sessions looked at (ended within the look-back window). */
      sessions: z.number().int(),
      /** Invitations sent by this run (one another run already sent is not counted). */
      sent: z.number().int(),
    }),
  },
  /**
   * The two-day answer (004 §8.4 c): marks assigned requests whose answer is overdue and tells the
   * assignee and the station's chiefs; a day later escalates to the admins — each once.
   */
  sweepOverdueRequests: {
    input: z.object({}),
    output: z.object({
      /** Requests read: the due ones only (unmarked, past their respondBy or a day past it). */
      checked: z.number().int(),
      /** Marked overdue by this run. */
      overdue: z.number().int(),
      /** Escalated to the admins by this run. */
      escalated: z.number().int(),
    }),
  },
  /**
   * A complaint's answer limit (004 §9.2): marks the complaints whose answer (or review) is overdue
   * and tells the admins and the handler — each once per limit.
   */
  sweepOverdueComplaints: {
    input: z.object({}),
    output: z.object({ checked: z.number().int(), overdue: z.number().int() }),
  },
  /** Self-evaluations returned for correction and not resubmitted in time lapse (a veto, or review as submitted). */
  sweepEvaluationCorrections: {
    input: z.object({}),
    output: z.object({ checked: z.number().int(), lapsed: z.number().int() }),
  },
  /** Studio applications past their stage's time limit: the stage's approvers are reminded, once per stage. */
  sweepStudioStages: {
    input: z.object({}),
    output: z.object({ checked: z.number().int(), reminded: z.number().int() }),
  },
  /** Delivers the next batch of each push still sending (a big audience, or a send cut off mid-way). */
  resumePushes: {
    input: z.object({}),
    output: z.object({
      /** Pushes looked at (still sending). */
      pushes: z.number().int(),
      /** Notices sent by this run. */
      sent: z.number().int(),
    }),
  },
  /** Brings the statistics rollups up to date with what changed since the last run (resumable). */
  rollUpStats: {
    input: z.object({}),
    output: z.object({
      /** Source records applied by this run. */
      processed: z.number().int(),
      /** Stopped at its budget: the next run carries on. */
      more: z.boolean(),
    }),
  },
} as const;
