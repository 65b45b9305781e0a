/** The application as a PDF laid out like appendix A (table A.1), with the opinions of each stage. */
import { handler } from '../../_shared/runtime';
import { safeFileName, storeExport } from '../../_shared/excel';
import { authorizedApplication } from '../access';
import { applicationPdf } from '../pdf';

export default handler('studio', 'applicationPdf', async (ctx, input) => {
  const a = await authorizedApplication(ctx, input.applicationId);
  const body = await applicationPdf(a, ctx.clock.now());
  const fileName = safeFileName(`${a.companyName}_流动工作室申请表`, 'pdf');
  return storeExport(
    ctx.files,
    ctx.ids,
    `studio/${a._id.replace(/[^A-Za-z0-9_-]/g, '')}`,
    fileName,
    body,
    'application/pdf',
  );
});
