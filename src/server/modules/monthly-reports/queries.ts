// The monthly reports module's SQL, with the rows it returns.
import type { Queryable } from '../../db/index';
import type { OrgSettingsRow } from '../meetings/common';

export type UnitRow = {
  kind: 'cell' | 'partner'; id: string; name: string; org_id: string; org_name: string; org_path: string;
};
export type ReportRow = {
  id: string; org_id: string; partner_unit_id: string | null; month: string; due_on: string; submitted_on: string; submitted_at: Date;
  submitted_by: string | null; entered_by_secretary: boolean; difficulties: string; proposals: string;
};
export type ItemRow = { report_id: string; task_id: string; result: string; status: string | null };

/** A task is "of the month" when it existed by the month's end and was not closed before the month began. */
const OF_MONTH = `t.created_at::date <= $3::date AND (t.status IN ('open', 'in_progress') OR coalesce(t.done_on, t.updated_at::date) >= $2::date)`;

/** The units that report for a month in a subtree: its active cells, and the partner units that own tasks of the month. */
export async function reportingUnits(q: Queryable, path: string, monthStart: string, monthEnd: string): Promise<UnitRow[]> {
  return q.query<UnitRow>(
    `SELECT 'cell' AS kind, o.id, o.name, o.id AS org_id, o.name AS org_name, o.path AS org_path
       FROM orgs o WHERE o.kind = 'cell' AND o.status = 'active' AND o.path LIKE $1
     UNION ALL
     SELECT 'partner', u.id, u.name, o.id, o.name, o.path
       FROM partner_units u JOIN orgs o ON o.id = u.org_id
      WHERE u.active AND o.path LIKE $1 AND EXISTS (SELECT 1 FROM tasks t WHERE t.owner_partner_id = u.id AND ${OF_MONTH})
     ORDER BY 5, 1, 3`,
    [path + '%', monthStart, monthEnd],
  );
}

export async function reportsOf(q: Queryable, orgIds: string[], month: string): Promise<ReportRow[]> {
  return q.query<ReportRow>('SELECT * FROM monthly_reports WHERE org_id = ANY ($1::uuid[]) AND month = $2', [orgIds, month]);
}

export async function reportOf(q: Queryable, orgId: string, partnerId: string | null, month: string): Promise<ReportRow | undefined> {
  return q.one<ReportRow>(
    'SELECT * FROM monthly_reports WHERE org_id = $1 AND partner_unit_id IS NOT DISTINCT FROM $2 AND month = $3', [orgId, partnerId, month],
  );
}

export async function itemsOf(q: Queryable, reportId: string): Promise<ItemRow[]> {
  return q.query<ItemRow>('SELECT * FROM monthly_report_items WHERE report_id = $1', [reportId]);
}

/** The ids of the tasks a unit reports on for the month: a partner unit's own; a cell's own, its committee's and its members'. */
export async function taskIdsOf(q: Queryable, orgId: string, partnerId: string | null, monthStart: string, monthEnd: string): Promise<string[]> {
  const rows = await q.query<{ id: string }>(
    `SELECT t.id FROM tasks t
      WHERE ${partnerId ? 't.owner_partner_id = $1' : "t.owner_org_id = $1 AND t.owner_kind <> 'partner'"} AND ${OF_MONTH}
      ORDER BY t.due_on NULLS LAST, t.title`,
    [partnerId ?? orgId, monthStart, monthEnd],
  );
  return rows.map((r) => r.id);
}

/** Each cell's first regular meeting of the month (by its original date when moved) that is planned or held, in one statement. */
export function meetingDatesIn(q: Queryable, orgIds: string[], monthStart: string, monthEnd: string): Promise<{ org_id: string; date: string }[]> {
  return q.query<{ org_id: string; date: string }>(
    `SELECT DISTINCT ON (org_id) org_id, date FROM meetings
      WHERE org_id = ANY ($1::uuid[]) AND status <> 'cancelled' AND type IN ('regular', 'combined', 'expanded')
        AND coalesce(original_date, date) BETWEEN $2 AND $3
      ORDER BY org_id, date`,
    [orgIds, monthStart, monthEnd],
  );
}

/** The settings of the given units (the units on cells' paths, for the rules they inherit). */
export function orgSettings(q: Queryable, ids: string[]): Promise<OrgSettingsRow[]> {
  return q.query<OrgSettingsRow>('SELECT id, kind, name, place, path, settings FROM orgs WHERE id = ANY ($1::uuid[])', [ids]);
}

export type OrgRow = { id: string; name: string; path: string; kind: string; settings: Record<string, unknown> };

export async function orgById(q: Queryable, id: string): Promise<OrgRow | undefined> {
  return q.one<OrgRow>('SELECT id, name, path, kind, settings FROM orgs WHERE id = $1', [id]);
}

export async function partnerOf(q: Queryable, partnerId: string, orgId: string): Promise<{ id: string; name: string } | undefined> {
  return q.one<{ id: string; name: string }>('SELECT id, name FROM partner_units WHERE id = $1 AND org_id = $2', [partnerId, orgId]);
}

/** Whether the account is a current contact of the partner unit (its own person may report for it). */
export async function isContactOf(q: Queryable, partnerId: string, accountId: string): Promise<boolean> {
  return !!(await q.one(
    `SELECT 1 FROM partner_contacts c JOIN accounts a ON a.person_id = c.person_id
      WHERE c.partner_unit_id = $1 AND c.ended_on IS NULL AND a.id = $2`, [partnerId, accountId],
  ));
}

export async function insertReport(
  q: Queryable,
  r: { orgId: string; partnerId: string | null; month: string; dueOn: string; submittedOn: string; submittedBy: string | null; bySecretary: boolean },
): Promise<string> {
  return (await q.one<{ id: string }>(
    `INSERT INTO monthly_reports (org_id, partner_unit_id, month, due_on, submitted_on, submitted_by, entered_by_secretary)
     VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
    [r.orgId, r.partnerId, r.month, r.dueOn, r.submittedOn, r.submittedBy, r.bySecretary],
  ))!.id;
}

export async function setReportText(q: Queryable, id: string, difficulties: string, proposals: string): Promise<void> {
  await q.query('UPDATE monthly_reports SET difficulties = $2, proposals = $3, updated_at = now() WHERE id = $1', [id, difficulties, proposals]);
}

export async function deleteItems(q: Queryable, reportId: string): Promise<void> {
  await q.query('DELETE FROM monthly_report_items WHERE report_id = $1', [reportId]);
}

export async function insertItem(q: Queryable, reportId: string, taskId: string, result: string, status: string | null): Promise<void> {
  await q.query('INSERT INTO monthly_report_items (report_id, task_id, result, status) VALUES ($1, $2, $3, $4)', [reportId, taskId, result, status]);
}

export async function setOrgSettings(q: Queryable, orgId: string, settings: Record<string, unknown>): Promise<void> {
  await q.query('UPDATE orgs SET settings = $2, updated_at = now() WHERE id = $1', [orgId, JSON.stringify(settings)]);
}

/** Of these partner units, the accounts of their current contacts (who may report for the unit themselves). */
export async function contactAccounts(q: Queryable, partnerIds: string[]): Promise<{ partner_unit_id: string; account_id: string }[]> {
  return q.query<{ partner_unit_id: string; account_id: string }>(
    `SELECT c.partner_unit_id, a.id AS account_id FROM partner_contacts c JOIN accounts a ON a.person_id = c.person_id
      WHERE c.partner_unit_id = ANY ($1::uuid[]) AND c.ended_on IS NULL`, [partnerIds],
  );
}

export async function partnersByIds(q: Queryable, ids: string[]): Promise<{ id: string; org_id: string; name: string }[]> {
  return q.query<{ id: string; org_id: string; name: string }>('SELECT id, org_id, name FROM partner_units WHERE id = ANY ($1::uuid[])', [ids]);
}

export async function orgsByIds(q: Queryable, ids: string[]): Promise<OrgRow[]> {
  return q.query<OrgRow>('SELECT id, name, path, kind, settings FROM orgs WHERE id = ANY ($1::uuid[])', [ids]);
}

export type PastReportRow = {
  id: string; orgId: string; partnerId: string | null; month: string; dueOn: string; submittedOn: string; submittedAt: Date;
  submittedBy: string | null; bySecretary: boolean; difficulties: string; proposals: string;
};

/** Many reports as they were submitted (the demo's past), in one statement. */
export async function insertPastReports(q: Queryable, rows: PastReportRow[]): Promise<void> {
  if (!rows.length) return;
  const col = <T>(f: (r: PastReportRow) => T) => rows.map(f);
  await q.query(
    `INSERT INTO monthly_reports (id, org_id, partner_unit_id, month, due_on, submitted_on, submitted_at, submitted_by, entered_by_secretary,
                                  difficulties, proposals, updated_at)
     SELECT x.*, x.submitted_at FROM unnest($1::uuid[], $2::uuid[], $3::uuid[], $4::text[], $5::date[], $6::date[], $7::timestamptz[], $8::uuid[],
                                 $9::boolean[], $10::text[], $11::text[])
       AS x(id, org_id, partner_unit_id, month, due_on, submitted_on, submitted_at, submitted_by, entered_by_secretary, difficulties, proposals)`,
    [col((r) => r.id), col((r) => r.orgId), col((r) => r.partnerId), col((r) => r.month), col((r) => r.dueOn), col((r) => r.submittedOn),
      col((r) => r.submittedAt), col((r) => r.submittedBy), col((r) => r.bySecretary), col((r) => r.difficulties), col((r) => r.proposals)],
  );
}
