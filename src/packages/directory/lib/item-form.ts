/** The service item form: the seven fields of 004 §7.4.3 plus the display order. */
import type { InputOf, ServiceItem } from '@core/contract';
import { ITEM_LABELS as L } from './labels';
import { checkPhone, checkText, type FieldErrors } from './validate';
import {
  ITEM_NAME_MAX,
  ITEM_ORDER_MAX,
  ITEM_TARGET_USERS_MAX,
  ITEM_TEXT_MAX,
  ITEM_TIME_LIMIT_MAX,
} from '@core/rules/directory-limits';

export interface ItemForm {
  name: string;
  targetUsers: string;
  content: string;
  procedure: string;
  timeLimit: string;
  consultPhone: string;
  supervisionPhone: string;
  /** Empty: the server places a new item last and keeps an edited item's place. */
  order: string;
}

export const EMPTY_ITEM_FORM: ItemForm = {
  name: '',
  targetUsers: '',
  content: '',
  procedure: '',
  timeLimit: '',
  consultPhone: '',
  supervisionPhone: '',
  order: '',
};

export function itemToForm(item: ServiceItem): ItemForm {
  return {
    name: item.name,
    targetUsers: item.targetUsers,
    content: item.content,
    procedure: item.procedure,
    timeLimit: item.timeLimit,
    consultPhone: item.consultPhone,
    supervisionPhone: item.supervisionPhone,
    order: String(item.order),
  };
}

export type ItemFields = Omit<InputOf<'directory', 'saveServiceItem'>, 'stationId' | 'itemId' | 'clientRequestId'>;

export function formToItem(f: ItemForm): ItemFields {
  const order = f.order.trim();
  return {
    name: f.name.trim(),
    targetUsers: f.targetUsers.trim(),
    content: f.content.trim(),
    procedure: f.procedure.trim(),
    timeLimit: f.timeLimit.trim(),
    consultPhone: f.consultPhone.trim(),
    supervisionPhone: f.supervisionPhone.trim(),
    ...(order ? { order: Number(order) } : {}),
  };
}

/** A whole number of at most as many digits as ITEM_ORDER_MAX (999: 1–3 digits). */
const ORDER_DIGITS = new RegExp(`^\\d{1,${String(ITEM_ORDER_MAX).length}}$`);

export function validateItem(f: ItemForm): FieldErrors {
  const e: FieldErrors = {};
  checkText(e, 'name', L.name, f.name, { max: ITEM_NAME_MAX });
  checkText(e, 'targetUsers', L.targetUsers, f.targetUsers, { max: ITEM_TARGET_USERS_MAX });
  checkText(e, 'content', L.content, f.content, { max: ITEM_TEXT_MAX });
  checkText(e, 'procedure', L.procedure, f.procedure, { max: ITEM_TEXT_MAX });
  checkText(e, 'timeLimit', L.timeLimit, f.timeLimit, { max: ITEM_TIME_LIMIT_MAX });
  checkPhone(e, 'consultPhone', L.consultPhone, f.consultPhone);
  checkPhone(e, 'supervisionPhone', L.supervisionPhone, f.supervisionPhone);
  const order = f.order.trim();
  if (order && !ORDER_DIGITS.test(order)) e.order = `${L.order}：请填写 0–${ITEM_ORDER_MAX} 的整数`;
  return e;
}
