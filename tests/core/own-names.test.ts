/**
 * Names from a request (function, action, timer, field) are looked up among a table's own
 * entries only: `constructor`, `__proto__`, `toString`, … must read as "unknown", never as the
 * built-in every object inherits (issue 9 part 3).
 */
import { contractOf } from '../../core/contract';
import { account } from '../../core/contract';
import { ROLE, labelOf } from '../../core/enums';
import { AppError } from '../../core/errors';
import { ownEntry } from '../../core/own';
import { accessOf, authorizeAction, authorizeTarget } from '../../core/policy';
import { labelAt } from '../../cloudfunctions/_shared/zod-labels';
import { contentTypeOf } from '../../cloudfunctions/_shared/cloudbase/files';

const INHERITED = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'isPrototypeOf'];
const caller = { userId: 'u1', displayName: '测试', memberships: [], acting: null };

/** The code of the AppError `work` throws; anything else (a TypeError) fails the test. */
function codeThrownBy(work: () => void): string {
  try {
    work();
  } catch (e) {
    if (e instanceof AppError) return e.code;
    throw e;
  }
  return 'nothing thrown';
}

describe('ownEntry', () => {
  it('finds own entries and nothing an object inherits', () => {
    const table = { me: 1, list: 2 };
    expect(ownEntry(table, 'me')).toBe(1);
    for (const name of INHERITED) expect([name, ownEntry(table, name)]).toEqual([name, undefined]);
  });
});

describe('contractOf and accessOf know only the functions and actions they list', () => {
  it.each(INHERITED)('treats %s as an unknown function', (name) => {
    for (const action of ['keys', 'me', ...INHERITED]) {
      expect([name, action, contractOf(name, action)]).toEqual([name, action, null]);
      expect([name, action, accessOf(name, action)]).toEqual([name, action, null]);
    }
  });

  it.each(INHERITED)('treats %s as an unknown action of a known function', (name) => {
    expect(contractOf('account', name)).toBeNull();
    expect(accessOf('account', name)).toBeNull();
  });

  it('still finds the real ones', () => {
    expect(contractOf('account', 'me')).toBe(account.me);
    expect(accessOf('directory', 'listStations')).toBe('public');
  });

  it.each(INHERITED)('refuses %s with FORBIDDEN (an AppError), never a TypeError', (name) => {
    for (const [fn, action] of [
      [name, 'keys'],
      ['account', name],
    ] as const) {
      for (const who of [null, caller]) {
        expect([fn, action, codeThrownBy(() => authorizeAction(fn, action, who))]).toEqual([fn, action, 'FORBIDDEN']);
        expect([fn, action, codeThrownBy(() => authorizeTarget(fn, action, who, {}))]).toEqual([
          fn,
          action,
          'FORBIDDEN',
        ]);
      }
    }
  });
});

describe('labels looked up by name', () => {
  it('labels an inherited name as itself, not as a built-in', () => {
    for (const name of INHERITED) expect(labelOf(ROLE, name)).toBe(name);
    expect(labelOf(ROLE, 'chief')).toBe('站长');
  });

  it('names an inherited field path by its path', () => {
    expect(labelAt(account.createCompany.input, ['constructor', 'x'])).toBe('constructor.x');
    expect(labelAt(account.createCompany.input, ['toString'])).toBe('toString');
  });
});

describe('content types looked up by a file name’s extension (CloudBase files)', () => {
  it('gives an inherited extension the generic type, not a built-in', () => {
    for (const name of INHERITED) expect(contentTypeOf(`uploads/u1/a.${name}`)).toBe('application/octet-stream');
    expect(contentTypeOf('uploads/u1/a.PDF')).toBe('application/pdf');
  });
});
