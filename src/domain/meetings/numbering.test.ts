import { describe, expect, it } from 'vitest';
import { DEFAULT_NUMBERING_BY, formatDocNumber, nextNumber, numberingScope, numbersCountedInScope, TERM_UNSET_SCOPE } from './numbering';

describe('formatDocNumber (HD 36-HD/VPTW)', () => {
  it('pads to two digits and grows beyond', () => {
    expect(formatDocNumber(1, 'BB')).toBe('Số 01-BB/CB');
    expect(formatDocNumber(5, 'BB')).toBe('Số 05-BB/CB');
    expect(formatDocNumber(9, 'NQ')).toBe('Số 09-NQ/CB');
    expect(formatDocNumber(10, 'NQ')).toBe('Số 10-NQ/CB');
    expect(formatDocNumber(100, 'TB', 'ĐU')).toBe('Số 100-TB/ĐU');
  });
  it('refuses zero, negative and fractional numbers', () => {
    expect(() => formatDocNumber(0, 'BB')).toThrowError(expect.objectContaining({ code: 'invalid_doc_number' }));
    expect(() => formatDocNumber(-3, 'BB')).toThrowError(expect.objectContaining({ code: 'invalid_doc_number' }));
    expect(() => formatDocNumber(1.5, 'BB')).toThrowError(expect.objectContaining({ code: 'invalid_doc_number' }));
    expect(() => formatDocNumber(1, 'XX' as 'BB')).toThrowError(expect.objectContaining({ code: 'invalid_doc_type' }));
  });
});

describe('nextNumber', () => {
  it('starts at 1 and continues from the highest number', () => {
    expect(nextNumber([])).toBe(1);
    expect(nextNumber([1, 2, 3])).toBe(4);
    expect(nextNumber([3, 1])).toBe(4);
  });
  it('never reuses a voided number, nor fills gaps', () => {
    expect(nextNumber([1, 2], [3])).toBe(4);
    expect(nextNumber([1, 4], [2, 3])).toBe(5);
    expect(nextNumber([1, 2, 5])).toBe(6);
  });
  it('refuses invalid stored numbers', () => {
    expect(() => nextNumber([1, 0])).toThrowError(expect.objectContaining({ code: 'invalid_doc_number' }));
  });
});

describe('numberingScope', () => {
  it('keys by calendar year', () => {
    expect(numberingScope({ by: 'year', date: '2022-01-10' })).toBe('year:2022');
    expect(numberingScope({ by: 'year', date: '2022-12-31' })).toBe(numberingScope({ by: 'year', date: '2022-01-01' }));
  });
  it('keys by term start', () => {
    expect(numberingScope({ by: 'term', date: '2022-01-10', termStart: '2020-08-15' })).toBe('term:2020-08-15');
    expect(() => numberingScope({ by: 'term', date: '2022-01-10', termStart: '2020-13-01' })).toThrowError(
      expect.objectContaining({ code: 'term_start_required' }),
    );
    expect(() => numberingScope({ by: 'term', date: '2020-01-10', termStart: '2020-08-15' })).toThrowError(
      expect.objectContaining({ code: 'date_before_term' }),
    );
    expect(() => numberingScope({ by: 'year', date: '2022-02-30' })).toThrowError(expect.objectContaining({ code: 'invalid_date' }));
  });
});

describe('numbering by term (HD 36-HD/VPTW)', () => {
  it('is the default', () => {
    expect(DEFAULT_NUMBERING_BY).toBe('term');
  });
  it('runs on from the first number while the term start is not set', () => {
    expect(numberingScope({ by: 'term', date: '2022-01-10' })).toBe(TERM_UNSET_SCOPE);
    expect(numberingScope({ by: 'term', date: '2027-12-10', termStart: null })).toBe(TERM_UNSET_SCOPE);
  });
  it('continues after the numbers issued in the term before its start was set, never repeating one', () => {
    const scope = numberingScope({ by: 'term', date: '2025-09-10', termStart: '2025-07-01' });
    expect(numbersCountedInScope(scope, { scope: TERM_UNSET_SCOPE, date: '2025-08-10' })).toBe(true);
    expect(numbersCountedInScope(scope, { scope: TERM_UNSET_SCOPE, date: '2025-06-10' })).toBe(false);
    expect(numbersCountedInScope(scope, { scope: 'term:2025-07-01', date: '2025-07-10' })).toBe(true);
    expect(numbersCountedInScope(scope, { scope: 'year:2025', date: '2025-08-10' })).toBe(false);
    expect(numbersCountedInScope('year:2025', { scope: TERM_UNSET_SCOPE, date: '2025-08-10' })).toBe(false);
  });
});
