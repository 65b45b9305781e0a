import { z } from 'zod';
import { account, directory } from '../../core/contract';
import { labelAt, invalidInput } from '../../cloudfunctions/_shared/zod-labels';

function errorOf(schema: z.ZodType, input: unknown): z.ZodError {
  const r = schema.safeParse(input);
  if (r.success) throw new Error('expected the input to be refused');
  return r.error;
}

describe('labelAt: the Chinese name of a field', () => {
  it('names top-level fields by their label', () => {
    expect(labelAt(account.createCompany.input, ['creditCode'])).toBe('统一社会信用代码');
    expect(labelAt(account.createCompany.input, ['contactMobile'])).toBe('联系人手机');
    expect(labelAt(directory.saveServiceItem.input, ['supervisionPhone'])).toBe('监督电话');
  });

  it('sees through optional and defaulted fields', () => {
    expect(labelAt(directory.listStations.input, ['district'])).toBe('所在区');
    expect(labelAt(account.listInvitations.input, ['pageSize'])).toBe('每页条数');
    expect(labelAt(directory.updateStation.input, ['intro'])).toBe('简介');
  });

  it('names an element of a list by the list element label', () => {
    expect(labelAt(directory.updateStation.input, ['keyIndustries', 3])).toBe('重点产业');
  });

  it('falls back to the path for a field it does not know', () => {
    expect(labelAt(directory.updateStation.input, ['nonsense', 'deep'])).toBe('nonsense.deep');
  });
});

describe('invalidInput: the INVALID_INPUT answer', () => {
  it('names every wrong field with its Chinese label and a message saying what to fix', () => {
    const schema = account.createCompany.input;
    const e = invalidInput(
      schema,
      errorOf(schema, {
        clientRequestId: 'request-0001',
        name: '甲',
        creditCode: '123',
        district: 'haidian',
        stationId: 'st-haidian-zgc',
        contactName: '陈',
        contactMobile: '12345',
      }),
    );
    expect(e.code).toBe('INVALID_INPUT');
    expect(e.fields).toEqual({
      name: '企业名称：至少 2 个字',
      creditCode: '统一社会信用代码：应为18位，且校验位正确',
      contactMobile: '联系人手机：格式不正确',
    });
    expect(e.message).toBe('企业名称：至少 2 个字（另有 2 处需修改）');
  });

  it('says a missing field is required', () => {
    const schema = account.updateProfile.input;
    const e = invalidInput(schema, errorOf(schema, {}));
    expect(e.fields).toEqual({ displayName: '姓名：必填' });
    expect(e.message).toBe('姓名：必填');
  });

  it('says which option list a bad enum value came from', () => {
    const schema = account.createInvitation.input;
    const e = invalidInput(
      schema,
      errorOf(schema, { clientRequestId: 'request-0001', stationId: 'st-1', role: 'admin' }),
    );
    expect(e.fields).toEqual({ role: '角色：请选择有效的选项' });
  });

  it('names the element of a list that is too long', () => {
    const schema = z.object({ tags: z.array(z.string().max(2).describe('标签')).describe('标签列表') });
    const e = invalidInput(schema, errorOf(schema, { tags: ['ok', 'too long'] }));
    expect(e.fields).toEqual({ 'tags.1': '标签：最多 2 个字' });
  });

  it('keeps a top-level problem without a field name', () => {
    const schema = z.object({ a: z.string() });
    const e = invalidInput(schema, errorOf(schema, 'not an object'));
    expect(Object.keys(e.fields ?? {})).toEqual(['_']);
    expect(e.message).toBe('格式不正确');
  });
});
