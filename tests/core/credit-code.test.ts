import { creditCodeCheckChar, isValidCreditCode } from '../../core/rules/credit-code';
import { DEMO_CREDIT_CODE } from '../../server/demo';

describe('unified social credit code (GB 32100-2015)', () => {
  it.each([
    ['Tencent, with X in the body and G as check', '9144030071526726XG'],
    ['Alibaba', '91330100716105852F'],
    ['Huawei, with a digit check', '914403001922038216'],
    ['Xiaomi', '91110108551385082Q'],
  ])('accepts a real registered code (%s)', (_who, code) => {
    expect(isValidCreditCode(code)).toBe(true);
  });

  it('accepts the demo company code the host seeds', () => {
    expect(DEMO_CREDIT_CODE).toHaveLength(18);
    expect(isValidCreditCode(DEMO_CREDIT_CODE)).toBe(true);
  });

  it('rejects a code whose check character is wrong', () => {
    expect(isValidCreditCode('91330100716105852G')).toBe(false);
    expect(isValidCreditCode('914403001922038217')).toBe(false);
  });

  it('rejects a single mistyped character in the body', () => {
    expect(isValidCreditCode('91330100716105853F')).toBe(false);
  });

  it.each([
    ['17 characters', '9133010071610585F'],
    ['19 characters', '91330100716105852FF'],
    ['empty', ''],
  ])('rejects the wrong length (%s)', (_what, code) => {
    expect(isValidCreditCode(code)).toBe(false);
  });

  it.each(['I', 'O', 'Z', 'S', 'V'])('rejects the letter %s, which the code alphabet leaves out', (letter) => {
    const base = `9111010800000000${letter}`;
    expect(creditCodeCheckChar(base)).toBeNull();
    for (const check of '0123456789ABCDEFGHJKLMNPQRTUWXY') expect(isValidCreditCode(base + check)).toBe(false);
  });

  it('rejects lower case (the contract upper-cases input before checking)', () => {
    expect(isValidCreditCode('9144030071526726xg')).toBe(false);
  });

  it('computes 0 as the check character when the weighted sum is a multiple of 31', () => {
    // 17 zeros: sum 0 → 31 - 0 = 31 → check character "0".
    expect(creditCodeCheckChar('00000000000000000')).toBe('0');
  });
});
