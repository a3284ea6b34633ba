import ExcelJS from 'exceljs';
import { foldVietnamese } from '../../../domain/text';
import { formatDateVi, isIsoDate, parseIsoDate, type IsoDate } from '../../../domain/dates';
import { labelsIn, POSITION_LABELS as DOMAIN_POSITION_LABELS } from '../../../domain/members';

/**
 * The member spreadsheet: its columns, how a header written by hand is recognised, how a cell's
 * value is read, and the template and export workbooks. No database here.
 */

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const DATA_SHEET = 'Đảng viên';
export const GUIDE_SHEET = 'Hướng dẫn';

export const GENDER_LABELS = { male: 'Nam', female: 'Nữ' } as const;
export const STANDING_LABELS = { official: 'Chính thức', probationary: 'Dự bị' } as const;
export const THEORY_LABELS = { so_cap: 'Sơ cấp', trung_cap: 'Trung cấp', cao_cap: 'Cao cấp', cu_nhan: 'Cử nhân', none: 'Chưa có' } as const;
export const DUES_LABELS = {
  salaried: 'Hưởng lương',
  pensioner: 'Hưu trí',
  working_age: 'Trong độ tuổi lao động',
  outside_working_age: 'Ngoài độ tuổi lao động',
} as const;
export const STATE_LABELS: Record<string, string> = {
  active: 'Đang sinh hoạt',
  exempt: 'Miễn sinh hoạt',
  temp_exempt: 'Tạm miễn sinh hoạt',
  transferred_out: 'Đã chuyển sinh hoạt',
  deceased: 'Từ trần',
  removed: 'Đã xóa tên',
};
export const POSITION_LABELS: Record<string, string> = labelsIn('vi', DOMAIN_POSITION_LABELS);

type ColumnKind = 'text' | 'date' | 'gender' | 'standing' | 'theory' | 'dues';
export type ColumnDef = {
  key: string;
  /** The header as written in the template (and in error reports, without the "*"). */
  header: string;
  required: boolean;
  kind: ColumnKind;
  /** Longest text accepted. */
  max?: number;
  width: number;
  /** Other spellings accepted on import, already folded (no diacritics, lower case). */
  aliases: readonly string[];
  /** Choices offered as a drop-down list in the template. */
  list?: readonly string[];
};

export const COLUMNS = [
  { key: 'fullName', header: 'Họ và tên*', required: true, kind: 'text', max: 200, width: 28,
    aliases: ['ho ten', 'ho va ten dang vien', 'ten', 'full name', 'name'] },
  { key: 'birthDate', header: 'Ngày sinh (dd/mm/yyyy)', required: false, kind: 'date', width: 16,
    aliases: ['ngay thang nam sinh', 'sinh ngay', 'date of birth', 'birth date', 'birthdate', 'dob'] },
  { key: 'gender', header: 'Giới tính (Nam/Nữ)', required: false, kind: 'gender', width: 12,
    aliases: ['gioi', 'gender', 'sex'], list: Object.values(GENDER_LABELS) },
  { key: 'ethnicity', header: 'Dân tộc', required: false, kind: 'text', max: 200, width: 12, aliases: ['ethnicity', 'ethnic group'] },
  { key: 'religion', header: 'Tôn giáo', required: false, kind: 'text', max: 200, width: 12, aliases: ['religion'] },
  { key: 'phone', header: 'Số điện thoại', required: false, kind: 'text', max: 30, width: 15,
    aliases: ['dien thoai', 'sdt', 'so dt', 'phone', 'phone number', 'telephone'] },
  { key: 'citizenId', header: 'Số CCCD', required: false, kind: 'text', max: 20, width: 16,
    aliases: ['cccd', 'so can cuoc', 'so can cuoc cong dan', 'can cuoc cong dan', 'so cmnd cccd', 'so dinh danh', 'citizen id',
      'id number', 'national id'] },
  { key: 'address', header: 'Địa chỉ', required: false, kind: 'text', max: 2000, width: 30,
    aliases: ['noi o', 'noi o hien nay', 'dia chi thuong tru', 'address'] },
  { key: 'education', header: 'Trình độ học vấn', required: false, kind: 'text', max: 200, width: 14,
    aliases: ['hoc van', 'trinh do van hoa', 'van hoa', 'education'] },
  { key: 'cardNo', header: 'Số thẻ đảng viên', required: false, kind: 'text', max: 30, width: 16,
    aliases: ['so the dang', 'so the', 'the dang vien', 'party card number', 'party card no', 'card number', 'card no'] },
  { key: 'admissionDate', header: 'Ngày vào Đảng (dd/mm/yyyy)', required: false, kind: 'date', width: 16,
    aliases: ['ngay ket nap', 'ngay ket nap dang', 'ngay vao dang cong san viet nam', 'admission date', 'date of admission',
      'admitted on'] },
  { key: 'officialDate', header: 'Ngày chính thức (dd/mm/yyyy)', required: false, kind: 'date', width: 16,
    aliases: ['ngay cong nhan chinh thuc', 'ngay chuyen chinh thuc', 'official date', 'date made official', 'official on'] },
  { key: 'standing', header: 'Đảng viên (Chính thức/Dự bị)*', required: true, kind: 'standing', width: 14,
    aliases: ['loai dang vien', 'chinh thuc du bi', 'dang vien chinh thuc du bi', 'standing', 'member standing'],
    list: Object.values(STANDING_LABELS) },
  { key: 'theoryLevel', header: 'Lý luận chính trị (Sơ cấp/Trung cấp/Cao cấp/Cử nhân)', required: false, kind: 'theory', width: 16,
    aliases: ['trinh do ly luan chinh tri', 'trinh do llct', 'llct', 'political theory', 'theory level', 'political theory level'],
    list: Object.values(THEORY_LABELS) },
  { key: 'duesCategory', header: 'Đối tượng đảng phí (Hưởng lương/Hưu trí/Trong độ tuổi lao động/Ngoài độ tuổi lao động)',
    required: false, kind: 'dues', width: 22, aliases: ['doi tuong dong dang phi', 'dang phi', 'dues category', 'dues'],
    list: Object.values(DUES_LABELS) },
] as const satisfies readonly ColumnDef[];

export type ColumnKey = (typeof COLUMNS)[number]['key'];
export const COLUMN_BY_KEY = Object.fromEntries(COLUMNS.map((c) => [c.key, c])) as unknown as Record<ColumnKey, ColumnDef>;

/** Extra columns of an export; recognised and ignored on import, so an export reads back. */
export const EXPORT_EXTRA_HEADERS = ['Chi bộ', 'Trạng thái', 'Chức vụ'] as const;
const IGNORED_HEADERS = new Set(['chi bo', 'trang thai', 'chuc vu', 'stt', 'so tt', 'tt', 'cell', 'state', 'status', 'positions', 'position', 'no']);

/** The column's name for people: the template header without the "*". */
export function columnLabel(key: ColumnKey): string {
  return COLUMN_BY_KEY[key].header.replace(/\*/g, '').trim();
}

/**
 * A header folded for matching: no diacritics, lower case, hints in brackets and the "*" dropped,
 * punctuation turned into spaces. "Ngày sinh (dd/mm/yyyy)*" → "ngay sinh".
 */
export function normalizeHeader(text: string): string {
  return foldVietnamese(text.replace(/\([^)]*\)/g, ' ').replace(/\[[^\]]*\]/g, ' '))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const HEADER_INDEX = (() => {
  const index = new Map<string, ColumnKey>();
  for (const c of COLUMNS) {
    index.set(normalizeHeader(c.header), c.key);
    for (const a of c.aliases) index.set(normalizeHeader(a), c.key);
  }
  return index;
})();

/** Which column a header names, 'ignored' for a known export-only column, or null when unknown. */
export function matchHeader(text: string): ColumnKey | 'ignored' | null {
  const h = normalizeHeader(text);
  if (!h) return null;
  const key = HEADER_INDEX.get(h);
  if (key) return key;
  if (IGNORED_HEADERS.has(h)) return 'ignored';
  return null;
}

export type HeaderMatch = {
  /** Column key → 1-based sheet column number (the first column with that header wins). */
  columns: Partial<Record<ColumnKey, number>>;
  /** Required columns not found. */
  missing: ColumnKey[];
  /** Headers that name no column we know (kept for the report; their cells are not read). */
  unknown: string[];
};

/** Matches a header row: `cells[i]` is the text of sheet column i + 1. */
export function matchHeaders(cells: readonly (string | null | undefined)[]): HeaderMatch {
  const columns: Partial<Record<ColumnKey, number>> = {};
  const unknown: string[] = [];
  cells.forEach((text, i) => {
    if (!text || !text.trim()) return;
    const key = matchHeader(text);
    if (key === 'ignored') return;
    if (key === null) unknown.push(text.trim());
    else if (columns[key] === undefined) columns[key] = i + 1;
  });
  const missing = COLUMNS.filter((c) => c.required && columns[c.key] === undefined).map((c) => c.key);
  return { columns, missing, unknown };
}

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

// ---------------------------------------------------------------------------------------------
// Writing

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE9D9' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };
const DATE_FMT = 'dd/mm/yyyy';
/** Rows of the template that get drop-down lists. */
const TEMPLATE_ROWS = 1000;

function styleHeader(ws: ExcelJS.Worksheet, widths: number[]) {
  const row = ws.getRow(1);
  row.height = 48;
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'A2' }];
}

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

function addLists(ws: ExcelJS.Worksheet, lastRow: number) {
  // exceljs writes a validation keyed by a range as one <dataValidation sqref="C2:C1000">.
  const dv = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  COLUMNS.forEach((c: ColumnDef, i) => {
    if (!c.list) return;
    const col = colLetter(i + 1);
    dv.add(`${col}2:${col}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Giá trị không có trong danh sách',
      error: `Chọn một trong: ${c.list.join(', ')}.`,
    });
  });
}

const EXAMPLE: Record<ColumnKey, string> = {
  fullName: 'Lường Văn Trường',
  birthDate: '15/03/1980',
  gender: 'Nam',
  ethnicity: 'Thái',
  religion: 'Không',
  phone: '0912345678',
  citizenId: '014080001234',
  address: 'Bản Phiêng Lơi, xã Thanh Minh',
  education: '12/12',
  cardNo: '16004571',
  admissionDate: '19/05/2005',
  officialDate: '19/05/2006',
  standing: 'Chính thức',
  theoryLevel: 'Sơ cấp',
  duesCategory: 'Trong độ tuổi lao động',
};

const GUIDE_LINES = [
  'HƯỚNG DẪN NHẬP DANH SÁCH ĐẢNG VIÊN',
  '',
  '1. Nhập mỗi đảng viên trên một dòng của trang "Đảng viên", bắt đầu từ dòng 2. Không sửa, không xóa dòng tiêu đề.',
  '2. Cột có dấu * là bắt buộc: Họ và tên; Đảng viên (Chính thức hoặc Dự bị). Các cột khác có thể để trống.',
  '3. Ngày ghi theo dạng ngày/tháng/năm, ví dụ 15/03/1980. Các cột ngày trong tệp mẫu để dạng văn bản để Excel không đảo ngày và tháng.',
  '4. Giới tính: Nam hoặc Nữ. Lý luận chính trị: Sơ cấp, Trung cấp, Cao cấp, Cử nhân (hoặc Chưa có).',
  '5. Đối tượng đảng phí: Hưởng lương, Hưu trí, Trong độ tuổi lao động, Ngoài độ tuổi lao động (để trống: Trong độ tuổi lao động).',
  '6. Ngày chính thức không được trước ngày vào Đảng; ngày sinh phải trước ngày vào Đảng. Đảng viên dự bị chưa có ngày chính thức.',
  '7. Số thẻ đảng viên không được trùng nhau, cũng không trùng với số thẻ đã có trong hệ thống.',
  '8. Khi tải tệp lên, chibo kiểm tra từng dòng và báo lỗi theo số dòng. Chỉ khi mọi dòng đều đúng, danh sách mới được ghi — một lần, tất cả cùng lúc.',
  '',
  'Ví dụ một dòng (chỉ để tham khảo; không nhập vào trang "Đảng viên"):',
];

/** The blank template: headers, widths, frozen header row, drop-down lists; a guide with an example. */
export async function buildTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chibo';
  const ws = wb.addWorksheet(DATA_SHEET);
  ws.addRow(COLUMNS.map((c) => c.header));
  styleHeader(ws, COLUMNS.map((c: ColumnDef) => c.width));
  COLUMNS.forEach((c: ColumnDef, i) => {
    // Text format: phone numbers and IDs keep their leading zero; dates typed as dd/mm/yyyy stay as typed
    // instead of being read by Excel in the computer's locale (which may swap day and month).
    if (c.kind === 'date' || c.key === 'phone' || c.key === 'citizenId' || c.key === 'cardNo') ws.getColumn(i + 1).numFmt = '@';
  });
  addLists(ws, TEMPLATE_ROWS);

  const guide = wb.addWorksheet(GUIDE_SHEET);
  guide.getColumn(1).width = 28;
  for (const line of GUIDE_LINES) guide.addRow([line]);
  guide.getRow(1).font = { bold: true, size: 13 };
  const headerRow = guide.addRow(COLUMNS.map((c) => c.header));
  headerRow.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  headerRow.height = 48;
  const example = guide.addRow(COLUMNS.map((c) => EXAMPLE[c.key]));
  example.eachCell((cell) => {
    cell.font = { italic: true, color: { argb: 'FF808080' } };
  });
  COLUMNS.forEach((c: ColumnDef, i) => {
    if (i > 0) guide.getColumn(i + 1).width = c.width;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export type ExportMember = {
  fullName: string;
  birthDate: IsoDate | null;
  gender: string | null;
  ethnicity: string | null;
  religion: string | null;
  phone: string | null;
  citizenId: string | null;
  address: string | null;
  education: string | null;
  cardNo: string | null;
  admissionDate: IsoDate | null;
  officialDate: IsoDate | null;
  standing: string;
  theoryLevel: string | null;
  duesCategory: string | null;
  orgName: string;
  state: string;
  positions: string[];
};

function excelDate(d: IsoDate | null): Date | null {
  if (!d) return null;
  const { year, month, day } = parseIsoDate(d);
  return new Date(Date.UTC(year, month - 1, day));
}

const label = (labels: Record<string, string>, v: string | null) => (v ? labels[v] ?? v : null);

/** A member list in the template's layout (so it reads back), plus cell, status and positions. */
export async function buildExport(members: readonly ExportMember[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chibo';
  wb.title = title;
  const ws = wb.addWorksheet(DATA_SHEET);
  ws.addRow([...COLUMNS.map((c) => c.header), ...EXPORT_EXTRA_HEADERS]);
  styleHeader(ws, [...COLUMNS.map((c: ColumnDef) => c.width), 26, 18, 24]);
  for (const m of members) {
    const values: Record<ColumnKey, ExcelJS.CellValue> = {
      fullName: m.fullName,
      birthDate: excelDate(m.birthDate),
      gender: label(GENDER_LABELS, m.gender),
      ethnicity: m.ethnicity,
      religion: m.religion,
      phone: m.phone,
      citizenId: m.citizenId,
      address: m.address,
      education: m.education,
      cardNo: m.cardNo,
      admissionDate: excelDate(m.admissionDate),
      officialDate: excelDate(m.officialDate),
      standing: label(STANDING_LABELS, m.standing),
      theoryLevel: label(THEORY_LABELS, m.theoryLevel),
      duesCategory: label(DUES_LABELS, m.duesCategory),
    };
    ws.addRow([
      ...COLUMNS.map((c) => values[c.key]),
      m.orgName,
      STATE_LABELS[m.state] ?? m.state,
      m.positions.map((p) => POSITION_LABELS[p] ?? p).join(', '),
    ]);
  }
  COLUMNS.forEach((c: ColumnDef, i) => {
    const col = ws.getColumn(i + 1);
    if (c.kind === 'date') col.numFmt = DATE_FMT;
    else if (c.key === 'phone' || c.key === 'citizenId' || c.key === 'cardNo') col.numFmt = '@';
  });
  // The header keeps its own style: re-apply after the column formats.
  ws.getRow(1).eachCell((cell) => {
    cell.numFmt = 'General';
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length + EXPORT_EXTRA_HEADERS.length } };
  addLists(ws, Math.max(members.length + 1, 2));
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** "Chi bộ Bản Phiêng Lơi" → "chi-bo-ban-phieng-loi". */
export function slugify(text: string): string {
  return foldVietnamese(text).replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'danh-sach';
}

/** Content-Disposition with an ASCII filename and, when given, the Unicode name (RFC 6266 / 5987). */
export function contentDisposition(asciiName: string, unicodeName?: string): string {
  const safe = asciiName.replace(/["\\\r\n]/g, '');
  if (!unicodeName) return `attachment; filename="${safe}"`;
  const encoded = encodeURIComponent(unicodeName.normalize('NFC')).replace(
    /['()*!]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
  return `attachment; filename="${safe}"; filename*=UTF-8''${encoded}`;
}
