import { cleanName, foldVietnamese } from '../../../domain/text';
import { formatDateVi, type IsoDate } from '../../../domain/dates';
import { msg, type Locale, type MessageKey } from '../../messages';
import type { MemberInput } from '../members/service';
import {
  COLUMN_BY_KEY, COLUMNS, DUES_LABELS, GENDER_LABELS, STANDING_LABELS, THEORY_LABELS, cellText, columnLabel, parseDateCell,
  parseTextCell, type ColumnKey, type SheetRow,
} from './xlsx';
import type { ImportReport } from './schemas';

/** Row-by-row validation of an import: pure, no database (what the database knows comes in `ctx`). */

export type { ImportReport };
export type ReportRow = ImportReport['rows'][number];
export type RowError = ReportRow['errors'][number];
export type ValidRow = { row: number; input: MemberInput };

export type ValidationContext = {
  locale: Locale;
  /** Dates after today are refused. */
  today: IsoDate;
  /** Card numbers already in the database. */
  takenCards?: ReadonlySet<string>;
  /** Citizen IDs of existing members → the member's name. */
  memberCitizenIds?: ReadonlyMap<string, string>;
};

const GENDERS: Record<string, 'male' | 'female'> = { nam: 'male', nu: 'female', male: 'male', female: 'female', m: 'male', f: 'female' };
const STANDINGS: Record<string, MemberInput['standing']> = {
  'chinh thuc': 'official', 'dang vien chinh thuc': 'official', official: 'official', ct: 'official',
  'du bi': 'probationary', 'dang vien du bi': 'probationary', probationary: 'probationary', db: 'probationary',
};
const THEORY_NONE = new Set(['chua co', 'chua', 'khong', 'khong co', 'none', 'no']);
const THEORY_WORDS: [string, NonNullable<MemberInput['theoryLevel']>][] = [
  ['cu nhan', 'cu_nhan'], ['bachelor', 'cu_nhan'], ['cao cap', 'cao_cap'], ['advanced', 'cao_cap'],
  ['trung cap', 'trung_cap'], ['intermediate', 'trung_cap'], ['so cap', 'so_cap'], ['elementary', 'so_cap'], ['basic', 'so_cap'],
];
const DUES: Record<string, NonNullable<MemberInput['duesCategory']>> = {
  'huong luong': 'salaried', 'can bo huong luong': 'salaried', salaried: 'salaried',
  'huu tri': 'pensioner', 'nghi huu': 'pensioner', pensioner: 'pensioner', retired: 'pensioner',
  'trong do tuoi lao dong': 'working_age', 'trong do tuoi': 'working_age', 'working age': 'working_age',
  'ngoai do tuoi lao dong': 'outside_working_age', 'ngoai do tuoi': 'outside_working_age',
  'outside working age': 'outside_working_age',
};

const fold = (s: string) => foldVietnamese(s).replace(/[^a-z0-9]+/g, ' ').trim();

export function parseGender(text: string): 'male' | 'female' | undefined {
  return GENDERS[fold(text)];
}
export function parseStanding(text: string): MemberInput['standing'] | undefined {
  return STANDINGS[fold(text)];
}
export function parseTheory(text: string): MemberInput['theoryLevel'] | undefined {
  const f = fold(text);
  if (THEORY_NONE.has(f)) return 'none';
  return THEORY_WORDS.find(([w]) => f === w || f.includes(w))?.[1];
}
export function parseDues(text: string): MemberInput['duesCategory'] | undefined {
  return DUES[fold(text)];
}

const CHOICES: Partial<Record<ColumnKey, string>> = {
  gender: Object.values(GENDER_LABELS).join(', '),
  standing: Object.values(STANDING_LABELS).join(', '),
  theoryLevel: Object.values(THEORY_LABELS).join(', '),
  duesCategory: Object.values(DUES_LABELS).join(', '),
};

/** Normalised card number for comparisons: spaces dropped. */
export const cardKey = (card: string) => card.replace(/\s+/g, '').toUpperCase();

/** Validates every row; the report lists every row (errors empty when the row is good). */
export function validateRows(rows: readonly SheetRow[], ctx: ValidationContext): { report: ImportReport; valid: ValidRow[] } {
  const reportRows: ReportRow[] = [];
  const valid: ValidRow[] = [];
  const cardsSeen = new Map<string, number>();
  const citizenSeen = new Map<string, number>();
  for (const sheetRow of rows) {
    const errors: RowError[] = [];
    const add = (key: ColumnKey, m: MessageKey, params: Record<string, string | number> = {}) =>
      errors.push({ column: columnLabel(key), message: msg(ctx.locale, m, params) });
    const raw = sheetRow.cells;
    const text = (key: ColumnKey): string | null => {
      const v = parseTextCell(raw[key] ?? null, key);
      const max = COLUMN_BY_KEY[key].max;
      if (v !== null && max && v.length > max) {
        add(key, 'import_too_long', { max });
        return null;
      }
      return v;
    };
    const date = (key: ColumnKey): IsoDate | null => {
      const v = parseDateCell(raw[key] ?? null);
      if (v === 'invalid') {
        add(key, 'import_date_invalid', { value: cellText(raw[key] ?? null) });
        return null;
      }
      if (v && v > ctx.today) {
        add(key, 'import_date_future', { value: formatDateVi(v) });
        return null;
      }
      return v;
    };
    const choice = <T>(key: ColumnKey, parse: (s: string) => T | undefined): T | null => {
      const t = parseTextCell(raw[key] ?? null, key);
      if (t === null) return null;
      const v = parse(t);
      if (v === undefined) {
        add(key, 'import_value_invalid', { value: t, allowed: CHOICES[key] ?? '' });
        return null;
      }
      return v;
    };

    const nameText = parseTextCell(raw.fullName ?? null, 'fullName');
    const fullName = nameText ? cleanName(nameText) : '';
    if (!fullName) add('fullName', 'import_required');
    else if (fullName.length < 2) add('fullName', 'import_too_short', { min: 2 });
    else if (fullName.length > (COLUMN_BY_KEY.fullName.max ?? 200)) add('fullName', 'import_too_long', { max: COLUMN_BY_KEY.fullName.max ?? 200 });

    const birthDate = date('birthDate');
    const gender = choice('gender', parseGender);
    const ethnicity = text('ethnicity');
    const religion = text('religion');
    let phone = text('phone');
    if (phone && !/^\+?[\d\s().-]{8,20}$/.test(phone)) {
      add('phone', 'import_phone_invalid', { value: phone });
      phone = null;
    }
    let citizenId = text('citizenId');
    if (citizenId) {
      citizenId = citizenId.replace(/[\s.]/g, '');
      if (!/^(\d{12}|\d{9})$/.test(citizenId)) add('citizenId', 'import_citizen_id_invalid');
      else if (citizenSeen.has(citizenId)) add('citizenId', 'import_citizen_id_duplicate', { value: citizenId, row: citizenSeen.get(citizenId)! });
      else if (ctx.memberCitizenIds?.has(citizenId)) {
        add('citizenId', 'import_citizen_id_taken', { value: citizenId, name: ctx.memberCitizenIds.get(citizenId)! });
      }
      if (!citizenSeen.has(citizenId)) citizenSeen.set(citizenId, sheetRow.row);
    }
    const address = text('address');
    const education = text('education');
    const cardNo = text('cardNo');
    if (cardNo) {
      const k = cardKey(cardNo);
      if (cardsSeen.has(k)) add('cardNo', 'import_card_duplicate', { card: cardNo, row: cardsSeen.get(k)! });
      else if (ctx.takenCards?.has(k)) add('cardNo', 'import_card_taken', { card: cardNo });
      if (!cardsSeen.has(k)) cardsSeen.set(k, sheetRow.row);
    }
    const admissionDate = date('admissionDate');
    const officialDate = date('officialDate');
    const standingText = parseTextCell(raw.standing ?? null, 'standing');
    const standing = standingText === null ? null : choice('standing', parseStanding);
    if (standingText === null) add('standing', 'import_required');
    const theoryLevel = choice('theoryLevel', parseTheory);
    const duesCategory = choice('duesCategory', parseDues);

    if (admissionDate && officialDate && officialDate < admissionDate) {
      add('officialDate', 'import_official_before_admission', {
        official: formatDateVi(officialDate), admission: formatDateVi(admissionDate),
      });
    }
    if (birthDate && admissionDate && birthDate >= admissionDate) {
      add('birthDate', 'import_birth_after_admission', { birth: formatDateVi(birthDate), admission: formatDateVi(admissionDate) });
    }
    if (standing === 'probationary' && officialDate) add('officialDate', 'import_probationary_official_date');

    // Errors in the order of the columns, whatever order they were found in.
    const order = new Map(COLUMNS.map((c, i) => [columnLabel(c.key), i]));
    errors.sort((a, b) => (order.get(a.column) ?? 99) - (order.get(b.column) ?? 99));
    reportRows.push({ row: sheetRow.row, fullName: fullName || nameText || '', errors });
    if (!errors.length && standing) {
      valid.push({
        row: sheetRow.row,
        input: {
          fullName, birthDate, gender, ethnicity, religion, phone, citizenId, address, education, cardNo, admissionDate, officialDate,
          standing, theoryLevel, ...(duesCategory ? { duesCategory } : {}),
        },
      });
    }
  }
  const ok = reportRows.every((r) => r.errors.length === 0);
  return { report: { ok, total: reportRows.length, created: 0, rows: reportRows }, valid };
}

/** Card numbers and citizen IDs a file mentions, for the database look-ups validation needs. */
export function keysOf(rows: readonly SheetRow[]): { cards: string[]; citizenIds: string[] } {
  const cards = new Set<string>();
  const citizenIds = new Set<string>();
  for (const r of rows) {
    const card = parseTextCell(r.cells.cardNo ?? null, 'cardNo');
    if (card) cards.add(cardKey(card));
    const cid = parseTextCell(r.cells.citizenId ?? null, 'citizenId');
    if (cid) citizenIds.add(cid.replace(/[\s.]/g, ''));
  }
  return { cards: [...cards], citizenIds: [...citizenIds] };
}
