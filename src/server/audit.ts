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

/** Many entries in one statement (a batch that writes many records, each with its own entry), each by the account given. */
export async function auditMany(q: Queryable, entries: (AuditEntry & { accountId: string | null })[]): Promise<void> {
  if (!entries.length) return;
  const json = (v: unknown) => (v === undefined ? null : JSON.stringify(v));
  await q.query(
    `INSERT INTO audit_log (account_id, action, entity, entity_id, org_path, summary, before, after)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::jsonb[], $8::jsonb[])`,
    [entries.map((e) => e.accountId), entries.map((e) => e.action), entries.map((e) => e.entity), entries.map((e) => e.entityId),
      entries.map((e) => e.orgPath), entries.map((e) => e.summary ?? null), entries.map((e) => json(e.before)), entries.map((e) => json(e.after))],
  );
}
