import i18n from 'i18next';
import { formatDateVi, parseIsoDate, weekdayEn, weekdayVi, addDays, todayVn, daysInMonth, toIsoDate } from '../../../domain/dates';

/** "Thứ Tư, 19/01/2022" (English: "Wednesday, 19/01/2022"). */
export function weekdayDate(d: string): string {
  const wd = i18n.language === 'en' ? weekdayEn(d) : weekdayVi(d);
  return `${wd}, ${formatDateVi(d)}`;
}

/** "19:30" → "19:30"; kept as 24-hour time in both languages. */
export const fmtTime = (t: string | null | undefined) => (t ? t.slice(0, 5) : '');

export const monthStart = (ym: string) => `${ym}-01`;
export function monthEnd(ym: string): string {
  const [y, m] = ym.split('-').map(Number);
  return toIsoDate(y, m, daysInMonth(y, m));
}
export function shiftMonth(ym: string, n: number): string {
  const [y, m] = ym.split('-').map(Number);
  const idx = y * 12 + (m - 1) + n;
  return `${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`;
}
export const thisMonth = () => todayVn().slice(0, 7);
export const thisYear = () => Number(todayVn().slice(0, 4));
/** "12/2026" */
export function monthLabel(ym: string): string {
  const { year, month } = parseIsoDate(`${ym}-01`);
  return `${String(month).padStart(2, '0')}/${year}`;
}
export { addDays, todayVn, formatDateVi, parseIsoDate };

/** 1 234 567 đ with Vietnamese grouping. */
export const fmtMoney = (n: number | null | undefined) => (n === null || n === undefined ? '—' : `${n.toLocaleString('vi-VN')} đ`);

/** Minutes between two HH:mm times of the same day (null when unknown). */
export function minutesBetween(start: string | null | undefined, end: string | null | undefined): number | null {
  if (!start || !end) return null;
  const [sh, sm] = start.split(':').map(Number);
  const [eh, em] = end.split(':').map(Number);
  const d = eh * 60 + em - (sh * 60 + sm);
  return d > 0 ? d : null;
}
