/** Page paths in one place. */
const q = (params: Record<string, string | undefined>) => {
  const parts = Object.entries(params)
    .filter(([, v]) => v !== undefined && v !== '')
    .map(([k, v]) => `${k}=${encodeURIComponent(v!)}`);
  return parts.length ? `?${parts.join('&')}` : '';
};

export const ROUTES = {
  network: '/pages/network/index',
  resources: '/pages/resources/index',
  me: '/pages/me/index',
  station: (stationId: string) => `/packages/directory/pages/station/index${q({ stationId })}`,
  stationEdit: (stationId?: string) => `/packages/directory/pages/station-edit/index${q({ stationId })}`,
  itemEdit: (stationId: string, itemId?: string) =>
    `/packages/directory/pages/item-edit/index${q({ stationId, itemId })}`,
  login: '/packages/account/pages/login/index',
  register: '/packages/account/pages/register/index',
  redeem: '/packages/account/pages/redeem/index',
  invitations: (stationId: string) => `/packages/account/pages/invitations/index${q({ stationId })}`,
  companyJoin: '/packages/account/pages/company-join/index',
  companyCreate: (stationId?: string) => `/packages/account/pages/company-create/index${q({ stationId })}`,
  companyReview: (stationId: string) => `/packages/account/pages/company-review/index${q({ stationId })}`,
  book: (stationId: string) => `/packages/consult/pages/book/index${q({ stationId })}`,
  /** scope 'station': a chief's view of the station's bookings (same list, another title). */
  bookings: (scope?: 'station') => `/packages/consult/pages/bookings/index${q({ scope })}`,
  booking: (bookingId: string) => `/packages/consult/pages/booking/index${q({ bookingId })}`,
  availability: (stationId?: string, consultantId?: string) =>
    `/packages/consult/pages/availability/index${q({ stationId, consultantId })}`,
  /** 今日咨询: a consultant's day (a chief's: the station's). */
  today: '/packages/consult/pages/today/index',
  /** 填写咨询记录: from a booking, or (no booking) a walk-in / phone / online consultation. */
  recordEdit: (bookingId?: string) => `/packages/consult/pages/record-edit/index${q({ bookingId })}`,
  /** 咨询档案 (a company's: 我的咨询档案). */
  records: '/packages/consult/pages/records/index',
  record: (recordId: string) => `/packages/consult/pages/record/index${q({ recordId })}`,
  /** 我的评价: a consultant's average and the companies' latest ratings. */
  myRatings: '/packages/consult/pages/my-ratings/index',
  /** 本站评价: the chief's view of the station's ratings and each consultant's average. */
  stationRatings: '/packages/consult/pages/station-ratings/index',
  /** 预约规则: the chief sets the station's notice, horizon and open bookings per company. */
  bookingRules: '/packages/consult/pages/booking-rules/index',
  /** 消息: the in-app inbox. */
  inbox: '/packages/inbox/pages/notices/index',
};
