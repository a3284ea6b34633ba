import type { Queryable } from '../../db/index';

/** The audit module's SQL (entries are written by src/server/audit.ts, inside each change's transaction). */

export type AuditRow = {
  id: number; at: Date; username: string | null; full_name: string | null; action: string; entity: string; entity_id: string | null;
  summary: string | null; before: unknown; after: unknown; org_name: string | null;
};

/**
 * Entries under an org path, newest first, older than `before` when given, optionally of actions starting with a
 * prefix. `withoutPath` adds the entries that belong to no unit (admin grants, accounts without a person, failed
 * logins of unknown names): only admins read those.
 */
export function selectEntries(
  q: Queryable, f: { orgPath: string; before: number | null; limit: number; actionPrefix?: string; withoutPath?: boolean },
) {
  const params: unknown[] = [f.orgPath + '%', f.before, f.limit, f.withoutPath ?? false];
  let filter = '';
  if (f.actionPrefix) {
    params.push(f.actionPrefix + '%');
    filter = ` AND l.action LIKE $${params.length}`;
  }
  return q.query<AuditRow>(
    `SELECT l.id, l.at, a.username, p.full_name, l.action, l.entity, l.entity_id, l.summary, l.before, l.after, o.name AS org_name
       FROM audit_log l LEFT JOIN accounts a ON a.id = l.account_id LEFT JOIN people p ON p.id = a.person_id
       LEFT JOIN orgs o ON o.path = l.org_path
      WHERE (l.org_path LIKE $1 OR ($4::boolean AND l.org_path IS NULL)) AND ($2::bigint IS NULL OR l.id < $2)${filter}
      ORDER BY l.id DESC LIMIT $3`,
    params,
  );
}
