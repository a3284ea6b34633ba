// The demo's time: everything that depends on "today" is computed from the anchor date generateDemo is
// given (DEMO_TODAY by default, the app passes todayVn()). The months of the meeting history, the
// current and the next month, and the shift that moves the story's recent dates along with today.
// Also the lunar new year (Tết) the meeting calendar follows.
import { addDays, addMonths, daysBetween, isIsoDate, parseIsoDate, vnLocalToInstant, type IsoDate } from '../../domain/dates';
import type { DemoData } from './types';
import { DEMO_TODAY } from './story';

/** The earliest anchor: the story's fixed history (transfers, the 2025 congresses, overseers since September 2025) must lie before it. */
export const MIN_DEMO_TODAY = '2026-01-01';

/** Number of full months of held meetings before today's month. */
export const HISTORY_MONTHS = 18;

export interface DemoCalendar {
  today: IsoDate;
  /** The demo's "now": 07:00 Vietnam time on today, as an ISO instant. Nothing the demo records happens later. */
  now: string;
  /** Days from DEMO_TODAY to today: the story's recent dates (admissions, exemptions, …) move by this much. */
  shiftDays: number;
  /** The 18 full months before today's month, 'YYYY-MM', oldest first. */
  history: string[];
  /** Today's month: meetings before today are held, the others planned. */
  current: string;
  /** The month after today's month. */
  next: string;
}

export const ym = (year: number, month: number): string => `${year}-${String(month).padStart(2, '0')}`;
export const ymAdd = (m: string, n: number): string => {
  const r = addMonths(Number(m.slice(0, 4)), Number(m.slice(5, 7)), n);
  return ym(r.year, r.month);
};
export const monthOfYm = (m: string): number => Number(m.slice(5, 7));
export const yearOfYm = (m: string): number => Number(m.slice(0, 4));

export function demoCalendar(today: IsoDate = DEMO_TODAY): DemoCalendar {
  if (!isIsoDate(today)) throw new RangeError(`Invalid demo date: ${String(today)}`);
  if (today < MIN_DEMO_TODAY) throw new RangeError(`The demo starts from ${MIN_DEMO_TODAY}: ${today}`);
  const { year, month } = parseIsoDate(today);
  const current = ym(year, month);
  return {
    today,
    now: vnLocalToInstant(today, '07:00').toISOString(),
    shiftDays: daysBetween(DEMO_TODAY, today),
    history: Array.from({ length: HISTORY_MONTHS }, (_, i) => ymAdd(current, i - HISTORY_MONTHS)),
    current,
    next: ymAdd(current, 1),
  };
}

/** A recent date of the story (as it reads on DEMO_TODAY) moved along with today. */
export function shift(cal: DemoCalendar, d: IsoDate): IsoDate {
  return cal.shiftDays === 0 ? d : addDays(d, cal.shiftDays);
}

/** Tết Nguyên đán (first day of the lunar year, Vietnam), by year. */
const TET: Record<number, string> = {
  2024: '02-10', 2025: '01-29', 2026: '02-17', 2027: '02-06', 2028: '01-26', 2029: '02-13', 2030: '02-03', 2031: '01-23',
  2032: '02-11', 2033: '01-31', 2034: '02-19', 2035: '02-08', 2036: '01-28', 2037: '02-15', 2038: '02-04', 2039: '01-24',
  2040: '02-12',
};

export function tetOf(year: number): IsoDate | null {
  return TET[year] ? `${year}-${TET[year]}` : null;
}

const STEMS = ['Canh', 'Tân', 'Nhâm', 'Quý', 'Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ'];
const BRANCHES = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'];

/** The lunar year's name: 2026 → 'Bính Ngọ'. */
export function canChi(year: number): string {
  return `${STEMS[((year % 10) + 10) % 10]} ${BRANCHES[(((year - 2020) % 12) + 12) % 12]}`;
}

/** Days off for Tết as cells keep them: from the last day of the old year to the 5th of the new. */
export function inTetHoliday(d: IsoDate): boolean {
  const tet = tetOf(Number(d.slice(0, 4)));
  return tet !== null && d >= addDays(tet, -1) && d <= addDays(tet, 4);
}

/** Rằm tháng Giêng (the 15th of the first lunar month), the spring festival of the villages. */
export function ramThangGieng(year: number): IsoDate | null {
  const tet = tetOf(year);
  return tet && addDays(tet, 14);
}

/**
 * The day of the demo's last held meeting (held or approved), from the history the meetings module was given: the
 * year's work (plans, training, supervision, reviews) is dated from it. null when no meeting was held.
 */
export function lastHeldMeetingDate(data: Pick<DemoData, 'meetings'>): IsoDate | null {
  let last: string | null = null;
  for (const m of data.meetings.meetings) if ((m.status === 'held' || m.status === 'approved') && (last === null || m.date > last)) last = m.date;
  return last as IsoDate | null;
}
