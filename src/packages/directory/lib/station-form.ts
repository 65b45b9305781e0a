/** The station form's values (all text while editing) and their conversion to the contract. */
import type { InputOf, Station } from '@core/contract';
import type { District, StationKind, StationLevel } from '@core/enums';
import { STATION_LABELS as L } from './labels';
import { checkChoice, checkPhone, checkText, type FieldErrors } from './validate';
import {
  INDUSTRY_MAX,
  MAX_INDUSTRIES,
  OPERATOR_MAX,
  STATION_ADDRESS_MAX,
  STATION_ADDRESS_MIN,
  STATION_HOURS_MAX,
  STATION_INTRO_MAX,
  STATION_NAME_MAX,
  STATION_NAME_MIN,
} from '@core/rules/directory-limits';

export interface StationForm {
  name: string;
  kind: StationKind | '';
  level: StationLevel | '';
  district: District | '';
  address: string;
  phone: string;
  hours: string;
  /** As typed: names separated by commas, 、 or new lines. */
  keyIndustries: string;
  operator: string;
  intro: string;
}

export const EMPTY_STATION_FORM: StationForm = {
  name: '',
  kind: '',
  level: '',
  district: '',
  address: '',
  phone: '',
  hours: '',
  keyIndustries: '',
  operator: '',
  intro: '',
};

export { MAX_INDUSTRIES };

/** "生物医药、新一代信息技术, 文创" → ['生物医药', '新一代信息技术', '文创'] (no blanks, no repeats). */
export function splitList(text: string): string[] {
  const parts = text
    .split(/[,，、;；\n]+/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  return Array.from(new Set(parts));
}

export function stationToForm(s: Station): StationForm {
  return {
    name: s.name,
    kind: s.kind,
    level: s.level,
    district: s.district,
    address: s.address,
    phone: s.phone,
    hours: s.hours,
    keyIndustries: s.keyIndustries.join('、'),
    operator: s.operator ?? '',
    intro: s.intro ?? '',
  };
}

export type StationFields = Omit<InputOf<'directory', 'createStation'>, 'clientRequestId'>;

/** Call only after `validateStation` found nothing: the choices are then set. */
export function formToStation(f: StationForm): StationFields {
  return {
    name: f.name.trim(),
    kind: f.kind as StationKind,
    level: f.level as StationLevel,
    district: f.district as District,
    address: f.address.trim(),
    phone: f.phone.trim(),
    hours: f.hours.trim(),
    keyIndustries: splitList(f.keyIndustries),
    operator: f.operator.trim(),
    intro: f.intro.trim(),
  };
}

export function validateStation(f: StationForm): FieldErrors {
  const e: FieldErrors = {};
  checkText(e, 'name', L.name, f.name, { min: STATION_NAME_MIN, max: STATION_NAME_MAX });
  checkChoice(e, 'kind', L.kind, f.kind);
  checkChoice(e, 'level', L.level, f.level);
  checkChoice(e, 'district', L.district, f.district);
  checkText(e, 'address', L.address, f.address, { min: STATION_ADDRESS_MIN, max: STATION_ADDRESS_MAX });
  checkPhone(e, 'phone', L.phone, f.phone);
  checkText(e, 'hours', L.hours, f.hours, { max: STATION_HOURS_MAX });
  const industries = splitList(f.keyIndustries);
  if (industries.length > MAX_INDUSTRIES) e.keyIndustries = `${L.keyIndustries}：最多 ${MAX_INDUSTRIES} 项`;
  else if (industries.some((s) => s.length > INDUSTRY_MAX))
    e.keyIndustries = `${L.keyIndustries}：每项最多 ${INDUSTRY_MAX} 个字`;
  checkText(e, 'operator', L.operator, f.operator, { max: OPERATOR_MAX, required: false });
  checkText(e, 'intro', L.intro, f.intro, { max: STATION_INTRO_MAX, required: false });
  return e;
}
