/** A typed call of one action: input and output types come from the contract. */
import type { ActionName, FunctionName, InputOf, OutputOf } from '@core/contract';
import { callFunction } from './transport';

export function call<F extends FunctionName, A extends ActionName<F>>(fn: F, action: A) {
  return (input: InputOf<F, A>): Promise<OutputOf<F, A>> =>
    callFunction<OutputOf<F, A>>(fn, { ...(input as Record<string, unknown>), action });
}

/** A fresh id per user intent (one form submission), reused when that submission is retried. */
export function newRequestId(): string {
  const bytes = new Uint8Array(12);
  const c = (globalThis as { crypto?: { getRandomValues?: (a: Uint8Array) => Uint8Array } }).crypto;
  if (c?.getRandomValues) c.getRandomValues(bytes);
  else for (let i = 0; i < bytes.length; i++) bytes[i] = Math.floor(Math.random() * 256);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}
