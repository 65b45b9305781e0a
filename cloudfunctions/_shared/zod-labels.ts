/** Turns zod issues into the INVALID_INPUT body: Chinese messages that name the field. */
import { z } from 'zod';
import { AppError } from '../../core/errors';
import { ownEntry } from '../../core/own';

type AnySchema = z.ZodType & { description?: string };

function innerOf(schema: AnySchema): AnySchema | null {
  const def = (schema as unknown as { _zod: { def: { innerType?: AnySchema; in?: AnySchema } } })._zod.def;
  return def.innerType ?? def.in ?? null;
}

function unwrap(schema: AnySchema): AnySchema {
  let s = schema;
  for (let inner = innerOf(s); inner; inner = innerOf(s)) s = inner;
  return s;
}

function describedAs(schema: AnySchema): string | undefined {
  for (let s: AnySchema | null = schema; s; s = innerOf(s)) if (s.description) return s.description;
  return undefined;
}

/** A union's field (an assignee's `name` when it is an agency): the first object option that has it. */
function optionField(options: AnySchema[], key: string): AnySchema | undefined {
  for (const option of options) {
    const base = unwrap(option);
    const field = base instanceof z.ZodObject ? ownEntry(base.shape as Record<string, AnySchema>, key) : undefined;
    if (field) return field;
  }
  return undefined;
}

/** The Chinese label of the field at `path`, or the path itself when unlabelled. */
export function labelAt(root: z.ZodType, path: ReadonlyArray<PropertyKey>): string {
  let s: AnySchema | undefined = root as AnySchema;
  let label: string | undefined;
  for (const key of path) {
    if (!s) break;
    const base = unwrap(s);
    if (base instanceof z.ZodObject) s = ownEntry(base.shape as Record<string, AnySchema>, String(key));
    else if (base instanceof z.ZodArray) s = base.element as AnySchema;
    else if (base instanceof z.ZodUnion) s = optionField(base.options as AnySchema[], String(key));
    else s = undefined;
    if (s) label = describedAs(s) ?? label;
  }
  return label ?? path.map(String).join('.');
}

export function invalidInput(schema: z.ZodType, error: z.ZodError): AppError {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = issue.path.map(String).join('.') || '_';
    if (ownEntry(fields, key) !== undefined) continue;
    const label = issue.path.length ? labelAt(schema, issue.path) : '';
    fields[key] = label ? `${label}：${issue.message}` : issue.message;
  }
  const first = Object.values(fields)[0] ?? '填写的内容有误';
  const more = Object.keys(fields).length > 1 ? `（另有 ${Object.keys(fields).length - 1} 处需修改）` : '';
  return new AppError('INVALID_INPUT', `${first}${more}`, fields);
}
