import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { AppError, Conflict, Invalid } from '../../errors';
import { audit } from '../../audit';
import { msg, type Locale } from '../../messages';
import { todayVn } from '../../../domain/dates';
import { getOrg } from '../orgs/service';
import { insertMember } from '../members/service';
import { NotXlsxError, SHEET_LIMITS, SheetTooLargeError, TooManyRowsError, columnLabel, readMemberSheet } from './xlsx';
import { keysOf, validateRows, type ImportReport, type ValidRow } from './validate';
import * as sql from './queries';

/** At most this many members per file. */
export const MAX_IMPORT_ROWS = SHEET_LIMITS.rows;

async function importTarget(q: Queryable, orgId: string) {
  const org = await getOrg(q, orgId);
  if (org.kind !== 'cell') throw Invalid('member_target_not_cell');
  if (org.status !== 'active') throw Conflict('org_inactive');
  return org;
}

/** Reads and checks a file against the database; writes nothing. */
export async function checkImport(q: Queryable, buffer: Buffer, locale: Locale): Promise<{ report: ImportReport; valid: ValidRow[] }> {
  let sheet;
  try {
    sheet = await readMemberSheet(buffer);
  } catch (err) {
    if (err instanceof NotXlsxError) throw Invalid('import_file_invalid');
    if (err instanceof TooManyRowsError) throw Invalid('import_too_many_rows', { max: MAX_IMPORT_ROWS });
    if (err instanceof SheetTooLargeError) {
      throw new AppError(413, 'import_sheet_too_large', 'import_sheet_too_large', {
        rows: MAX_IMPORT_ROWS, cells: SHEET_LIMITS.cells, mb: SHEET_LIMITS.sheetBytes / (1024 * 1024),
      });
    }
    throw err;
  }
  if (!sheet.hasValues) throw Invalid('import_empty');
  if (!sheet.header) throw Invalid('import_header_missing', { columns: columnLabel('fullName') });
  if (sheet.header.missing.length) {
    throw Invalid('import_header_missing', { columns: sheet.header.missing.map(columnLabel).join(', ') });
  }
  if (!sheet.rows.length) throw Invalid('import_empty');

  const { cards, citizenIds } = keysOf(sheet.rows);
  const takenCards = await sql.selectTakenCards(q, cards);
  const memberCitizenIds = await sql.selectMemberCitizenIds(q, citizenIds);
  return validateRows(sheet.rows, { locale, today: todayVn(), takenCards, memberCitizenIds });
}

/**
 * Inserts the checked rows into the cell in one transaction, with one audit entry. If the database
 * refuses a row (a card number taken meanwhile), everything rolls back and the error names the row.
 */
export async function commitRows(
  db: Db, who: Principal, orgId: string, rows: readonly ValidRow[], locale: Locale, joinedOn: string = todayVn(),
): Promise<number> {
  return db.tx(async (q) => {
    const org = await importTarget(q, orgId);
    for (const { row, input } of rows) {
      try {
        await insertMember(q, orgId, input, joinedOn, {}, who.accountId);
      } catch (err) {
        throw rowFailed(err, row, input.fullName, input.cardNo ?? null, locale);
      }
    }
    await audit(q, who, {
      action: 'member.import', entity: 'org', entityId: orgId, orgPath: org.path,
      summary: `${rows.length} đảng viên`, after: { count: rows.length },
    });
    return rows.length;
  });
}

function rowFailed(err: unknown, row: number, name: string, card: string | null, locale: Locale): AppError {
  let reason: string;
  let column = '';
  if (err instanceof AppError) {
    reason = err.localized(locale);
    if (err.code === 'card_taken') column = columnLabel('cardNo');
  } else if ((err as { code?: string }).code === '23505') {
    // A unique index refused the row: the only one members has is the card number.
    reason = msg(locale, 'card_taken', { card: card ?? '' });
    column = columnLabel('cardNo');
  } else {
    reason = msg(locale, 'internal');
  }
  const status = err instanceof AppError ? err.status : (err as { code?: string }).code === '23505' ? 409 : 500;
  if (status === 500) console.error('import: row', row, err);
  return new AppError(status, 'import_row_failed', 'import_row_failed', { row, name, reason }, {
    row, fullName: name, errors: [{ column, message: reason }],
  });
}

export type ImportResult = ImportReport;

/** Preview (dryRun) or import: a file with any bad row changes nothing. */
export async function importMembers(
  db: Db, who: Principal, orgId: string, buffer: Buffer, opts: { dryRun: boolean; locale: Locale },
): Promise<ImportResult> {
  await importTarget(db, orgId);
  const { report, valid } = await checkImport(db, buffer, opts.locale);
  if (opts.dryRun) return report;
  if (!report.ok) {
    const bad = report.rows.filter((r) => r.errors.length).length;
    throw Invalid('import_has_errors', { count: bad }, report);
  }
  const created = await commitRows(db, who, orgId, valid, opts.locale);
  return { ...report, created };
}
