import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { AppError, Conflict, Invalid } from '../../errors';
import { audit } from '../../audit';
import { msg, type Locale } from '../../messages';
import { todayVn } from '../../../domain/dates';
import { getOrg } from '../orgs/service';
import { insertMember } from '../members/service';
import { NotXlsxError, buildExport, columnLabel, readMemberSheet, slugify, type ExportMember } from './xlsx';
import { keysOf, validateRows, type ImportReport, type ValidRow } from './validate';

/** At most this many members per file. */
export const MAX_IMPORT_ROWS = 2000;

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
    throw err;
  }
  if (!sheet.hasValues) throw Invalid('import_empty');
  if (!sheet.header) throw Invalid('import_header_missing', { columns: columnLabel('fullName') });
  if (sheet.header.missing.length) {
    throw Invalid('import_header_missing', { columns: sheet.header.missing.map(columnLabel).join(', ') });
  }
  if (!sheet.rows.length) throw Invalid('import_empty');
  if (sheet.rows.length > MAX_IMPORT_ROWS) throw Invalid('import_too_many_rows', { count: sheet.rows.length, max: MAX_IMPORT_ROWS });

  const { cards, citizenIds } = keysOf(sheet.rows);
  const takenCards = new Set<string>();
  if (cards.length) {
    const found = await q.query<{ k: string }>(
      `SELECT upper(regexp_replace(card_no, '\\s', '', 'g')) AS k FROM members
        WHERE upper(regexp_replace(card_no, '\\s', '', 'g')) = ANY ($1::text[])`,
      [cards],
    );
    for (const r of found) takenCards.add(r.k);
  }
  const memberCitizenIds = new Map<string, string>();
  if (citizenIds.length) {
    const found = await q.query<{ citizen_id: string; full_name: string }>(
      `SELECT p.citizen_id, p.full_name FROM people p JOIN members mb ON mb.person_id = p.id WHERE p.citizen_id = ANY ($1::text[])`,
      [citizenIds],
    );
    for (const r of found) memberCitizenIds.set(r.citizen_id, r.full_name);
  }
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
        await insertMember(q, orgId, input, joinedOn);
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

type ExportRow = {
  full_name: string; birth_date: string | null; gender: string | null; ethnicity: string | null; religion: string | null;
  phone: string | null; citizen_id: string | null; address: string | null; education: string | null; card_no: string | null;
  admission_date: string | null; official_date: string | null; standing: string; state: string; theory_level: string | null;
  dues_category: string | null; org_name: string; ended_on: string | null; positions: string[] | null;
};

/** The members of a unit and its subtree as an XLSX file (current members; former too when asked). */
export async function exportMembers(db: Queryable, orgId: string, includeFormer: boolean) {
  const org = await getOrg(db, orgId);
  const current = includeFormer ? '' : ` AND m.ended_on IS NULL AND mb.state IN ('active', 'exempt', 'temp_exempt', 'suspended')`;
  // One row a person: their current membership in the subtree, or the last one.
  const rows = await db.query<ExportRow>(
    `SELECT * FROM (
       SELECT DISTINCT ON (p.id) p.full_name, p.name_search, p.birth_date, p.gender, p.ethnicity, p.religion, p.phone,
              p.citizen_id, p.address, p.education, mb.card_no, mb.admission_date, mb.official_date, mb.standing, mb.state,
              mb.theory_level, mb.dues_category, o.name AS org_name, m.ended_on,
              (SELECT coalesce(array_agg(ps.title ORDER BY ps.title), '{}') FROM positions ps
                WHERE ps.person_id = p.id AND ps.ended_on IS NULL) AS positions
         FROM memberships m
         JOIN people p ON p.id = m.person_id
         JOIN members mb ON mb.person_id = p.id
         JOIN orgs o ON o.id = m.org_id
        WHERE o.path LIKE $1 AND m.kind = 'official'${current}
        ORDER BY p.id, m.ended_on IS NULL DESC, m.started_on DESC
     ) x ORDER BY x.org_name, x.name_search`,
    [org.path + '%'],
  );
  const members: ExportMember[] = rows.map((r) => ({
    fullName: r.full_name, birthDate: r.birth_date, gender: r.gender, ethnicity: r.ethnicity, religion: r.religion,
    phone: r.phone, citizenId: r.citizen_id, address: r.address, education: r.education, cardNo: r.card_no,
    admissionDate: r.admission_date, officialDate: r.official_date, standing: r.standing, theoryLevel: r.theory_level,
    duesCategory: r.dues_category, orgName: r.org_name,
    // Left this subtree but still a member elsewhere: shown as transferred.
    state: r.ended_on && ['active', 'exempt', 'temp_exempt'].includes(r.state) ? 'transferred_out' : r.state,
    positions: r.ended_on ? [] : r.positions ?? [],
  }));
  const buffer = await buildExport(members, `Danh sách đảng viên — ${org.name}`);
  return {
    buffer,
    fileName: `dang-vien-${slugify(org.name)}.xlsx`,
    unicodeName: `Đảng viên - ${org.name}.xlsx`,
    count: members.length,
  };
}
