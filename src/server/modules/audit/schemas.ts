import { Type, type Static } from '@sinclair/typebox';
import { Nullable } from '../../schemas';

/** Wire shapes of the audit log. */
export const AuditQuery = Type.Object({
  orgId: Type.String({ format: 'uuid' }),
  action: Type.Optional(Type.String({ maxLength: 60 })),
  before: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'entries older than this id (next page)' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
});
export type AuditQuery = Static<typeof AuditQuery>;

export const AuditEntry = Type.Object({
  id: Type.Integer(), at: Type.String(), username: Nullable(Type.String()), fullName: Nullable(Type.String()), action: Type.String(),
  entity: Type.String(), entityId: Nullable(Type.String()), summary: Nullable(Type.String()), before: Type.Unknown(), after: Type.Unknown(),
  unit: Type.Union([Type.String(), Type.Null()], { description: 'the unit where it happened; null for entries of no unit (admins only)' }),
  text: Type.String({ description: 'the entry in words, in the request’s language: who did what, to whom, where' }),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditPage = Type.Object({ items: Type.Array(AuditEntry), nextBefore: Nullable(Type.Integer()) });
export type AuditPage = Static<typeof AuditPage>;
