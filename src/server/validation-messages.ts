import type { FastifySchemaValidationError } from 'fastify/types/schema';
import type { Locale } from './messages';

/** Turns the first schema validation error into a sentence a user can act on, in their language. */
export function describeValidation(errors: FastifySchemaValidationError[], locale: Locale): string {
  const e = errors[0];
  if (!e) return '';
  const params = e.params as Record<string, unknown>;
  const path = (e.instancePath || '').replace(/^\//, '').replace(/\//g, '.');
  const field = String(params.missingProperty ?? path ?? '') || (locale === 'vi' ? 'dữ liệu' : 'data');
  const vi = locale === 'vi';
  const raw = (e as { data?: unknown }).data;
  const got = typeof raw === 'string' ? ` (${vi ? 'không phải' : 'not'} "${raw.slice(0, 40)}")` : '';
  switch (e.keyword) {
    case 'required':
      return vi ? `thiếu trường "${field}"` : `"${field}" is required`;
    case 'minLength':
      // Text is normalized (trimmed, zero-width characters removed) before validation: blank means empty.
      if (params.limit === 1) return vi ? `chưa ghi "${field}"` : `"${field}" is empty`;
      return vi ? `"${field}" quá ngắn (tối thiểu ${params.limit} ký tự)` : `"${field}" is too short (at least ${params.limit})`;
    case 'maxLength':
      return vi ? `"${field}" quá dài (tối đa ${params.limit} ký tự)` : `"${field}" is too long (at most ${params.limit})`;
    case 'format':
      if (params.format === 'date') {
        return vi
          ? `"${field}" phải là một ngày có thật, dạng YYYY-MM-DD, từ 01/01/1900 đến 31/12/2100${got}`
          : `"${field}" must be a real date, written YYYY-MM-DD, from 01/01/1900 to 31/12/2100${got}`;
      }
      if (params.format === 'task-due') {
        return vi
          ? `"${field}" phải là một ngày có thật (YYYY-MM-DD, từ 01/01/1900 đến 31/12/2100) hoặc "thường xuyên"${got}`
          : `"${field}" must be a real date (YYYY-MM-DD, 01/01/1900 to 31/12/2100) or "thường xuyên"${got}`;
      }
      return vi ? `"${field}" không đúng định dạng` : `"${field}" has the wrong format`;
    case 'pattern':
      return vi ? `"${field}" không đúng định dạng` : `"${field}" has the wrong format`;
    case 'minimum':
    case 'maximum':
      return vi ? `"${field}" nằm ngoài khoảng cho phép` : `"${field}" is out of range`;
    case 'type':
      return vi ? `"${field}" sai kiểu dữ liệu` : `"${field}" has the wrong type`;
    default:
      return vi ? `"${field}" không phải giá trị được chấp nhận` : `"${field}" is not an accepted value`;
  }
}
