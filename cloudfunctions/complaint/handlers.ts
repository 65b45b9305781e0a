/**
 * complaint: complaints (投诉, 004 §9.2) — company staff complain, the station's chief (the admin
 * for one about the chief) answers within the limit, the complainant accepts or escalates to the
 * admin. One module per action; the flow is core/rules/complaint-flow.ts.
 */
import type { Handlers } from '../_shared/runtime';
import acceptAnswer from './actions/acceptAnswer';
import answerComplaint from './actions/answerComplaint';
import escalateComplaint from './actions/escalateComplaint';
import fileComplaint from './actions/fileComplaint';
import getComplaint from './actions/getComplaint';
import getComplaintSettings from './actions/getComplaintSettings';
import listComplaints from './actions/listComplaints';
import listMyComplaints from './actions/listMyComplaints';
import listSharedWithMe from './actions/listSharedWithMe';
import reviewComplaint from './actions/reviewComplaint';
import setComplaintSettings from './actions/setComplaintSettings';
import shareComplaint from './actions/shareComplaint';

export const handlers: Handlers<'complaint'> = {
  fileComplaint,
  listMyComplaints,
  listComplaints,
  listSharedWithMe,
  getComplaint,
  answerComplaint,
  acceptAnswer,
  escalateComplaint,
  reviewComplaint,
  shareComplaint,
  getComplaintSettings,
  setComplaintSettings,
};
