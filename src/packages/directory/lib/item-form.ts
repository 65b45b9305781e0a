/** The service item form: the seven fields of 004 §7.4.3 plus the display order. */
import type { InputOf, ServiceItem } from '@core/contract';
import { ITEM_LABELS as L } from './labels';
import { checkPhone, checkText, type FieldErrors } from './validate';

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

export function validateItem(f: ItemForm): FieldErrors {
  const e: FieldErrors = {};
  checkText(e, 'name', L.name, f.name, { max: 40 });
  checkText(e, 'targetUsers', L.targetUsers, f.targetUsers, { max: 100 });
  checkText(e, 'content', L.content, f.content, { max: 500 });
  checkText(e, 'procedure', L.procedure, f.procedure, { max: 500 });
  checkText(e, 'timeLimit', L.timeLimit, f.timeLimit, { max: 40 });
  checkPhone(e, 'consultPhone', L.consultPhone, f.consultPhone);
  checkPhone(e, 'supervisionPhone', L.supervisionPhone, f.supervisionPhone);
  const order = f.order.trim();
  if (order && !/^\d{1,3}$/.test(order)) e.order = `${L.order}：请填写 0–999 的整数`;
  return e;
}
