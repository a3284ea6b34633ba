import type { FastifyInstance } from 'fastify';
import { act, principalOf } from '../../http';
import { errors } from '../../schemas';
import { AuditPage, AuditQuery } from './schemas';
import { browseLog } from './browse';

export async function auditRoutes(app: FastifyInstance) {
  app.get<{ Querystring: AuditQuery }>(
    '/api/audit',
    {
      config: { permission: act('audit.read', 'org', 'query', 'orgId') },
      schema: {
        tags: ['audit'], summary: 'Nhật ký thay đổi trong tổ chức và cấp dưới / Audit log of a unit’s subtree', querystring: AuditQuery,
        response: { 200: AuditPage, ...errors },
      },
    },
    async (req) => browseLog(app.db, principalOf(req), req.query, req.locale),
  );
}
