import type { Queryable } from './db/index';
import type { Principal } from './auth/policy';
import type { AuditAction } from '../domain/audit';

export type AuditEntry = {
  /**
   * 'org.create', 'member.transfer', ...: each has its words in both languages in AUDIT_ACTIONS
   * (src/domain/audit.ts). A new action: add its words there (the audit page shows every entry as a sentence).
   */
  action: AuditAction;
  entity: string; // table-like name: 'org', 'member', 'account', ...
  entityId: string | null;
  orgPath: string | null; // where in the tree it happened, so leaders can browse their subtree
  summary?: string;
  before?: unknown;
  after?: unknown;
};

/** Every write calls this inside its own transaction: the change and its record land together. */
export async function audit(q: Queryable, who: Principal | null, e: AuditEntry): Promise<void> {
  await q.query(
    `INSERT INTO audit_log (account_id, action, entity, entity_id, org_path, summary, before, after)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
    [
      who?.accountId ?? null,
      e.action,
      e.entity,
      e.entityId,
      e.orgPath,
      e.summary ?? null,
      e.before === undefined ? null : JSON.stringify(e.before),
      e.after === undefined ? null : JSON.stringify(e.after),
    ],
  );
}

/** Many entries by one author in a few statements, for a service that writes many records at once (the same rows as `audit`). */
export async function auditMany(q: Queryable, who: Principal | null, entries: readonly AuditEntry[]): Promise<void> {
  const BATCH = 200;
  for (let i = 0; i < entries.length; i += BATCH) {
    const params: unknown[] = [];
    const tuples = entries.slice(i, i + BATCH).map((e) => {
      params.push(
        who?.accountId ?? null, e.action, e.entity, e.entityId, e.orgPath, e.summary ?? null,
        e.before === undefined ? null : JSON.stringify(e.before), e.after === undefined ? null : JSON.stringify(e.after),
      );
      const n = params.length - 8;
      return `(${Array.from({ length: 8 }, (_, k) => `$${n + k + 1}`).join(', ')})`;
    });
    await q.query(`INSERT INTO audit_log (account_id, action, entity, entity_id, org_path, summary, before, after) VALUES ${tuples.join(', ')}`, params);
  }
}
