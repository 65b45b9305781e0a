/**
 * Every collection and its indexes, declared once. The SQLite adapter creates them;
 * the README lists them for CloudBase (scripts/print-indexes.ts prints the same table).
 * Each list screen's query must be served by one of these.
 */
import { KEY_FLAG } from '../enums';
import { CHANGE_STAMP, ROLLUP_SOURCES } from '../rules/rollups';

export interface IndexSpec {
  /** Fields in order, with direction. */
  fields: Array<[field: string, direction: 'asc' | 'desc']>;
  unique?: boolean;
}

export interface CollectionSpec {
  description: string;
  indexes: IndexSpec[];
  /**
   * Fields every write stores as a JSON number, never a boolean or a string (absent is fine).
   * SQLite then compares them without a JSON-type guard, so a range or count on one is answered
   * from its index alone (the guard would read every matching document).
   */
  numbers?: string[];
  /**
   * Fields every write stores as a JSON boolean (absent is fine): compared without the JSON-type
   * guard too, so a count on a flag is answered from its index alone.
   */
  booleans?: string[];
  /**
   * Text fields searched with `$contains` on a list screen. The host keeps an FTS5 trigram index
   * of them (server/store/sqlite-text.ts); CloudBase runs the same filter as a regular expression
   * over the documents the rest of the filter's index selects.
   */
  text?: string[];
}

/**
 * An index's fields as created: every non-unique index ends with `_id`, because both adapters
 * order by `_id` last (the tie-break that makes pages tile), so the sort is read from the index
 * instead of sorting every match. A unique index stays as declared (`_id` would make any key unique).
 */
export function indexFields(spec: IndexSpec): IndexSpec['fields'] {
  if (spec.unique || spec.fields.some(([field]) => field === '_id')) return spec.fields;
  return [...spec.fields, ['_id', 'asc']];
}

export const COLLECTIONS = {
  users: {
    // Uniqueness is by deterministic id (`wx_<OPENID>`; host logins live in host_credentials keyed
    // by username), not by a unique index: CloudBase's unique index counts a missing field as
    // null, so an index on an optional field would admit only one user without it.
    description: '用户 users: one per person (host account or WeChat OPENID)',
    indexes: [{ fields: [['createdAt', 'asc']] }],
  },
  memberships: {
    description:
      'role grants: a user is liaison/chief/expert of a station, staff of a company, admin, or district admin of a district',
    indexes: [
      {
        fields: [
          ['userId', 'asc'],
          ['createdAt', 'asc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['role', 'asc'],
        ],
      },
      { fields: [['companyId', 'asc']] },
    ],
  },
  stations: {
    description: 'service points of the network (seed 002 kinds, 004 §5 levels)',
    // Public lists always filter on status, so it leads each index (counts use the index alone).
    indexes: [
      {
        fields: [
          ['status', 'asc'],
          ['district', 'asc'],
          ['order', 'asc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['kind', 'asc'],
          ['order', 'asc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['level', 'asc'],
          ['order', 'asc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['order', 'asc'],
        ],
      },
    ],
  },
  service_items: {
    description: "a station's public service item list (004 §7.4.3)",
    indexes: [
      {
        fields: [
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['order', 'asc'],
        ],
      },
    ],
  },
  companies: {
    // lastVisitAt is 0 when never visited (a migration set it on older companies): always a number.
    numbers: ['lastVisitAt', 'createdAt'],
    booleans: KEY_FLAG.values.map((flag) => `keyFlags.${flag}`),
    // archive.findCompanies: the record form's company picker by part of a name or credit code.
    text: ['name', 'creditCode'],
    description:
      'served companies: the station ledger (服务对象台账) with the appendix A profile, holdings, key flags and lastVisitAt (0 = never)',
    indexes: [
      { fields: [['joinCode', 'asc']], unique: true },
      { fields: [['creditCode', 'asc']], unique: true },
      {
        fields: [
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      // archive.findCompanies: the station's ledger by name (the record form's company picker);
      // enterprise.listLedger: a name-prefix search (a range on name).
      {
        fields: [
          ['stationId', 'asc'],
          ['name', 'asc'],
        ],
      },
      // enterprise.listLedger: the station's ledger by last visit (never visited first); the 待走访
      // queue is a range on the sort key (lastVisitAt < cutoff). One index per equality filter
      // (district, industry, each key flag); a second filter runs over the rows the index selects.
      // `_id` ends each index: many companies share lastVisitAt 0, and the list's tie-break
      // (the Store orders by id last) must come from the index, not from a sort of all of them.
      ...([[], ['district'], ['industry'], ...KEY_FLAG.values.map((flag) => [`keyFlags.${flag}`])] as string[][]).map(
        (filter): IndexSpec => ({
          fields: [
            ['stationId', 'asc'],
            ...filter.map((f): [string, 'asc'] => [f, 'asc']),
            ['lastVisitAt', 'asc'],
            ['_id', 'asc'],
          ],
        }),
      ),
    ],
  },
  invitations: {
    description: 'one-time invitation codes granting a role at a station (the code is the id)',
    indexes: [
      {
        fields: [
          ['stationId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
    ],
  },
  platforms: {
    description: 'public IP retrieval platforms (004 appendix A)',
    indexes: [{ fields: [['order', 'asc']] }],
  },
  courses: {
    description: 'training course catalogue (004 appendix B)',
    indexes: [{ fields: [['order', 'asc']] }],
  },
  availability: {
    description: "a consultant's weekly pattern and exceptions at a station (id <stationId>:<consultantId>)",
    indexes: [
      {
        fields: [
          ['stationId', 'asc'],
          ['consultantName', 'asc'],
        ],
      },
    ],
  },
  bookings: {
    description: 'consultation bookings; status changes, never deleted',
    indexes: [
      {
        fields: [
          ['companyId', 'asc'],
          ['start', 'desc'],
        ],
      },
      {
        fields: [
          ['consultantId', 'asc'],
          ['start', 'asc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['start', 'asc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['start', 'asc'],
        ],
      },
      // listBookings, one per acting role, with and without the status filter (consult/actions/bookings.ts).
      {
        fields: [
          ['companyId', 'asc'],
          ['status', 'asc'],
          ['start', 'desc'],
        ],
      },
      {
        fields: [
          ['consultantId', 'asc'],
          ['stationId', 'asc'],
          ['start', 'asc'],
        ],
      },
      {
        fields: [
          ['consultantId', 'asc'],
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['start', 'asc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['start', 'asc'],
        ],
      },
      { fields: [['start', 'asc']] },
    ],
  },
  slot_holds: {
    description: 'one per taken slot (id <consultantId>:<slotStart>): the database refuses a second booking of it',
    indexes: [
      {
        fields: [
          ['consultantId', 'asc'],
          ['start', 'asc'],
        ],
      },
    ],
  },
  booking_quota: {
    description: 'open bookings per company per station (id <companyId>:<stationId>), incremented atomically',
    indexes: [],
  },
  consultation_records: {
    description:
      'the consultation archive (咨询档案): one per consultation (id booking:<bookingId>, or walkin:<hash> for walk-ins); internalNote never shown to the company',
    // archive.listRecords: one index per scope (company / station / an expert's own / admin) and
    // filter (company, category, consultant), newest first; a date range is a range on the sort
    // key; the text search ($contains on summary/answer) is served by the text index.
    text: ['summary', 'answer'],
    indexes: [
      {
        fields: [
          ['companyId', 'asc'],
          ['consultedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['companyId', 'asc'],
          ['category', 'asc'],
          ['consultedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['consultedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['companyId', 'asc'],
          ['consultedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['category', 'asc'],
          ['consultedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['consultantId', 'asc'],
          ['consultedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['consultantId', 'asc'],
          ['category', 'asc'],
          ['consultedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['consultantId', 'asc'],
          ['consultedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['category', 'asc'],
          ['consultedAt', 'desc'],
        ],
      },
      { fields: [['consultedAt', 'desc']] },
    ],
  },
  ratings: {
    description:
      "companies' ratings of consultations (id rating:<recordId>: one per consultation); editable 24 h, then locked",
    // archive.listRatings (the chief: the station's, one consultant's, the low ones) and
    // archive.myRatingSummary (a consultant's own at the station they act for), newest first.
    indexes: [
      {
        fields: [
          ['stationId', 'asc'],
          ['ratedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['consultantId', 'asc'],
          ['ratedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['low', 'asc'],
          ['ratedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['consultantId', 'asc'],
          ['low', 'asc'],
          ['ratedAt', 'desc'],
        ],
      },
    ],
  },
  consultant_stats: {
    description:
      "a consultant's rating counters at a station (id <stationId>:<consultantId>): sum of stars and count, moved atomically",
    // archive.listRatings: the station's consultants with their averages, by name.
    indexes: [
      {
        fields: [
          ['stationId', 'asc'],
          ['consultantName', 'asc'],
        ],
      },
    ],
  },
  requests_log: {
    description: 'idempotency: first result of each create action per client request id',
    indexes: [{ fields: [['createdAt', 'asc']] }],
  },
  notifications: {
    description: 'in-app inbox: one notice per recipient',
    indexes: [
      {
        fields: [
          ['userId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      // 消息 "unread only", the unread count on 我的, and "mark all read".
      {
        fields: [
          ['userId', 'asc'],
          ['read', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
    ],
  },
  reminders_sent: {
    description: 'one per reminder sent (id <bookingId>:<start>:<kind>): the database refuses a second send',
    indexes: [{ fields: [['sentAt', 'asc']] }],
  },
  catalogue: {
    description: 'service request catalogue (004 §6.1 basic services, 001 §7.1 studio services)',
    indexes: [{ fields: [['order', 'asc']] }],
  },
  audit_log: {
    description: 'who did what and when, for actions an audit needs',
    indexes: [
      {
        fields: [
          ['targetId', 'asc'],
          ['at', 'desc'],
        ],
      },
      {
        fields: [
          ['actorId', 'asc'],
          ['at', 'desc'],
        ],
      },
    ],
  },
  uploads: {
    description:
      'files uploaded and checked (type by content, size); records reference them by id, only the uploader may attach one',
    indexes: [
      {
        fields: [
          ['ownerId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
    ],
  },
  holdings_history: {
    description:
      "every change of a company's IP holdings: who, when, from where (profile or visit), old and new figures",
    indexes: [
      {
        fields: [
          ['companyId', 'asc'],
          ['at', 'asc'],
        ],
      },
    ],
  },
  visits: {
    description: 'site visits (走访) of a station to companies (id visit:<hash>: an outbox replay is refused)',
    indexes: [
      // visit.listVisits: a station's, one company's at the station, a company's (below), an admin's all.
      {
        fields: [
          ['stationId', 'asc'],
          ['companyId', 'asc'],
          ['visitedAt', 'desc'],
        ],
      },
      { fields: [['visitedAt', 'desc']] },
      {
        fields: [
          ['stationId', 'asc'],
          ['visitedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['companyId', 'asc'],
          ['visitedAt', 'desc'],
        ],
      },
    ],
  },
  service_requests: {
    description: 'service requests (服务需求) raised by companies or found on visits; status history kept',
    indexes: [
      // request.listRequests: the station's queue by status / category / urgency, newest or most
      // urgent first; a company's own (by status); an admin's all (cloudfunctions/request/queries.ts).
      {
        fields: [
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['urgencyRank', 'desc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['urgencyRank', 'desc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['category', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['urgency', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['companyId', 'asc'],
          ['status', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      { fields: [['createdAt', 'desc']] },
      {
        fields: [
          ['urgencyRank', 'desc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['companyId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      // request.listRequests order 'due' / overdue: the station's requests awaiting an answer, soonest due first.
      {
        fields: [
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['respondBy', 'asc'],
        ],
      },
      // request.listRequests as an expert (scope 'assigned'): what is assigned to them; and the
      // roster's workload (request.suggestAssignees: open requests per assignee, by status).
      {
        fields: [
          ['assigneeId', 'asc'],
          ['status', 'asc'],
          ['updatedAt', 'desc'],
        ],
      },
      // The overdue sweep (jobs): every station's 'assigned' requests whose respondBy has passed;
      // an admin's listRequests order 'due'.
      {
        fields: [
          ['status', 'asc'],
          ['respondBy', 'asc'],
        ],
      },
      // jobs.sweepOverdueRequests (cloudfunctions/_shared/request-sla.ts): exactly the unmarked due
      // ones (mark absent = null), not the backlog already marked overdue / escalated and still unanswered.
      {
        fields: [
          ['status', 'asc'],
          ['overdueAt', 'asc'],
          ['respondBy', 'asc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['escalatedAt', 'asc'],
          ['respondBy', 'asc'],
        ],
      },
    ],
  },
  assignments: {
    description:
      'assignments of service requests (指派), one per assign, id <requestId>:<assignedAt>: outcome, answer time, on time or not, report',
    indexes: [
      // An expert's workload and on-time rate (the roster): their assignments, newest first.
      {
        fields: [
          ['assigneeId', 'asc'],
          ['assignedAt', 'desc'],
        ],
      },
      // One request's assignments in order (who it was assigned to before; a previous assignee's CONFLICT).
      {
        fields: [
          ['requestId', 'asc'],
          ['assignedAt', 'asc'],
        ],
      },
    ],
  },
  expert_profiles: {
    description:
      "volunteer experts' roster entries (专家库), id = the expert's user id: filed, returned, exited or removed",
    // The roster (listExperts) reads by status (or all), in id order, and filters the array fields
    // (stationIds, specialities, industries) in memory: the Store's equality is scalar-only (SQLite
    // compares the array's JSON text), and a city's roster is a few hundred entries.
    indexes: [
      {
        fields: [
          ['status', 'asc'],
          ['_id', 'asc'],
        ],
      },
    ],
  },
  work_calendars: {
    description:
      "the admin's work calendar (id 'default'): public holidays and 调休 working days, for the two-day answer",
    indexes: [],
  },
  complaints: {
    description:
      'complaints (投诉, 004 §9.2), id cmp:<hash>: about a station, a service or a person; answered by the chief (the admin when about the chief), accepted or escalated; history kept',
    // complaint.listMyComplaints (complainantId), listComplaints (a chief: stationId + route; an
    // admin: all, by station, by status), listSharedWithMe (sharedWithId), each newest first; the
    // overdue sweep reads the unmarked ones past their due time (status, overdueAt, dueAt).
    indexes: [
      {
        fields: [
          ['complainantId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['route', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['route', 'asc'],
          ['status', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      { fields: [['createdAt', 'desc']] },
      {
        fields: [
          ['sharedWithId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['overdueAt', 'asc'],
          ['dueAt', 'asc'],
        ],
      },
    ],
  },
  complaint_settings: {
    description: "the admin's complaint settings (id 'default'): the answer limit in working days",
    indexes: [],
  },
  eval_indicator_sets: {
    description:
      'versions of the evaluation indicator table (id set:<version>): sections, items, maximum scores, guides',
    indexes: [{ fields: [['version', 'desc']] }],
  },
  eval_rounds: {
    description:
      'annual evaluation rounds (seed 000): the year, the stations, the table version, the deadlines, the grade thresholds; published or not',
    // evaluation.listRounds: an admin's, newest year first (a station's come from its submissions,
    // a reviewer's from their reviews).
    indexes: [{ fields: [['year', 'desc']] }],
  },
  eval_submissions: {
    description:
      "a station's self-evaluation in a round (id <roundId>:<stationId>): answers per item, status, correction",
    // A station's rounds; the correction sweep: returned ones whose correction is overdue and not yet marked.
    indexes: [
      {
        fields: [
          ['stationId', 'asc'],
          ['roundId', 'asc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['lapsedAt', 'asc'],
          ['correction.dueAt', 'asc'],
        ],
      },
    ],
  },
  eval_reviews: {
    description:
      "a reviewer's assignment and review of one station in a round (id <roundId>:<stationId>:<reviewerId>): scores, comment, conflict",
    indexes: [
      {
        fields: [
          ['roundId', 'asc'],
          ['stationId', 'asc'],
        ],
      },
      {
        fields: [
          ['reviewerId', 'asc'],
          ['roundId', 'asc'],
        ],
      },
    ],
  },
  eval_vetoes: {
    description: 'recorded one-vote-veto conditions (id <roundId>:<stationId>:<condition>), with evidence',
    indexes: [
      {
        fields: [
          ['roundId', 'asc'],
          ['stationId', 'asc'],
        ],
      },
    ],
  },
  improvements: {
    description:
      "improvement actions (整改, 004 §9), id imp:<hash>: a finding, the action, the station's owner, the due date, done with evidence",
    // quality.listImprovements: a station's (by status), an owner's at their station, an admin's
    // all, newest due first; the to-do counts the open ones past due.
    indexes: [
      {
        fields: [
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['dueDate', 'asc'],
        ],
      },
      {
        fields: [
          ['ownerId', 'asc'],
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['dueDate', 'asc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['dueDate', 'asc'],
        ],
      },
      { fields: [['dueDate', 'asc']] },
      {
        fields: [
          ['stationId', 'asc'],
          ['dueDate', 'asc'],
        ],
      },
    ],
  },
  service_reviews: {
    description:
      "kept 服务评价 records (004 §9.1), id <stationId>:<from>:<to>: a station's period's external and internal evaluation as it was when kept",
    // The archive: a station's records of a year.
    indexes: [
      {
        fields: [
          ['stationId', 'asc'],
          ['from', 'asc'],
        ],
      },
    ],
  },
  articles: {
    description:
      "articles (政策解读, 工作动态, 通知公告, 典型案例), id art:<hash>: Markdown and its sanitised HTML, the city's or a station's; draft, published (at a time) or withdrawn",
    // content.listArticles: published by publishAt (all, by kind, by station, by station and kind);
    // content.listManagedArticles: a station's (or all) by last change.
    indexes: [
      {
        fields: [
          ['status', 'asc'],
          ['publishAt', 'desc'],
        ],
      },
      {
        fields: [
          ['kind', 'asc'],
          ['status', 'asc'],
          ['publishAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['publishAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['kind', 'asc'],
          ['status', 'asc'],
          ['publishAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['updatedAt', 'desc'],
        ],
      },
      { fields: [['updatedAt', 'desc']] },
    ],
  },
  article_reads: {
    description: 'who read which article (id <articleId>:<userId>): each reader counted once',
    indexes: [],
  },
  pushes: {
    description:
      'pushes of an article or a training to matching companies (id push:<hash of author and client request id>): the audience, who sent it, how many it reached',
    // content.listPushes: one target's pushes, newest first; jobs.resumePushes: those still sending.
    indexes: [
      {
        fields: [
          ['targetKind', 'asc'],
          ['targetId', 'asc'],
          ['at', 'desc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['updatedAt', 'asc'],
        ],
      },
    ],
  },
  push_receipts: {
    description:
      'who a push reached (id <targetKind>:<targetId>:<userId>): inserted before the notice, so nobody is notified twice about one article or training',
    indexes: [
      {
        fields: [
          ['targetKind', 'asc'],
          ['targetId', 'asc'],
        ],
      },
    ],
  },
  special_service_lists: {
    description:
      "a station's annual special-service list (年度专项服务清单, 004 §7.3.3), id <stationId>:<year>: the items, draft or published",
    indexes: [],
  },
  special_progress: {
    description: 'deliveries recorded against a special service (id sp:<hash of recorder and client request id>)',
    indexes: [
      {
        fields: [
          ['listId', 'asc'],
          ['doneAt', 'desc'],
        ],
      },
    ],
  },
  search_entries: {
    description:
      'the search index (id <kind>:<refId>): an article, station or service item as its segmented words (core/rules/search-terms.ts), kept in step by the writes that change them',
    numbers: ['sortAt'],
    booleans: ['live'],
    // Each query word is a `$contains` probe of ` word ` (core/rules/search-terms.ts).
    text: ['terms'],
    // content.search: one kind's live entries, newest first, each query word a whole-word test.
    indexes: [
      {
        fields: [
          ['kind', 'asc'],
          ['live', 'asc'],
          ['sortAt', 'desc'],
          ['_id', 'asc'],
        ],
      },
    ],
  },
  studio_applications: {
    description:
      'mobile studio applications (流动工作室, seed 001), id sa:<hash>: the appendix A form, the three-stage approval history, the staff, the number once approved',
    numbers: ['dueAt', 'submittedAt'],
    // studio.listApplications: a company's own; a town branch its district's; the city's all — by
    // status and stage; jobs.sweepStudioStages: the reviewing ones past their stage's time.
    indexes: [
      {
        fields: [
          ['companyId', 'asc'],
          ['submittedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['district', 'asc'],
          ['status', 'asc'],
          ['stage', 'asc'],
          ['submittedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['stage', 'asc'],
          ['submittedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['dueAt', 'asc'],
        ],
      },
      { fields: [['submittedAt', 'desc']] },
      {
        fields: [
          ['district', 'asc'],
          ['submittedAt', 'desc'],
        ],
      },
    ],
  },
  studio_counters: {
    description:
      "the studio numbers' sequence of each year (id number:<year>), moved in the final approval's transaction",
    indexes: [],
  },
  studio_settings: {
    description: "the admin's studio settings (id 'default'): each approval stage's time limit in days",
    indexes: [],
  },
  clue_referrals: {
    description:
      'rights-protection clue referrals (线索移交), id ref:<hash>: from a station to a protection/assistance center or an agency; status history kept',
    // referral.listReferrals (cloudfunctions/referral/queries.ts): what a station sent and what it
    // received (each by status too), an admin's all (by status), newest first. A station's whole
    // box is the $or of its sent and received, each side served by its own index.
    indexes: [
      {
        fields: [
          ['fromStationId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['fromStationId', 'asc'],
          ['status', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['toStationId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['toStationId', 'asc'],
          ['status', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      { fields: [['createdAt', 'desc']] },
    ],
  },
  request_ratings: {
    description:
      "companies' ratings of closed service requests (id rating:<requestId>: one per request); editable 24 h, then locked",
    // For the chief's list of the station's request ratings (the low ones first to follow up).
    indexes: [
      {
        fields: [
          ['stationId', 'asc'],
          ['ratedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['low', 'asc'],
          ['ratedAt', 'desc'],
        ],
      },
    ],
  },
  follow_ups: {
    description: 'follow-ups due (回访), one per visit, consultation or request (id fu:<source>:<sourceId>)',
    indexes: [
      // visit.exportFollowUps: the station's follow-ups, open and done, by due date.
      {
        fields: [
          ['stationId', 'asc'],
          ['dueDate', 'asc'],
        ],
      },
      // visit.listFollowUps: a liaison's or expert's own at the station they act for, by due date.
      {
        fields: [
          ['ownerId', 'asc'],
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['dueDate', 'asc'],
        ],
      },
      {
        fields: [
          ['ownerId', 'asc'],
          ['status', 'asc'],
          ['dueDate', 'asc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['dueDate', 'asc'],
        ],
      },
      {
        fields: [
          ['companyId', 'asc'],
          ['dueDate', 'desc'],
        ],
      },
    ],
  },
  trainings: {
    description: 'training sessions (培训) with atomic seat, waitlist and check-in counters',
    indexes: [
      // checkin.checkIn: the session a scanned code names (its short checkinCode).
      { fields: [['checkinCode', 'asc']] },
      // training.listSessions: published, not yet ended (or ended), all stations or one.
      {
        fields: [
          ['status', 'asc'],
          ['endAt', 'asc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['status', 'asc'],
          ['endAt', 'asc'],
        ],
      },
      {
        fields: [
          ['status', 'asc'],
          ['startAt', 'asc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['startAt', 'desc'],
        ],
      },
    ],
  },
  signups: {
    description: 'training sign-ups (id <sessionId>:<userId>: one per person per session)',
    indexes: [
      // checkin.manualCheckIn: a walk-in by mobile who is on the list already (signed up in the app).
      {
        fields: [
          ['sessionId', 'asc'],
          ['mobile', 'asc'],
        ],
      },
      {
        fields: [
          ['sessionId', 'asc'],
          ['status', 'asc'],
          ['seq', 'asc'],
        ],
      },
      {
        fields: [
          ['userId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
    ],
  },
  checkins: {
    description: 'training check-ins (id <sessionId>:<personKey>: a second scan is refused by the database)',
    indexes: [
      // training.talentPool: who attended the station's trainings.
      {
        fields: [
          ['stationId', 'asc'],
          ['at', 'desc'],
        ],
      },
      {
        fields: [
          ['sessionId', 'asc'],
          ['at', 'asc'],
        ],
      },
    ],
  },
  questionnaires: {
    description: 'reusable questionnaires (问卷): rating, single, multiple, text questions',
    indexes: [
      {
        fields: [
          ['stationId', 'asc'],
          ['createdAt', 'desc'],
        ],
      },
    ],
  },
  survey_responses: {
    description: 'questionnaire answers (id <targetKind>:<targetId>:<userId>: one per person per target)',
    indexes: [
      {
        fields: [
          ['targetKind', 'asc'],
          ['targetId', 'asc'],
          ['submittedAt', 'desc'],
        ],
      },
      {
        fields: [
          ['stationId', 'asc'],
          ['targetKind', 'asc'],
          ['submittedAt', 'desc'],
        ],
      },
    ],
  },
  survey_invites: {
    description:
      'one per invitation to answer a questionnaire (id <targetKind>:<targetId>:<userId>), inserted before it is sent: the database refuses a second',
    // jobs.sendSurveyInvites: who of a session was invited already (skipped without an insert attempt).
    indexes: [
      {
        fields: [
          ['targetKind', 'asc'],
          ['targetId', 'asc'],
        ],
      },
    ],
  },
  secrets: {
    description: 'server-side keys made on first use (check-in token signing); deny all client access',
    indexes: [],
  },
  migrations: {
    description: 'one-off fixes of stored data already applied (id = the fix), so a start never repeats one',
    indexes: [],
  },
  host_credentials: {
    description: 'host only: username → scrypt password hash (id = username)',
    indexes: [{ fields: [['userId', 'asc']], unique: true }],
  },
  host_sessions: {
    description: 'host only: session token hash → user, with expiry',
    indexes: [{ fields: [['userId', 'asc']] }, { fields: [['expiresAt', 'asc']] }],
  },
  // Statistics (core/rules/rollups.ts, cloudfunctions/_shared/rollups.ts).
  stat_buckets: {
    description:
      'statistics: counters of one scope (st:<stationId> or u:<userId>) for one day or month (id <scope>:d:<date> or <scope>:m:<month>), moved by the rollup job',
    // stats views read a scope's months or days of a range; the city view a month of every station.
    indexes: [
      {
        fields: [
          ['scope', 'asc'],
          ['grain', 'asc'],
          ['period', 'asc'],
        ],
      },
      {
        fields: [
          ['grain', 'asc'],
          ['period', 'asc'],
        ],
      },
    ],
  },
  stat_facts: {
    description:
      "statistics: each source record's last projection (id <collection>:<recordId>), so a change moves the buckets by its difference",
    indexes: [],
  },
  stat_cursors: {
    description:
      'statistics: where the rollup job stopped in each source collection (id = the collection), and its lease',
    indexes: [],
  },
} satisfies Record<string, CollectionSpec>;

/**
 * Each statistics source also gets the rollup job's index: its change stamp, then `_id` (the job
 * reads what changed since its cursor, oldest first, a page at a time).
 */
for (const source of ROLLUP_SOURCES) {
  const spec = COLLECTIONS[source] as CollectionSpec;
  spec.numbers = [...(spec.numbers ?? []), CHANGE_STAMP];
  (spec.indexes as IndexSpec[]).push({
    fields: [
      [CHANGE_STAMP, 'asc'],
      ['_id', 'asc'],
    ],
  });
}

export type CollectionName = keyof typeof COLLECTIONS;
export const COLLECTION_NAMES = Object.keys(COLLECTIONS) as CollectionName[];
