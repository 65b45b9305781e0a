/**
 * The query behind listRequests, per acting role, each shape served by a declared index on
 * service_requests (core/store/schema.ts): company staff their company's; a liaison or chief the
 * station's queue; an admin all (or one station's, one company's). Newest first, or the most
 * urgent first (the stored `urgencyRank`), newest first within one urgency.
 */
import { AppError } from '../../core/errors';
import type { ParsedInputOf } from '../../core/contract';
import type { Caller } from '../../core/ports';
import type { FindOptions, Where } from '../../core/store/query';

export type RequestFilters = Omit<ParsedInputOf<'request', 'listRequests'>, 'page' | 'pageSize'>;

function scopeOf(caller: Caller, input: RequestFilters): Where {
  const acting = caller.acting;
  if (acting?.role === 'company' && acting.companyId) {
    if (input.companyId && input.companyId !== acting.companyId) {
      throw new AppError('FORBIDDEN', '您只能查看本企业的服务需求');
    }
    return { companyId: acting.companyId };
  }
  if ((acting?.role === 'liaison' || acting?.role === 'chief') && acting.stationId) {
    if (input.stationId && input.stationId !== acting.stationId) {
      throw new AppError('FORBIDDEN', '您只能查看本站点的服务需求');
    }
    return { stationId: acting.stationId };
  }
  if (acting?.role === 'admin') return {};
  throw new AppError('FORBIDDEN', '您没有可查看的服务需求');
}

export function requestsQuery(
  caller: Caller,
  input: RequestFilters,
): { where: Where; orderBy: NonNullable<FindOptions['orderBy']> } {
  const where = scopeOf(caller, input);
  if (input.stationId && where.stationId === undefined) where.stationId = input.stationId;
  if (input.companyId && where.companyId === undefined) where.companyId = input.companyId;
  if (input.status) where.status = input.status;
  if (input.category) where.category = input.category;
  if (input.urgency) where.urgency = input.urgency;
  const orderBy: NonNullable<FindOptions['orderBy']> =
    input.order === 'urgency'
      ? [
          ['urgencyRank', 'desc'],
          ['createdAt', 'desc'],
        ]
      : [['createdAt', 'desc']];
  return { where, orderBy };
}
