/** Archive records and ledger companies, shaped exactly as the archive contract's outputs. */
import type { ConsultationRecord, DayBooking, LedgerCompany, Rating, StationRecord } from '@core/contract';
import { shanghaiInstant } from '@core/rules/time';
import { STATION_ID, STATION_NAME, aBooking } from './consult-fixtures';

export function aStationRecord(overrides: Partial<StationRecord> = {}): StationRecord {
  return {
    view: 'station',
    id: 'booking:bk-1',
    stationId: STATION_ID,
    stationName: STATION_NAME,
    companyId: 'c-1',
    companyName: '示例科技',
    consultantId: 'u-li',
    consultantName: '李联络',
    bookingId: 'bk-1',
    consultedAt: shanghaiInstant('2026-11-23', '09:00'),
    channel: 'onsite',
    category: 'preexam',
    summary: '发明专利优先审查的条件',
    answer: '符合条件的可向保护中心申请预审，通过后进入快速审查通道',
    durationMinutes: 45,
    followUp: true,
    followUpDate: '2026-12-01',
    attachments: [],
    rightsClue: false,
    internalNote: '企业对费用较敏感',
    createdBy: 'u-li',
    createdByName: '李联络',
    createdAt: shanghaiInstant('2026-11-23', '10:05'),
    ...overrides,
  };
}

/** The same record as the company reads it: no internal note, no writer id. */
export function aCompanyRecord(overrides: Partial<ConsultationRecord> = {}): ConsultationRecord {
  const { internalNote: _n, createdBy: _c, view: _v, ...rest } = aStationRecord();
  return { view: 'company', ...rest, ...overrides } as ConsultationRecord;
}

export function aDayBooking(overrides: Partial<DayBooking> = {}): DayBooking {
  return { ...aBooking(), ...overrides };
}

export function aLedgerCompany(overrides: Partial<LedgerCompany> = {}): LedgerCompany {
  return {
    id: 'c-9',
    name: '北京台账科技有限公司',
    creditCode: '91110108MA0000000A',
    status: 'confirmed',
    ...overrides,
  };
}

/** A company's rating of RECORD (aStationRecord), given an hour after the consultation. */
export function aRating(overrides: Partial<Rating> = {}): Rating {
  const ratedAt = shanghaiInstant('2026-11-23', '10:30');
  return {
    id: 'rating:booking:bk-1',
    recordId: 'booking:bk-1',
    stationId: STATION_ID,
    stationName: STATION_NAME,
    companyId: 'c-1',
    companyName: '示例科技',
    consultantId: 'u-li',
    consultantName: '李联络',
    consultedAt: shanghaiInstant('2026-11-23', '09:00'),
    category: 'preexam',
    stars: 4,
    tags: ['professional', 'practical'],
    comment: '讲解清楚，建议很实用',
    ratedByName: '张经理',
    ratedAt,
    updatedAt: ratedAt,
    edited: false,
    editableUntil: ratedAt + 24 * 3_600_000,
    locked: false,
    ...overrides,
  };
}
