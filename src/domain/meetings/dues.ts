import { RuleError } from './errors';

// Party dues (QĐ 342-QĐ/TW 2010; HD 03-HD/VPTW 2016). Rates are settings; the software suggests the
// expected amount, the cell records what was actually paid.

export type DuesCategory = 'salaried' | 'pensioner' | 'working_age' | 'outside_working_age';
export type DuesArea = 'city_inner' | 'provincial_urban' | 'other' | 'mountainous';

export type DuesRates = {
  /** % of salary (the salary and allowances on which social insurance is paid). */
  salariedPercent: number;
  /** % of the pension. */
  pensionerPercent: number;
  /** Monthly amount in đồng for members of working age without a salary. */
  fixedByArea: Record<DuesArea, number>;
  /** Members outside working age pay this share of the amount of their area. */
  outsideWorkingAgeFactor: number;
};

export const DEFAULT_DUES_RATES: Readonly<DuesRates> = {
  salariedPercent: 1,
  pensionerPercent: 0.5,
  fixedByArea: { city_inner: 10_000, provincial_urban: 8_000, other: 6_000, mountainous: 4_000 },
  outsideWorkingAgeFactor: 0.5,
};

/**
 * Expected monthly dues in whole đồng: percentages of `baseAmount` rounded to the nearest 100 đ,
 * fixed amounts exact.
 */
export function expectedDues(
  category: DuesCategory,
  input: { area?: DuesArea; baseAmount?: number },
  rates: DuesRates = DEFAULT_DUES_RATES,
): number {
  if (category === 'salaried' || category === 'pensioner') {
    const base = input.baseAmount;
    if (base === undefined) {
      throw new RuleError('dues_base_required', { category });
    }
    if (!Number.isFinite(base) || base < 0) {
      throw new RuleError('dues_base_invalid', { baseAmount: base });
    }
    const percent = category === 'salaried' ? rates.salariedPercent : rates.pensionerPercent;
    // Work in basis points so that 0.5% of an amount is computed on integers.
    const bp = Math.round(percent * 100);
    return Math.round((base * bp) / 1_000_000) * 100;
  }
  if (category !== 'working_age' && category !== 'outside_working_age') {
    throw new RuleError('dues_category_invalid', { category });
  }
  const area = input.area;
  if (area === undefined || !(area in rates.fixedByArea)) {
    throw new RuleError('dues_area_required', { area });
  }
  const fixed = rates.fixedByArea[area];
  return category === 'working_age' ? fixed : Math.round(fixed * rates.outsideWorkingAgeFactor);
}

/** 4000 → '4.000 đ' (Vietnamese grouping with dots). */
export function formatVnd(n: number): string {
  const rounded = Math.round(n);
  const digits = String(Math.abs(rounded)).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${rounded < 0 ? '-' : ''}${digits} đ`;
}
