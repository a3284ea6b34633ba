import type { Queryable } from '../../db/index';

/** The audit module's SQL (entries are written by src/server/audit.ts, inside each change's transaction). */

export type AuditRow = {
  id: number; at: Date; username: string | null; full_name: string | null; action: string; entity: string; entity_id: string | null;
  summary: string | null; before: unknown; after: unknown;
};

/** Entries under an org path, newest first, older than `before` when given, optionally of actions starting with a prefix. */
export function selectEntries(q: Queryable, f: { orgPath: string; before: number | null; limit: number; actionPrefix?: string }) {
  const params: unknown[] = [f.orgPath + '%', f.before, f.limit];
  let filter = '';
  if (f.actionPrefix) {
    params.push(f.actionPrefix + '%');
    filter = ` AND l.action LIKE $${params.length}`;
  }
  return q.query<AuditRow>(
    `SELECT l.id, l.at, a.username, p.full_name, l.action, l.entity, l.entity_id, l.summary, l.before, l.after
       FROM audit_log l LEFT JOIN accounts a ON a.id = l.account_id LEFT JOIN people p ON p.id = a.person_id
      WHERE l.org_path LIKE $1 AND ($2::bigint IS NULL OR l.id < $2)${filter}
      ORDER BY l.id DESC LIMIT $3`,
    params,
  );
}
