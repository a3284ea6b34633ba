import { isIsoDate, parseIsoDate, type IsoDate } from '../dates';
import { RuleError } from './errors';

// HD 36-HD/VPTW 2018: abbreviations of party document types (those a cell or commune office issues).
export const DOC_TYPE_LABELS = {
  BB: 'Biên bản',
  NQ: 'Nghị quyết',
  QĐ: 'Quyết định',
  KL: 'Kết luận',
  TB: 'Thông báo',
  KH: 'Kế hoạch',
  CTr: 'Chương trình',
  BC: 'Báo cáo',
  TTr: 'Tờ trình',
  HD: 'Hướng dẫn',
  CV: 'Công văn',
} as const;

export type DocTypeCode = keyof typeof DOC_TYPE_LABELS;

function checkSeq(n: unknown): asserts n is number {
  if (typeof n !== 'number' || !Number.isInteger(n) || n < 1) {
    throw new RuleError('invalid_doc_number', { value: n });
  }
}

/**
 * HD 36-HD/VPTW: "Số 05-BB/CB" — at least two digits, more from 100. The issuer suffix of a cell ("CB")
 * is not confirmed nationally (TEMPLATES.md), hence a parameter.
 */
export function formatDocNumber(seq: number, typeCode: DocTypeCode, issuerSuffix = 'CB'): string {
  checkSeq(seq);
  if (!(typeCode in DOC_TYPE_LABELS)) {
    throw new RuleError('invalid_doc_type', { typeCode });
  }
  if (issuerSuffix.trim() === '') {
    throw new RuleError('invalid_issuer_suffix');
  }
  return `Số ${String(seq).padStart(2, '0')}-${typeCode}/${issuerSuffix}`;
}

/**
 * Next number in a scope: one above every number ever issued, voided ones included, so a number
 * is never reused (TEMPLATES.md "Numbering"). Gaps are not filled.
 */
export function nextNumber(issued: readonly number[], voided: readonly number[] = []): number {
  let max = 0;
  for (const n of [...issued, ...voided]) {
    checkSeq(n);
    if (n > max) max = n;
  }
  return max + 1;
}

export type NumberingBy = 'year' | 'term';

/**
 * Key of the numbering sequence a document falls in: numbers restart each committee term (HD 36-HD/VPTW),
 * or each year where the committee so decides. `termStart` is the first day of the current term.
 */
export function numberingScope(input: { by: NumberingBy; date: IsoDate; termStart?: IsoDate }): string {
  const { by, date, termStart } = input;
  if (!isIsoDate(date)) throw new RuleError('invalid_date', { field: 'date', value: date });
  if (by === 'year') return `year:${parseIsoDate(date).year}`;
  if (by !== 'term') throw new RuleError('invalid_numbering_scope', { by });
  if (!isIsoDate(termStart)) {
    throw new RuleError('term_start_required', { termStart });
  }
  if (date < termStart) {
    throw new RuleError('date_before_term', {
      date,
      termStart,
    });
  }
  return `term:${termStart}`;
}
