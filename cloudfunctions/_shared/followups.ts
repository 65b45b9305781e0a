/**
 * Follow-ups (回访) owed by a liaison or consultant, one per visit, consultation or request: the id
 * `fu:<source>:<sourceId>` lets the database refuse a second one for the same source.
 * Created inside the transaction that creates the source, so they come and go together.
 */
import type { FollowUpSource } from '../../core/enums';
import type { FollowUpDoc } from '../../core/store/docs';

export const followUpId = (source: FollowUpSource, sourceId: string) => `fu:${source}:${sourceId}`;

export function newFollowUpDoc(p: {
  source: FollowUpSource;
  sourceId: string;
  stationId: string;
  company: { id: string; name: string };
  owner: { id: string; name: string };
  dueDate: string;
  subject: string;
  now: number;
}): FollowUpDoc {
  return {
    _id: followUpId(p.source, p.sourceId),
    stationId: p.stationId,
    companyId: p.company.id,
    companyName: p.company.name,
    ownerId: p.owner.id,
    ownerName: p.owner.name,
    dueDate: p.dueDate,
    source: p.source,
    sourceId: p.sourceId,
    subject: p.subject.slice(0, 100),
    status: 'open',
    createdAt: p.now,
  };
}
