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
  switch (e.keyword) {
    case 'required':
      return vi ? `thiếu trường "${field}"` : `"${field}" is required`;
    case 'minLength':
      return vi ? `"${field}" quá ngắn (tối thiểu ${params.limit} ký tự)` : `"${field}" is too short (at least ${params.limit})`;
    case 'maxLength':
      return vi ? `"${field}" quá dài (tối đa ${params.limit} ký tự)` : `"${field}" is too long (at most ${params.limit})`;
    case 'pattern':
    case 'format':
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
