/**
 * Chinese validation messages a person can act on. zod's own zh-CN locale speaks of
 * "string >=2 字符"; ours says "至少 2 个字". Field names come from `.describe(label)`.
 */
import { z } from 'zod';

type Issue = z.core.$ZodRawIssue;

function sizeMessage(issue: Issue, kind: 'min' | 'max'): string {
  const n = Number((issue as { minimum?: number; maximum?: number })[kind === 'min' ? 'minimum' : 'maximum']);
  switch ((issue as { origin?: string }).origin) {
    case 'string':
      return kind === 'min' ? (n <= 1 ? '不能为空' : `至少 ${n} 个字`) : `最多 ${n} 个字`;
    case 'array':
    case 'set':
      return kind === 'min' ? `至少选择 ${n} 项` : `最多 ${n} 项`;
    default:
      return kind === 'min' ? `不能小于 ${n}` : `不能大于 ${n}`;
  }
}

export function chineseMessage(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined || issue.input === null ? '必填' : '格式不正确';
    case 'too_small':
      return sizeMessage(issue, 'min');
    case 'too_big':
      return sizeMessage(issue, 'max');
    case 'invalid_value':
      return '请选择有效的选项';
    case 'invalid_format':
      return '格式不正确';
    case 'not_multiple_of':
      return '数值不正确';
    case 'unrecognized_keys':
      return '包含无法识别的字段';
    case 'custom':
      return issue.message ?? '内容不正确';
    default:
      return '内容不正确';
  }
}

let configured = false;
/** Installs the Chinese messages once per process (front end and functions alike). */
export function useChineseMessages(): void {
  if (configured) return;
  configured = true;
  z.config({ customError: (issue) => chineseMessage(issue) });
}
