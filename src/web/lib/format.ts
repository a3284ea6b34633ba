import { formatDateVi, isIsoDate, toVnDate } from '../../domain/dates';

/** 'YYYY-MM-DD' (or a timestamp) → 'dd/MM/yyyy'; empty for nothing. Both languages use dd/MM/yyyy. */
export function fmtDate(d: string | null | undefined): string {
  if (!d) return '';
  const day = d.slice(0, 10);
  if (isIsoDate(day) && d.length === 10) return formatDateVi(day);
  const t = new Date(d);
  return Number.isNaN(t.getTime()) ? d : formatDateVi(toVnDate(t));
}

/** An instant → 'dd/MM/yyyy HH:mm' in Vietnam time (UTC+7), whatever the browser's time zone. */
export function fmtDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const t = new Date(iso);
  if (Number.isNaN(t.getTime())) return iso;
  const vn = new Date(t.getTime() + 7 * 3600_000);
  const hh = String(vn.getUTCHours()).padStart(2, '0');
  const mm = String(vn.getUTCMinutes()).padStart(2, '0');
  return `${formatDateVi(toVnDate(t))} ${hh}:${mm}`;
}
