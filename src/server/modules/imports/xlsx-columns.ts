import { foldVietnamese } from '../../../domain/text';
import { labelsIn, POSITION_LABELS as DOMAIN_POSITION_LABELS } from '../../../domain/members';

/**
 * The member spreadsheet's columns and how a header written by hand is recognised. How a cell's value
 * is read is in xlsx-read.ts, the template workbook in xlsx-template.ts, the export in xlsx-export.ts;
 * xlsx.ts gathers them. No database here.
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
