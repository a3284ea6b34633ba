import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { LOGIN, principalOf } from '../../http';
import { errors, Nullable } from '../../schemas';
import { search } from './service';

export async function searchRoutes(app: FastifyInstance) {
  const Query = Type.Object({ q: Type.String({ minLength: 1, maxLength: 100 }) });
  app.get<{ Querystring: Static<typeof Query> }>(
    '/api/search',
    {
      config: { permission: LOGIN },
      schema: {
        tags: ['search'],
        summary: 'Tìm kiếm chung (không cần dấu): đảng viên, tổ chức, buổi sinh hoạt (chủ đề, biên bản, nghị quyết), văn bản, nhiệm vụ — trong phạm vi được xem / One search box, without diacritics, within what the caller may read',
        querystring: Query,
        response: {
          200: Type.Object({
            items: Type.Array(Type.Object({
              kind: Type.Union([Type.Literal('person'), Type.Literal('unit'), Type.Literal('meeting'), Type.Literal('task'), Type.Literal('document')]),
              id: Type.String(), title: Type.String(), subtitle: Nullable(Type.String()), date: Nullable(Type.String()),
              score: Type.Number({ description: 'rank, higher first' }),
            })),
          }),
          ...errors,
        },
      },
    },
    async (req) => search(app.db, principalOf(req), req.query.q),
  );
}
