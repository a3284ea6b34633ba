import { describe, expect, it } from 'vitest';
import { DEFAULT_DUES_RATES, expectedDues, formatVnd } from './dues';

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
