/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from a
 * 31-symbol alphabet (no I, O, Z, S, V); the last one is a check character.
 */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export function creditCodeCheckChar(first17: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(first17[i] ?? '');
    if (v < 0) return null;
    sum += v * WEIGHTS[i]!;
  }
  const c = 31 - (sum % 31);
  return ALPHABET[c === 31 ? 0 : c]!;
}

/** Characters of a credit code: the most a credit-code field takes. */
export const CREDIT_CODE_LENGTH = 18;
const CODE_SHAPE = new RegExp(`^[0-9A-HJ-NPQRTUWXY]{${CREDIT_CODE_LENGTH}}$`);

export function isValidCreditCode(code: string): boolean {
  if (!CODE_SHAPE.test(code)) return false;
  return creditCodeCheckChar(code.slice(0, 17)) === code[17];
}
