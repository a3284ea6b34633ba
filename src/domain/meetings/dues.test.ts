import { describe, expect, it } from 'vitest';
import { checkDuesBase, checkUnpaidReason, DEFAULT_DUES_RATES, duesArrears, duesBaseApplies, duesMonthUnpaid, duesWarnings, expectedDues, formatVnd, monthsOfMask } from './dues';

describe('expectedDues (QĐ 342-QĐ/TW, HD 03-HD/VPTW)', () => {
  it('takes 1% of a salary, rounded to the nearest 100 đ', () => {
    expect(expectedDues('salaried', { baseAmount: 5_450_000 })).toBe(54_500);
    expect(expectedDues('salaried', { baseAmount: 4_212_345 })).toBe(42_100);
    expect(expectedDues('salaried', { baseAmount: 4_215_000 })).toBe(42_200); // 42,150 rounds up
  });
  it('takes 0.5% of a pension', () => {
    expect(expectedDues('pensioner', { baseAmount: 6_000_000 })).toBe(30_000);
    expect(expectedDues('pensioner', { baseAmount: 4_990_000 })).toBe(25_000); // 24,950 → 25,000
    expect(expectedDues('pensioner', { baseAmount: 4_989_000 })).toBe(24_900); // 24,945 → 24,900
  });
  it('uses the fixed amount of the area for working age, half outside it', () => {
    expect(expectedDues('working_age', { area: 'city_inner' })).toBe(10_000);
    expect(expectedDues('working_age', { area: 'provincial_urban' })).toBe(8_000);
    expect(expectedDues('working_age', { area: 'other' })).toBe(6_000);
    expect(expectedDues('working_age', { area: 'mountainous' })).toBe(4_000);
    expect(expectedDues('outside_working_age', { area: 'mountainous' })).toBe(2_000);
    expect(expectedDues('outside_working_age', { area: 'city_inner' })).toBe(5_000);
  });
  it('takes the rates as a setting', () => {
    const rates = { ...DEFAULT_DUES_RATES, fixedByArea: { ...DEFAULT_DUES_RATES.fixedByArea, mountainous: 5_000 } };
    expect(expectedDues('working_age', { area: 'mountainous' }, rates)).toBe(5_000);
    expect(expectedDues('salaried', { baseAmount: 5_000_000 }, { ...DEFAULT_DUES_RATES, salariedPercent: 2 })).toBe(100_000);
  });
  it('refuses missing inputs with stable codes', () => {
    expect(() => expectedDues('salaried', {})).toThrowError(expect.objectContaining({ code: 'dues_base_required' }));
    expect(() => expectedDues('pensioner', { baseAmount: -1 })).toThrowError(expect.objectContaining({ code: 'dues_base_invalid' }));
    expect(() => expectedDues('working_age', {})).toThrowError(expect.objectContaining({ code: 'dues_area_required' }));
  });
});

describe('formatVnd', () => {
  it('groups thousands with dots', () => {
    expect(formatVnd(4000)).toBe('4.000 đ');
    expect(formatVnd(0)).toBe('0 đ');
    expect(formatVnd(999)).toBe('999 đ');
    expect(formatVnd(1_234_567)).toBe('1.234.567 đ');
    expect(formatVnd(-54_500)).toBe('-54.500 đ');
  });
});

describe('valid reasons, declared bases and warning lists (QĐ 342-QĐ/TW; Charter)', () => {
  const month = (m: number, paid: number | null, excused = false) => ({ year: 2026, month: m, expected: 4000, paid, excused });
  it('does not count a month the cell excused for a valid reason, neither owed nor towards removal', () => {
    const r = duesArrears([month(3, null), month(4, null, true), month(5, 0, true), month(6, null)], 2026);
    expect(r).toEqual({ arrears: 8000, unpaidMonths: [3, 6], level: 'warning' });
    expect(duesArrears([month(3, null), month(4, null), month(6, null)], 2026).level).toBe('flag');
  });
  it('asks for the reason when a month is excused', () => {
    expect(() => checkUnpaidReason({ reasonAccepted: true, unpaidReason: '  ' })).toThrowError(expect.objectContaining({ code: 'dues_reason_required' }));
    expect(() => checkUnpaidReason({ reasonAccepted: true, unpaidReason: 'Ốm nằm viện cả tháng' })).not.toThrow();
    expect(() => checkUnpaidReason({ reasonAccepted: false, unpaidReason: null })).not.toThrow();
  });
  it('takes a declared base only from salaried members and pensioners', () => {
    expect(duesBaseApplies('pensioner')).toBe(true);
    expect(duesBaseApplies('working_age')).toBe(false);
    expect(() => checkDuesBase('salaried', 5_000_000)).not.toThrow();
    expect(() => checkDuesBase('working_age', null)).not.toThrow();
    expect(() => checkDuesBase('working_age', 3_000_000)).toThrowError(expect.objectContaining({ code: 'dues_base_not_applicable' }));
    expect(() => checkDuesBase('pensioner', -5)).toThrowError(expect.objectContaining({ code: 'dues_base_invalid' }));
  });
  it('lists the members under warning or flag, flagged first, with the months that count', () => {
    const who = (personId: string, months: ReturnType<typeof month>[]) => ({ personId, name: personId, orgId: 'c', orgName: 'Chi bộ', months });
    const list = duesWarnings([
      who('a', [month(1, null), month(2, null)]),
      who('b', [month(1, null), month(2, null), month(3, 1000)]),
      who('c', [month(1, null), month(2, 4000)]),
      who('d', [month(1, null), month(2, null, true)]),
    ], 2026);
    expect(list.map((x) => [x.personId, x.level, x.unpaidMonths])).toEqual([['b', 'flag', [1, 2, 3]], ['a', 'warning', [1, 2]]]);
  });
});

describe('one month under the dues rule (duesMonthUnpaid), as the database keeps it', () => {
  it('counts a month with nothing recorded, nothing paid, or less than the recorded expected amount, unless excused', () => {
    expect(duesMonthUnpaid({ paid: null, expected: null })).toBe(true);
    expect(duesMonthUnpaid({ paid: null, expected: null, excused: true })).toBe(false);
    expect(duesMonthUnpaid({ paid: 0, expected: null })).toBe(true);
    expect(duesMonthUnpaid({ paid: 0, expected: 4000, excused: true })).toBe(false);
    expect(duesMonthUnpaid({ paid: 2000, expected: 4000 })).toBe(true);
    expect(duesMonthUnpaid({ paid: 4000, expected: 4000 })).toBe(false);
    // A pensioner's month recorded without an expected amount: what was paid is what was owed.
    expect(duesMonthUnpaid({ paid: 10_000, expected: null })).toBe(false);
  });
  it('reads the months kept as bits', () => {
    expect(monthsOfMask((1 << 1) | (1 << 3) | (1 << 12))).toEqual([1, 3, 12]);
    expect(monthsOfMask((1 << 1) | (1 << 3) | (1 << 12), 3)).toEqual([1, 3]);
  });
});

