import ExcelJS from 'exceljs';
import { formatDateVi, isIsoDate, parseIsoDate, type IsoDate } from '../../../domain/dates';
import { matchHeaders, type ColumnKey, type HeaderMatch } from './xlsx-columns';

/** Reading an uploaded member sheet: cells unwrapped and parsed, the header found, the data rows kept. */

/** A cell's value once rich text, formulas and hyperlinks are unwrapped; empty text is null. */
export type RawCell = string | number | boolean | Date | null;

export function unwrapCell(value: ExcelJS.CellValue | undefined): RawCell {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'string') {
    const t = value.trim();
    return t === '' ? null : t;
  }
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return unwrapCell(value.richText.map((r) => r.text).join(''));
    if ('formula' in value || 'sharedFormula' in value) return unwrapCell((value as { result?: ExcelJS.CellValue }).result ?? null);
    if ('hyperlink' in value && 'text' in value) return unwrapCell((value as { text: ExcelJS.CellValue }).text);
    if ('error' in value) return String((value as { error: unknown }).error);
  }
  return null;
}

/** The text of a cell as shown to people (for messages and names). */
export function cellText(value: RawCell): string {
  if (value === null) return '';
  if (value instanceof Date) return dateFromJs(value) ?? '';
  return String(value);
}

function dateFromJs(d: Date): IsoDate | null {
  // exceljs turns an Excel date serial into the UTC midnight of that day.
  const y = d.getUTCFullYear();
  const s = `${String(y).padStart(4, '0')}-${String(d.getUTCMonth() + 1).padStart(2, '0')}-${String(d.getUTCDate()).padStart(2, '0')}`;
  return isIsoDate(s) ? s : null;
}

const MIN_YEAR = 1900;

/**
 * A date cell: a real Excel date, an Excel serial number (a date cell formatted as a number), or
 * text 'dd/mm/yyyy' (also with '-' or '.') or 'yyyy-mm-dd'. Returns null for an empty cell and
 * 'invalid' for anything else, including dates that do not exist (31/02/1980).
 */
export function parseDateCell(value: RawCell): IsoDate | null | 'invalid' {
  if (value === null) return null;
  let iso: string | null = null;
  if (value instanceof Date) iso = dateFromJs(value);
  else if (typeof value === 'number') {
    if (!Number.isFinite(value) || value < 1 || value > 2958465) return 'invalid';
    iso = dateFromJs(new Date(Date.UTC(1899, 11, 30) + Math.floor(value) * 86_400_000));
  } else if (typeof value === 'string') {
    const t = value.trim();
    let m = /^(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})$/.exec(t);
    if (m) iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    else if ((m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/.exec(t))) {
      iso = `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`;
    }
  }
  if (!iso || !isIsoDate(iso) || parseIsoDate(iso).year < MIN_YEAR) return 'invalid';
  return iso;
}

/**
 * A text cell. Numbers typed into a cell not formatted as text lose their leading zero: a 9-digit
 * phone number and an 11-digit citizen ID get it back.
 */
export function parseTextCell(value: RawCell, key: ColumnKey): string | null {
  if (value === null) return null;
  if (value instanceof Date) {
    const iso = dateFromJs(value);
    return iso ? formatDateVi(iso) : null;
  }
  if (typeof value === 'number') {
    const s = Number.isInteger(value) ? BigInt(value).toString() : String(value);
    if (key === 'phone' && /^[1-9]\d{8}$/.test(s)) return '0' + s;
    if (key === 'citizenId' && /^\d{11}$/.test(s)) return '0' + s;
    return s;
  }
  const t = String(value).normalize('NFC').replace(/\s+/g, ' ').trim();
  return t === '' ? null : t;
}

export type SheetRow = { row: number; cells: Partial<Record<ColumnKey, RawCell>> };
export type SheetData = { header: HeaderMatch | null; headerRow: number; rows: SheetRow[]; hasValues: boolean };

export class NotXlsxError extends Error {}

/** Reads the first sheet. The header row is the first of the top 10 rows that names the full-name column. */
export async function readMemberSheet(buffer: Buffer): Promise<SheetData> {
  // An XLSX file is a ZIP archive: "PK\x03\x04".
  if (buffer.length < 4 || buffer[0] !== 0x50 || buffer[1] !== 0x4b) throw new NotXlsxError('not a zip');
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch (err) {
    throw new NotXlsxError((err as Error).message);
  }
  const ws = wb.worksheets[0];
  if (!ws) return { header: null, headerRow: 0, rows: [], hasValues: false };
  const lines: { row: number; values: RawCell[] }[] = [];
  ws.eachRow({ includeEmpty: false }, (r, rowNumber) => {
    const values: RawCell[] = [];
    r.eachCell({ includeEmpty: false }, (cell, col) => {
      values[col - 1] = unwrapCell(cell.value);
    });
    if (values.some((v) => v !== null && v !== undefined)) lines.push({ row: rowNumber, values });
  });
  if (!lines.length) return { header: null, headerRow: 0, rows: [], hasValues: false };
  let headerAt = -1;
  let header: HeaderMatch | null = null;
  for (let i = 0; i < Math.min(lines.length, 10); i++) {
    if (lines[i].row > 10) break;
    const m = matchHeaders(Array.from(lines[i].values, (v) => (v === undefined || v === null ? null : cellText(v))));
    if (m.columns.fullName !== undefined) {
      headerAt = i;
      header = m;
      break;
    }
  }
  if (!header) return { header: null, headerRow: 0, rows: [], hasValues: true };
  const cols = Object.entries(header.columns) as [ColumnKey, number][];
  const rows: SheetRow[] = [];
  for (const line of lines.slice(headerAt + 1)) {
    const cells: Partial<Record<ColumnKey, RawCell>> = {};
    let any = false;
    for (const [key, col] of cols) {
      const v = line.values[col - 1] ?? null;
      cells[key] = v;
      if (v !== null) any = true;
    }
    if (any) rows.push({ row: line.row, cells });
  }
  return { header, headerRow: lines[headerAt].row, rows, hasValues: true };
}
