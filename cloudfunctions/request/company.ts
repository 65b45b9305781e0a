/** The company a request is raised for: the one the caller acts for, once the station confirmed it. */
import { AppError } from '../../core/errors';
import type { Caller, Store } from '../../core/ports';
import type { CompanyDoc } from '../../core/store/docs';
import { mustGet } from '../_shared/records';

export async function requestingCompany(store: Store, caller: Caller): Promise<CompanyDoc> {
  const companyId = caller.acting?.companyId;
  if (!companyId) throw new AppError('FORBIDDEN', '请在"我的"页面切换到企业身份后再提交服务需求');
  const company = await mustGet<CompanyDoc>(store, 'companies', companyId);
  if (company.status === 'pending') {
    throw new AppError('FORBIDDEN', '贵企业尚待工作站确认，确认后即可提交服务需求');
  }
  if (company.status !== 'confirmed') {
    throw new AppError('FORBIDDEN', '贵企业登记未通过工作站确认，暂不能提交服务需求，请联系工作站');
  }
  return company;
}
