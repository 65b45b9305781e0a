/**
 * The companies of a station's ledger that match a keyword (archive.findCompanies), one page of
 * them: what the company picker offers.
 */
import { useLoad } from '@/hooks/useLoad';
import { findCompanies } from '@/services/archive';

/** How many matches are offered; more asks for a narrower keyword. */
export const COMPANY_OPTIONS_PAGE = 20;

export function useCompanyOptions(stationId: string, keyword: string) {
  return useLoad(
    () => findCompanies({ stationId, ...(keyword ? { keyword } : {}), pageSize: COMPANY_OPTIONS_PAGE }),
    [stationId, keyword],
  );
}
