/** The local host's login API (DESIGN.md "The host's HTTP contract"); CloudBase uses OPENID instead. */
import { z } from 'zod';
import { DISPLAY_NAME_MAX, PASSWORD_MAX, PASSWORD_MIN, USERNAME_MAX, USERNAME_MIN } from '../rules/account-limits';
import { text } from './common';

export const username = z
  .string()
  .trim()
  .min(USERNAME_MIN)
  .max(USERNAME_MAX)
  .regex(/^[A-Za-z0-9_.-]+$/, { message: '只能包含字母、数字、下划线、点和连字符' })
  .describe('用户名');

export const password = z.string().min(PASSWORD_MIN).max(PASSWORD_MAX).describe('密码');

export const registerInput = z.object({ username, password, displayName: text('姓名', DISPLAY_NAME_MAX) });
export const loginInput = z.object({ username, password: z.string().min(1).max(PASSWORD_MAX).describe('密码') });

export const session = z.object({
  token: z.string(),
  user: z.object({ id: z.string(), displayName: z.string(), username: z.string() }),
  expiresAt: z.number(),
});
export type Session = z.infer<typeof session>;
