/** Toasts and confirmations in one place, so every page speaks the same way. */
import Taro from '@tarojs/taro';
import { messageOf } from '../services/errors';

export function toastError(e: unknown): void {
  void Taro.showToast({ title: messageOf(e), icon: 'none', duration: 3000 });
}

export function toastOk(title: string): void {
  void Taro.showToast({ title, icon: 'success', duration: 1500 });
}

/** Asks before a step that cannot be undone by the user themself. */
export async function confirm(title: string, content: string): Promise<boolean> {
  const res = await Taro.showModal({ title, content, confirmText: '确定', cancelText: '取消' });
  return res.confirm;
}

/** A short hint the user can act on (not an error from the server). */
export function toastInfo(title: string): void {
  void Taro.showToast({ title, icon: 'none', duration: 2000 });
}
