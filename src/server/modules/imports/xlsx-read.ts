import type ExcelJS from 'exceljs';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import { formatDateVi, isIsoDate, parseIsoDate, type IsoDate } from '../../../domain/dates';
import { matchHeaders, type ColumnKey, type HeaderMatch } from './xlsx-columns';
import { InflateLimitError, NotZipError, streamEntry, zipEntries, type ZipEntry } from './xlsx-zip';

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

/**
 * What one upload may make the server read. The sheet is streamed and reading stops at the first cap
 * passed, so memory stays bounded whatever the file inflates to (bench/import-bomb.ts measures it).
 */
export const SHEET_LIMITS = {
  /** Data rows (members) in one file. */
  rows: 2000,
  /** Row elements, empty ones included. */
  rowElements: 20_000,
  /** Cells, empty ones included: 2,000 rows of 50 columns. */
  cells: 100_000,
  /** Bytes the worksheet's XML inflates to (a full 2,000-row sheet is about 3 MB). */
  sheetBytes: 16 * 1024 * 1024,
  /** Bytes the shared strings inflate to. */
  sharedStringsBytes: 8 * 1024 * 1024,
  /** Bytes each small part (workbook, relationships, styles) inflates to. */
  partBytes: 2 * 1024 * 1024,
} as const;

/** More data rows than SHEET_LIMITS.rows. */
export class TooManyRowsError extends Error {
  constructor(readonly max: number) {
    super(`more than ${max} rows`);
  }
}

/** The sheet passed a cap on cells, row elements or inflated bytes. */
export class SheetTooLargeError extends Error {}

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/** Parses one part's XML as it inflates; `on` gets start tags, text and end tags. No DTD, no entities beyond XML's five. */
async function parsePart(
  buf: Buffer, entry: ZipEntry, limit: number,
  on: { open?: (name: string, attrs: Record<string, string>) => void; text?: (t: string) => void; close?: (name: string) => void },
): Promise<void> {
  const parser = new SaxesParser();
  if (on.open) {
    const open = on.open;
    parser.on('opentag', (tag: SaxesTagPlain) => open(local(tag.name), tag.attributes as Record<string, string>));
  }
  if (on.text) parser.on('text', on.text);
  if (on.close) {
    const close = on.close;
    parser.on('closetag', (tag: SaxesTagPlain) => close(local(tag.name)));
  }
  try {
    await streamEntry(buf, entry, limit, (chunk) => {
      if (chunk) parser.write(chunk);
    });
    parser.close();
  } catch (err) {
    if (err instanceof InflateLimitError) throw new SheetTooLargeError(err.message);
    if (err instanceof NotZipError || err instanceof TooManyRowsError || err instanceof SheetTooLargeError) throw err;
    // saxes reports malformed XML as a plain Error.
    if (err instanceof Error && !(err instanceof TypeError) && !(err instanceof RangeError)) throw new NotZipError(err.message);
    throw err;
  }
}

/** Excel's built-in number formats that show dates. */
const DATE_FORMAT_IDS = new Set([14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51, 52, 53, 54, 55, 56, 57, 58]);

/** A custom number format shows a date when, outside quotes and brackets, it has y, m, d, h or s (as exceljs decides). */
function isDateFormat(code: string): boolean {
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '').replace(/\\./g, '');
  return /[ymdhs]/i.test(bare);
}

/** For each cell style (the `s` of a cell), whether it formats numbers as dates. */
async function dateStyles(buf: Buffer, entry: ZipEntry | undefined): Promise<boolean[]> {
  if (!entry) return [];
  const custom = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  await parsePart(buf, entry, SHEET_LIMITS.partBytes, {
    open(name, a) {
      if (name === 'numFmt') custom.set(Number(a.numFmtId), a.formatCode ?? '');
      else if (name === 'cellXfs') inCellXfs = true;
      else if (name === 'xf' && inCellXfs) xfFormats.push(Number(a.numFmtId ?? 0));
    },
    close(name) {
      if (name === 'cellXfs') inCellXfs = false;
    },
  });
  return xfFormats.map((id) => (custom.has(id) ? isDateFormat(custom.get(id)!) : DATE_FORMAT_IDS.has(id)));
}

/** The shared strings, rich text runs joined, phonetic runs left out. */
async function sharedStrings(buf: Buffer, entry: ZipEntry | undefined): Promise<string[]> {
  if (!entry) return [];
  const out: string[] = [];
  let current: string[] | null = null;
  let inT = false;
  let inPhonetic = false;
  await parsePart(buf, entry, SHEET_LIMITS.sharedStringsBytes, {
    open(name) {
      if (name === 'si') current = [];
      else if (name === 'rPh') inPhonetic = true;
      else if (name === 't' && !inPhonetic) inT = true;
    },
    text(t) {
      if (inT && current) current.push(t);
    },
    close(name) {
      if (name === 't') inT = false;
      else if (name === 'rPh') inPhonetic = false;
      else if (name === 'si' && current) {
        out.push(current.join(''));
        current = null;
      }
    },
  });
  return out;
}

/** The first sheet's part and whether dates count from 1904, from workbook.xml and its relationships. */
async function firstSheet(buf: Buffer, entries: Map<string, ZipEntry>): Promise<{ sheet: ZipEntry | undefined; date1904: boolean }> {
  const wbEntry = entries.get('xl/workbook.xml');
  if (!wbEntry) throw new NotZipError('no workbook');
  let relId: string | null = null;
  let date1904 = false;
  await parsePart(buf, wbEntry, SHEET_LIMITS.partBytes, {
    open(name, a) {
      if (name === 'workbookPr') date1904 = a.date1904 === '1' || a.date1904 === 'true';
      else if (name === 'sheet' && relId === null) {
        const key = Object.keys(a).find((k) => k === 'id' || k.endsWith(':id'));
        relId = key ? a[key] : '';
      }
    },
  });
  if (relId === null) return { sheet: undefined, date1904 };
  let target: string | null = null;
  const relsEntry = entries.get('xl/_rels/workbook.xml.rels');
  if (relsEntry) {
    await parsePart(buf, relsEntry, SHEET_LIMITS.partBytes, {
      open(name, a) {
        if (name === 'Relationship' && a.Id === relId) target = a.Target ?? null;
      },
    });
  }
  const path = target === null
    ? 'xl/worksheets/sheet1.xml'
    : (target as string).startsWith('/') ? (target as string).slice(1) : `xl/${target as string}`;
  return { sheet: entries.get(path.toLowerCase()), date1904 };
}

/** "AB12" → 28. */
function columnOf(ref: string): number {
  let col = 0;
  for (const ch of ref) {
    const c = ch.charCodeAt(0);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else if (c >= 97 && c <= 122) col = col * 26 + (c - 96);
    else break;
  }
  return col;
}

/** Excel's serial date (days since 1899-12-30, or 1904-01-01) as the UTC midnight exceljs would give. */
function serialToDate(serial: number, date1904: boolean): Date | null {
  if (!Number.isFinite(serial) || serial < 0 || serial > 2958465) return null;
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return new Date(base + Math.round(serial * 86_400_000));
}

const EXCEL_MAX_COLUMNS = 16384;

/**
 * Reads the first sheet, streaming it: the header row is the first of the top 10 rows that names the
 * full-name column; after it, only the matched columns of each row are kept. Throws NotXlsxError for what
 * is not an XLSX file, TooManyRowsError past SHEET_LIMITS.rows members, and SheetTooLargeError past the
 * caps on cells, row elements or inflated bytes — each as soon as the cap is passed.
 */
export async function readMemberSheet(buffer: Buffer): Promise<SheetData> {
  try {
    return await readSheet(buffer);
  } catch (err) {
    if (err instanceof NotZipError) throw new NotXlsxError(err.message);
    throw err;
  }
}

async function readSheet(buffer: Buffer): Promise<SheetData> {
  const entries = zipEntries(buffer);
  const { sheet, date1904 } = await firstSheet(buffer, entries);
  if (!sheet) return { header: null, headerRow: 0, rows: [], hasValues: false };
  const strings = await sharedStrings(buffer, entries.get('xl/sharedstrings.xml'));
  const dates = await dateStyles(buffer, entries.get('xl/styles.xml'));

  let hasValues = false;
  let header: HeaderMatch | null = null;
  let headerRow = 0;
  let cols: [ColumnKey, number][] = [];
  const rows: SheetRow[] = [];
  let headerSearchOver = false;

  let rowElements = 0;
  let cells = 0;
  let rowNumber = 0;
  let values: RawCell[] = [];
  let col = 0;
  let cellType = 'n';
  let cellStyle = 0;
  let text: string[] = [];
  let inValue = false;
  let inInline = false;
  let inPhonetic = false;

  const cellValue = (): RawCell => {
    const raw = text.join('');
    switch (cellType) {
      case 's': {
        const i = Number(raw);
        return Number.isInteger(i) && i >= 0 && i < strings.length ? unwrapCell(strings[i]) : null;
      }
      case 'inlineStr':
      case 'str':
      case 'e':
        return unwrapCell(raw);
      case 'b':
        return raw === '' ? null : raw.trim() === '1' || raw.trim() === 'true';
      case 'd': {
        const d = new Date(raw.trim());
        return unwrapCell(Number.isNaN(d.getTime()) ? raw : d);
      }
      default: {
        if (raw.trim() === '') return null;
        const n = Number(raw);
        if (!Number.isFinite(n)) return null;
        return dates[cellStyle] ? serialToDate(n, date1904) : n;
      }
    }
  };

  const endRow = () => {
    if (!values.some((v) => v !== null && v !== undefined)) return;
    hasValues = true;
    if (!header) {
      if (headerSearchOver || rowNumber > 10) {
        headerSearchOver = true;
        return;
      }
      const m = matchHeaders(Array.from(values, (v) => (v === undefined || v === null ? null : cellText(v))));
      if (m.columns.fullName !== undefined) {
        header = m;
        headerRow = rowNumber;
        cols = Object.entries(m.columns) as [ColumnKey, number][];
      }
      return;
    }
    const picked: Partial<Record<ColumnKey, RawCell>> = {};
    let any = false;
    for (const [key, c] of cols) {
      const v = values[c - 1] ?? null;
      picked[key] = v;
      if (v !== null) any = true;
    }
    if (!any) return;
    if (rows.length >= SHEET_LIMITS.rows) throw new TooManyRowsError(SHEET_LIMITS.rows);
    rows.push({ row: rowNumber, cells: picked });
  };

  await parsePart(buffer, sheet, SHEET_LIMITS.sheetBytes, {
      open(name, a) {
        if (name === 'row') {
          if (++rowElements > SHEET_LIMITS.rowElements) throw new SheetTooLargeError('row elements');
          const r = Number(a.r);
          rowNumber = Number.isInteger(r) && r > 0 ? r : rowNumber + 1;
          values = [];
          col = 0;
        } else if (name === 'c') {
          if (++cells > SHEET_LIMITS.cells) throw new SheetTooLargeError('cells');
          const c = a.r ? columnOf(a.r) : 0;
          col = c > 0 ? c : col + 1;
          cellType = a.t ?? 'n';
          cellStyle = Number(a.s ?? 0) || 0;
          text = [];
        } else if (name === 'v') {
          inValue = true;
        } else if (name === 'is') {
          inInline = true;
        } else if (name === 'rPh') {
          inPhonetic = true;
        } else if (name === 't' && inInline && !inPhonetic) {
          inValue = true;
        }
      },
      text(t) {
        if (inValue) text.push(t);
      },
      close(name) {
        if (name === 'v' || name === 't') inValue = false;
        else if (name === 'is') inInline = false;
        else if (name === 'rPh') inPhonetic = false;
        else if (name === 'c') {
          if (col >= 1 && col <= EXCEL_MAX_COLUMNS && (!header || cols.some(([, c]) => c === col))) {
            const v = cellValue();
            if (v !== null) values[col - 1] = v;
          }
          text = [];
        } else if (name === 'row') endRow();
      },
  });
  return { header, headerRow, rows, hasValues };
}
