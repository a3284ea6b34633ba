// Calendar helpers for Vietnam (Asia/Ho_Chi_Minh: UTC+7 all year, no DST since 1975).
// Dates are ISO strings 'YYYY-MM-DD', local times 'HH:mm'. No date library: day numbers and Date.UTC only.
import { foldVietnamese } from './text';

export type IsoDate = string;
export type LocalTime = string;

export const VN_OFFSET_MINUTES = 420;
const MS_PER_MINUTE = 60_000;
const MS_PER_DAY = 86_400_000;

const ISO_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export type YearMonth = { year: number; month: number };
export type DateParts = { year: number; month: number; day: number };

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`Invalid year/month: ${year}-${month}`);
  }
  return month === 2 && isLeapYear(year) ? 29 : MONTH_LENGTHS[month - 1];
}

/** True for a real calendar date in 'YYYY-MM-DD' form (rejects 2022-02-30). */
/**
 * The range of dates chibo accepts anywhere (birth dates of the oldest members to plans a term ahead).
 * A date outside it is a typo (9999-12-31, 0202-05-01) and would make lists and documents unbounded.
 */
export const MIN_DATE = '1900-01-01';
export const MAX_DATE = '2100-12-31';

/** A real calendar date, written YYYY-MM-DD, between MIN_DATE and MAX_DATE: the one date the API accepts. */
export function isApiDate(s: unknown): s is IsoDate {
  return isIsoDate(s) && s >= MIN_DATE && s <= MAX_DATE;
}

/** 'Thường xuyên' (ongoing): the due date of a task that has none (TEMPLATES.md, resolution tasks). */
export const ONGOING = 'thường xuyên';

/** A task's due date: a date as above, or 'thường xuyên'. */
export function isTaskDue(s: unknown): s is string {
  return isApiDate(s) || s === ONGOING;
}

export function isIsoDate(s: unknown): s is IsoDate {
  if (typeof s !== 'string') return false;
  const m = ISO_DATE_RE.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** True for a 24-hour local time 'HH:mm' (00:00–23:59). */
export function isLocalTime(s: unknown): s is LocalTime {
  return typeof s === 'string' && LOCAL_TIME_RE.test(s);
}

export function parseIsoDate(d: IsoDate): DateParts {
  if (!isIsoDate(d)) throw new RangeError(`Invalid ISO date: ${String(d)}`);
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

export function parseLocalTime(t: LocalTime): { hour: number; minute: number } {
  if (!isLocalTime(t)) throw new RangeError(`Invalid local time: ${String(t)}`);
  return { hour: Number(t.slice(0, 2)), minute: Number(t.slice(3, 5)) };
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

export function toIsoDate(year: number, month: number, day: number): IsoDate {
  const s = `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
  if (!isIsoDate(s)) throw new RangeError(`Invalid date: ${year}-${month}-${day}`);
  return s;
}

// Day numbers relative to 1970-01-01 (Hinnant's days_from_civil); avoids Date.UTC's 0–99 year quirk.
function dayNumber({ year, month, day }: DateParts): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): DateParts {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

export function addDays(d: IsoDate, n: number): IsoDate {
  if (!Number.isInteger(n)) throw new RangeError(`Not a whole number of days: ${n}`);
  const p = fromDayNumber(dayNumber(parseIsoDate(d)) + n);
  return toIsoDate(p.year, p.month, p.day);
}

/** Whole days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return dayNumber(parseIsoDate(b)) - dayNumber(parseIsoDate(a));
}

export function addMonths(year: number, month: number, n: number): YearMonth {
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  return { year: y, month: index - y * 12 + 1 };
}

/** Calendar date in Vietnam of an instant. */
export function toVnDate(instant: Date): IsoDate {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('Invalid Date');
  const p = fromDayNumber(Math.floor((ms + VN_OFFSET_MINUTES * MS_PER_MINUTE) / MS_PER_DAY));
  return toIsoDate(p.year, p.month, p.day);
}

/** The UTC instant of a Vietnam wall-clock date and time. */
export function vnLocalToInstant(date: IsoDate, time: LocalTime): Date {
  const { hour, minute } = parseLocalTime(time);
  const minutes = dayNumber(parseIsoDate(date)) * 1440 + hour * 60 + minute - VN_OFFSET_MINUTES;
  return new Date(minutes * MS_PER_MINUTE);
}

export function todayVn(now: Date = new Date()): IsoDate {
  return toVnDate(now);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(d: IsoDate): number {
  // 1970-01-01 was a Thursday (4).
  return (((dayNumber(parseIsoDate(d)) + 4) % 7) + 7) % 7;
}

export const WEEKDAYS_VI = ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'] as const;
export const WEEKDAYS_EN = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

export function weekdayVi(d: IsoDate): string {
  return WEEKDAYS_VI[weekday(d)];
}

export function weekdayEn(d: IsoDate): string {
  return WEEKDAYS_EN[weekday(d)];
}

/** '2022-01-19' → '19/01/2022' */
export function formatDateVi(d: IsoDate): string {
  const { year, month, day } = parseIsoDate(d);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** '2022-01-19' → 'Thứ Tư, 19/01/2022' */
export function formatWeekdayDateVi(d: IsoDate): string {
  return `${weekdayVi(d)}, ${formatDateVi(d)}`;
}

/** Place-and-date line of a party document. HD 36-HD/VPTW: day and month written with two digits. */
export function formatPlaceDateLine(place: string, d: IsoDate): string {
  const { year, month, day } = parseIsoDate(d);
  return `${place}, ngày ${pad2(day)} tháng ${pad2(month)} năm ${year}`;
}

/** '19:30' → '19 giờ 30 phút' (as written in minutes: "bắt đầu lúc 19 giờ 30 phút"). */
export function formatTimeVi(t: LocalTime): string {
  const { hour, minute } = parseLocalTime(t);
  return `${pad2(hour)} giờ ${pad2(minute)} phút`;
}

/** '2022-01-19' → '19 Jan 2022' */
export function formatDateEn(d: IsoDate): string {
  const { year, month, day } = parseIsoDate(d);
  return `${day} ${MONTHS_EN[month - 1]} ${year}`;
}

/** '2022-01-19' → 'Wednesday, 19 Jan 2022' */
export function formatWeekdayDateEn(d: IsoDate): string {
  return `${weekdayEn(d)}, ${formatDateEn(d)}`;
}

export type Quarter = 1 | 2 | 3 | 4;

export function quarterOf(month: number): Quarter {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`Invalid month: ${month}`);
  return (Math.floor((month - 1) / 3) + 1) as Quarter;
}

const ROMAN_QUARTERS = { 1: 'I', 2: 'II', 3: 'III', 4: 'IV' } as const;

export function romanQuarter(q: Quarter): 'I' | 'II' | 'III' | 'IV' {
  const r = ROMAN_QUARTERS[q];
  if (!r) throw new RangeError(`Invalid quarter: ${q}`);
  return r;
}

/** A deadline as a person reads it: an ISO date becomes dd/MM/yyyy; free text ('thường xuyên') stays as written. */
export function formatDueVi(due: string): string {
  const d = due.trim();
  return isIsoDate(d) ? formatDateVi(d) : d;
}

/**
 * What a secretary types as a task's deadline — "31/01/2027", "31-1-2027", "2027-01-31" or "thường xuyên"
 * (any case, with or without diacritics) — as the API's task due value (YYYY-MM-DD or "thường xuyên");
 * null when it is none of them, or not a real date in the API's range.
 */
export function parseTaskDueInput(text: string): string | null {
  const s = text.trim();
  if (isTaskDue(s)) return s;
  if (foldVietnamese(s) === foldVietnamese(ONGOING)) return ONGOING;
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(s);
  if (!m) return null;
  const iso = `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
  return isApiDate(iso) ? iso : null;
}
