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
 * HD 36-HD/VPTW 2018: a party committee numbers each type of document from 01 within its term (nhiệm kỳ),
 * so numbering by term is the default; a unit may number by calendar year instead (a setting).
 */
export const DEFAULT_NUMBERING_BY: NumberingBy = 'term';

/**
 * The scope of a unit numbering by term whose term start is not set yet: numbers run on from the unit's first
 * number. Once the start is set, the term's sequence continues after the numbers of this scope dated in it
 * (`numbersCountedInScope`), so no number is issued twice within a term.
 */
export const TERM_UNSET_SCOPE = 'term:';

/**
 * Key of the numbering sequence a document falls in: numbers restart each committee term (HD 36-HD/VPTW),
 * or each year where the committee so decides. `termStart` is the first day of the current term.
 */
export function numberingScope(input: { by: NumberingBy; date: IsoDate; termStart?: IsoDate | null }): string {
  const { by, date, termStart } = input;
  if (!isIsoDate(date)) throw new RuleError('invalid_date', { field: 'date', value: date });
  if (by === 'year') return `year:${parseIsoDate(date).year}`;
  if (by !== 'term') throw new RuleError('invalid_numbering_scope', { by });
  if (termStart === undefined || termStart === null || termStart === '') return TERM_UNSET_SCOPE;
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

/**
 * Whether a number already issued counts in the sequence of `scope` (so the next number comes after it):
 * numbers of the same scope, and, for a term with a start date, the numbers issued before the start was set
 * (`TERM_UNSET_SCOPE`) to documents dated in the term.
 */
export function numbersCountedInScope(scope: string, issued: { scope: string; date: IsoDate }): boolean {
  if (issued.scope === scope) return true;
  if (!scope.startsWith('term:') || scope === TERM_UNSET_SCOPE || issued.scope !== TERM_UNSET_SCOPE) return false;
  return issued.date >= scope.slice('term:'.length);
}
