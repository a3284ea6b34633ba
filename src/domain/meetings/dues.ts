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

/**
 * One month of a member's dues: what was expected (null: unknown) and what was paid (null: nothing recorded);
 * `excused`: the cell accepted a valid reason for not paying that month (QĐ 342-QĐ/TW: a member in economic
 * hardship may be let off or pay less; Charter: only unpaid months *without a valid reason* count towards removal).
 */
export type DuesMonth = { year: number; month: number; expected: number | null; paid: number | null; excused?: boolean };

/** The categories whose dues are a share of a declared amount: salaried (1% of salary), pensioners (0.5% of pension). */
export const duesBaseApplies = (category: string): boolean => category === 'salaried' || category === 'pensioner';

/**
 * A member's declared dues base (members.dues_base, in đồng): the salary and allowances on which social insurance is
 * paid for a salaried member, the pension for a pensioner (QĐ 342-QĐ/TW 2010; HD 03-HD/VPTW 2016). Other members pay
 * a fixed amount by area and declare none. Null clears the base.
 */
export function checkDuesBase(category: string, base: number | null | undefined): void {
  if (base === null || base === undefined) return;
  if (!Number.isInteger(base) || base < 0) throw new RuleError('dues_base_invalid', { baseAmount: base });
  if (!duesBaseApplies(category)) throw new RuleError('dues_base_not_applicable', { category });
}

/** A month marked as not owed needs its reason written: the cell accepts a reason, not a tick. */
export function checkUnpaidReason(input: { reasonAccepted?: boolean | null; unpaidReason?: string | null }): void {
  if (input.reasonAccepted && !input.unpaidReason?.trim()) throw new RuleError('dues_reason_required');
}

/**
 * The dues rule for one month (QĐ 342-QĐ/TW: dues are paid monthly; Charter, QĐ 24/2021 kept in QĐ 294-QĐ/TW 2025):
 * a held regular meeting's month counts as unpaid unless the cell accepted a valid reason for it, when nothing was
 * recorded for the member (the cell recorded no dues that month, or none from the member), nothing was paid, or less
 * than the amount expected *as recorded for that month*. The expected amount is fixed when the month is recorded
 * (recordDues fills in the suggestion from the member's category and base); a month recorded without one (a salaried
 * member or pensioner with no declared base) is paid when something was paid. The database keeps the same rule for
 * the dashboards (member_year_months, migration 0022), built from this definition.
 */
export function duesMonthUnpaid(m: Pick<DuesMonth, 'expected' | 'paid' | 'excused'>): boolean {
  if (m.excused) return false;
  return m.paid === null || m.paid === 0 || (m.expected !== null && m.paid < m.expected);
}

/** Warning at 2 months of a year, flag at 3 (the software never removes): the same thresholds as the absence rule. */
export function duesLevel(months: number): 'ok' | 'warning' | 'flag' {
  return months >= 3 ? 'flag' : months === 2 ? 'warning' : 'ok';
}

/**
 * Arrears carried over month to month: the sum of what was expected and not paid in earlier months; the
 * months of `year` left unpaid (duesMonthUnpaid). Charter (QĐ 24/2021, kept in QĐ 294-QĐ/TW 2025): not paying for
 * 3 months in a year without a valid reason puts the member up for removal — the software warns at 2 and flags at 3.
 */
export function duesArrears(months: readonly DuesMonth[], year: number): {
  arrears: number; unpaidMonths: number[]; level: 'ok' | 'warning' | 'flag';
} {
  let arrears = 0;
  const unpaid = new Set<number>();
  for (const m of months) {
    if (!duesMonthUnpaid(m)) continue;
    arrears += Math.max((m.expected ?? 0) - (m.paid ?? 0), 0);
    if (m.year === year) unpaid.add(m.month);
  }
  const list = [...unpaid].sort((a, b) => a - b);
  return { arrears, unpaidMonths: list, level: duesLevel(list.length) };
}

/** Months 1..12 kept as bits (bit m set: month m counts), as the database stores a member's year. */
export function monthsOfMask(mask: number, upTo = 12): number[] {
  const out: number[] = [];
  for (let m = 1; m <= upTo; m++) if (mask & (1 << m)) out.push(m);
  return out;
}

/** One member's line on a unit's dues warning list. */
export type DuesWarning = {
  personId: string; name: string; orgId: string; orgName: string; arrears: number; unpaidMonths: number[]; level: 'warning' | 'flag';
};

/**
 * The members of a cell or of a whole commune under warning (2 months) or flag (3 months or more) for dues not paid
 * in `year` without a valid reason, with the months that count, flagged first. The same rule (`duesArrears`) as the
 * dues list of a meeting, so a member's months are the same on both.
 */
export function duesWarnings(
  members: readonly { personId: string; name: string; orgId: string; orgName: string; months: readonly DuesMonth[] }[],
  year: number,
): DuesWarning[] {
  const out: DuesWarning[] = [];
  for (const m of members) {
    const owed = duesArrears(m.months, year);
    if (owed.level === 'ok') continue;
    out.push({ personId: m.personId, name: m.name, orgId: m.orgId, orgName: m.orgName, arrears: owed.arrears, unpaidMonths: owed.unpaidMonths, level: owed.level });
  }
  return out.sort((a, b) => (a.level === b.level ? 0 : a.level === 'flag' ? -1 : 1) || b.unpaidMonths.length - a.unpaidMonths.length
    || a.orgName.localeCompare(b.orgName, 'vi') || a.name.localeCompare(b.name, 'vi'));
}
