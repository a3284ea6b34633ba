/**
 * Vietnamese formatting for the generated documents. Dates and the place-and-date line come from the
 * shared calendar rules (src/domain/dates); the forms below exist only in documents.
 * Dates are handled as calendar strings, never through Date objects, so no time zone can shift them.
 */
import { formatDateVi, formatPlaceDateLine, parseIsoDate } from '../../domain/dates';

const pad2 = (n: number) => String(n).padStart(2, '0');

/** '2022-01-10' → '10/01/2022'. */
export const formatDate = formatDateVi;

/** ('Thanh Minh', '2022-01-10') → 'Thanh Minh, ngày 10 tháng 01 năm 2022' (HD 36-HD/VPTW). */
export const placeDateLine = formatPlaceDateLine;

/** '2022-01-10' → 'tháng 01 năm 2022'. */
export function monthYearWords(iso: string): string {
  const d = parseIsoDate(iso);
  return `tháng ${pad2(d.month)} năm ${d.year}`;
}

/** '2022-01-10' → '01/2022'; with offset −1 → '12/2021'. */
export function monthYear(iso: string, offsetMonths = 0): string {
  const d = parseIsoDate(iso);
  const idx = d.year * 12 + (d.month - 1) + offsetMonths;
  return `${pad2((idx % 12) + 1)}/${Math.floor(idx / 12)}`;
}

/** '21:30' → '21 giờ 30 phút'; throws on anything but 'HH:mm' (or 'H:mm'). */
export function formatTime(hhmm: string): string {
  const m = /^(\d{1,2}):(\d{2})$/.exec(hhmm);
  if (!m || Number(m[1]) > 23 || Number(m[2]) > 59) {
    throw new Error(`Invalid time (expected HH:mm): ${JSON.stringify(hhmm)}`);
  }
  return `${Number(m[1])} giờ ${m[2]} phút`;
}

/** A due date as printed: ISO dates become dd/MM/yyyy, other strings ('thường xuyên') stay as given. */
export function formatDue(due: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(due) ? formatDate(due) : due;
}

/** Vietnamese decimal: 92 → '92', 92.5 → '92,5' (at most two decimals). */
export function formatNumber(n: number): string {
  return String(Math.round(n * 100) / 100).replace('.', ',');
}

/** 19 of 20 → '95%'; 2 of 3 → '66,67%'; base 0 → '0%'. */
export function formatPercent(part: number, whole: number): string {
  if (!whole) return '0%';
  return `${formatNumber((part * 100) / whole)}%`;
}

/** Noon UTC of the calendar date: used for document metadata so output depends only on the input. */
export function metadataDate(iso: string): Date {
  const d = parseIsoDate(iso);
  return new Date(Date.UTC(d.year, d.month - 1, d.day, 12, 0, 0));
}
