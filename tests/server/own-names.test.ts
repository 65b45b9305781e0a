/**
 * Over HTTP, a function or action named like what every object inherits (`constructor`,
 * `__proto__`, `toString`, …) is unknown: 404 NOT_FOUND for a function, 400 INVALID_INPUT for an
 * action, with and without a session — never a 500 from reaching a built-in (issue 9 part 3).
 */
import { expectError, startTestHost, type TestHost } from '../support/host';

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf'];

let t: TestHost;
let token: string;
beforeAll(async () => {
  t = await startTestHost();
  token = await t.login('company');
});
afterAll(() => t.close());

describe.each([
  ['without a session', () => null],
  ['with a session', () => token],
])('%s', (_label, session) => {
  it.each(INHERITED)('answers POST /api/fn/%s with 404 NOT_FOUND, whatever the action', async (name) => {
    for (const action of ['keys', 'me', ...INHERITED]) {
      const reply = await t.post(`/api/fn/${encodeURIComponent(name)}`, { action }, session());
      const error = expectError(reply, 'NOT_FOUND');
      expect(error.message).toBe(`云函数「${name}」不存在`);
    }
  });

  it.each(INHERITED)('answers the action %s of a real function with 400 INVALID_INPUT', async (name) => {
    for (const fn of ['account', 'directory', 'jobs'] as const) {
      const reply = await t.post(`/api/fn/${fn}`, { action: name }, session());
      const error = expectError(reply, 'INVALID_INPUT');
      expect(error.message).toBe(`未知的操作「${name}」`);
    }
  });
});

it('logs no internal error for any of them', () => {
  expect(t.logs.errors()).toEqual([]);
});
