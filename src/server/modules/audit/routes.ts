import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { act } from '../../http';
import { errors, Nullable } from '../../schemas';
import { getOrg } from '../orgs/service';

const Entry = Type.Object({
  id: Type.Integer(), at: Type.String(), username: Nullable(Type.String()), fullName: Nullable(Type.String()), action: Type.String(),
  entity: Type.String(), entityId: Nullable(Type.String()), summary: Nullable(Type.String()), before: Type.Any(), after: Type.Any(),
});

export async function auditRoutes(app: FastifyInstance) {
  const Query = Type.Object({
    orgId: Type.String({ format: 'uuid' }),
    action: Type.Optional(Type.String({ maxLength: 60 })),
    before: Type.Optional(Type.Integer({ minimum: 1, maximum: Number.MAX_SAFE_INTEGER, description: 'entries older than this id (next page)' })),
    limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
  });
  app.get<{ Querystring: Static<typeof Query> }>(
    '/api/audit',
    {
      config: { permission: act('audit.read', 'org', 'query', 'orgId') },
      schema: {
        tags: ['audit'], summary: 'Nhật ký thay đổi trong tổ chức và cấp dưới / Audit log of a unit’s subtree', querystring: Query,
        response: { 200: Type.Object({ items: Type.Array(Entry), nextBefore: Nullable(Type.Integer()) }), ...errors },
      },
    },
    async (req) => {
      const org = await getOrg(app.db, req.query.orgId);
      const limit = req.query.limit ?? 50;
      const params: unknown[] = [org.path + '%', req.query.before ?? null, limit + 1];
      let filter = '';
      if (req.query.action) {
        params.push(req.query.action + '%');
        filter = ` AND l.action LIKE $${params.length}`;
      }
      const rows = await app.db.query<{
        id: number; at: Date; username: string | null; full_name: string | null; action: string; entity: string; entity_id: string | null;
        summary: string | null; before: unknown; after: unknown;
      }>(
        `SELECT l.id, l.at, a.username, p.full_name, l.action, l.entity, l.entity_id, l.summary, l.before, l.after
           FROM audit_log l LEFT JOIN accounts a ON a.id = l.account_id LEFT JOIN people p ON p.id = a.person_id
          WHERE l.org_path LIKE $1 AND ($2::bigint IS NULL OR l.id < $2)${filter}
          ORDER BY l.id DESC LIMIT $3`,
        params,
      );
      const items = rows.slice(0, limit).map((r) => ({
        id: r.id, at: new Date(r.at).toISOString(), username: r.username, fullName: r.full_name, action: r.action, entity: r.entity,
        entityId: r.entity_id, summary: r.summary, before: r.before, after: r.after,
      }));
      return { items, nextBefore: rows.length > limit ? items[items.length - 1].id : null };
    },
  );
}
