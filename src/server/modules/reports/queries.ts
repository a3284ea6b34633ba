// SQL of the reports' register: a report per unit and period, its narrative versions, its number.
import type { Queryable } from '../../db/index';

export type ReportRow = {
  id: string; org_id: string; period: string; status: 'draft' | 'issued'; scope_key: string | null; seq: number | null;
  number: string | null; issued_on: string | null; issued_version: number | null; issued_at: Date | null; snapshot: unknown;
};
export type VersionRow = { version: number; narrative: Record<string, string>; saved_by_name: string | null; saved_at: Date };

export const report = (q: Queryable, orgId: string, period: string) =>
  q.one<ReportRow>(
    `SELECT id, org_id, period, status, scope_key, seq, number, issued_on, issued_version, issued_at, snapshot
       FROM party_reports WHERE org_id = $1 AND period = $2`,
    [orgId, period],
  );

export async function ensureReport(q: Queryable, orgId: string, period: string): Promise<ReportRow> {
  await q.query('INSERT INTO party_reports (org_id, period) VALUES ($1, $2) ON CONFLICT (org_id, period) DO NOTHING', [orgId, period]);
  return (await q.one<ReportRow>(
    `SELECT id, org_id, period, status, scope_key, seq, number, issued_on, issued_version, issued_at, snapshot
       FROM party_reports WHERE org_id = $1 AND period = $2 FOR UPDATE`,
    [orgId, period],
  ))!;
}

export const versions = (q: Queryable, reportId: string) =>
  q.query<VersionRow>(
    'SELECT version, narrative, saved_by_name, saved_at FROM party_report_versions WHERE report_id = $1 ORDER BY version DESC',
    [reportId],
  );

export const insertVersion = (q: Queryable, reportId: string, version: number, narrative: object, accountId: string | null, name: string | null) =>
  q.query(
    'INSERT INTO party_report_versions (report_id, version, narrative, saved_by, saved_by_name) VALUES ($1, $2, $3, $4, $5)',
    [reportId, version, JSON.stringify(narrative), accountId, name],
  );

/** Every BC number the unit ever gave in a numbering scope (never reused). */
export const issuedSeqs = (q: Queryable, orgId: string, scopeKey: string) =>
  q.query<{ seq: number }>('SELECT seq FROM party_reports WHERE org_id = $1 AND scope_key = $2 AND seq IS NOT NULL', [orgId, scopeKey]);

/** Serialises the numbering of a unit's reports: two offices issuing at once take consecutive numbers. */
export const lockUnit = (q: Queryable, orgId: string) => q.query('SELECT id FROM orgs WHERE id = $1 FOR UPDATE', [orgId]);

export const markIssued = (
  q: Queryable, id: string,
  v: { scopeKey: string; seq: number; number: string; issuedOn: string; version: number; accountId: string | null; snapshot: object },
) =>
  q.query(
    `UPDATE party_reports SET status = 'issued', scope_key = $2, seq = $3, number = $4, issued_on = $5, issued_version = $6,
            issued_at = now(), issued_by = $7, snapshot = $8 WHERE id = $1`,
    [id, v.scopeKey, v.seq, v.number, v.issuedOn, v.version, v.accountId, JSON.stringify(v.snapshot)],
  );

/** The unit's parent's name and the unit's place (the report's heading). */
export const parentAndPlace = (q: Queryable, orgId: string) =>
  q.one<{ name: string | null; place: string | null }>(
    `SELECT pa.name, o.place FROM orgs o LEFT JOIN orgs pa ON pa.id = o.parent_id WHERE o.id = $1`, [orgId],
  );

export const childrenOf = (q: Queryable, orgId: string) =>
  q.query<{ id: string; name: string; kind: string }>('SELECT id, name, kind FROM orgs WHERE parent_id = $1', [orgId]);

/** Each cell of the subtree with the unit directly under the reporting one that it belongs to (empty: the reporting cell). */
export const cellUnits = (q: Queryable, orgId: string) =>
  q.query<{ id: string; unit: string }>(
    `SELECT c.id, split_part(substr(c.path, length(o.path) + 1), '/', 1) AS unit
       FROM orgs o JOIN orgs c ON c.path LIKE o.path || '%' AND c.kind = 'cell' WHERE o.id = $1`,
    [orgId],
  );
