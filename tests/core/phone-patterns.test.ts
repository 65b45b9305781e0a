import { MOBILE_PATTERN, PHONE_PATTERN } from '../../core/contract';

describe('PHONE_PATTERN: numbers a station publishes', () => {
  it.each([
    ['a mobile', '13800138000'],
    ['a mobile starting 19', '19912345678'],
    ['a Beijing landline with a dash', '010-12345678'],
    ['a landline without the dash', '01012345678'],
    ['a 4-digit area code and 7 digits', '0755-1234567'],
    ['a landline with an extension', '010-12345678-8001'],
    ['a 400 number with dashes', '400-810-8888'],
    ['a 400 number without dashes', '4008108888'],
    ['the 12345 hotline', '12345'],
  ])('accepts %s (%s)', (_what, phone) => {
    expect(PHONE_PATTERN.test(phone)).toBe(true);
  });

  it.each([
    ['a mobile with 10 digits', '1380013800'],
    ['a mobile starting 12', '12800138000'],
    ['a landline without its leading 0', '10-12345678'],
    ['a landline with 6 digits', '010-123456'],
    ['an extension of 7 digits', '010-12345678-1234567'],
    ['letters', '010-ABCDEFGH'],
    ['an international prefix', '+8613800138000'],
    ['spaces inside', '138 0013 8000'],
    ['110 (not a published service number)', '110'],
    ['empty', ''],
  ])('rejects %s (%s)', (_what, phone) => {
    expect(PHONE_PATTERN.test(phone)).toBe(false);
  });
});

describe('MOBILE_PATTERN: a contact person', () => {
  it.each(['13800138000', '15012345678', '18612345678', '19912345678'])('accepts %s', (m) => {
    expect(MOBILE_PATTERN.test(m)).toBe(true);
  });

  it.each([
    ['a landline', '010-12345678'],
    ['12 digits', '138001380001'],
    ['10 digits', '1380013800'],
    ['a second digit of 2', '12012345678'],
    ['the 12345 hotline', '12345'],
    ['a 400 number', '4008108888'],
  ])('rejects %s (%s)', (_what, m) => {
    expect(MOBILE_PATTERN.test(m)).toBe(false);
  });
});
