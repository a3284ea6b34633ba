import type { FastifyInstance } from 'fastify';
import { LOGIN, principalOf } from '../../http';
import { errors } from '../../schemas';
import { search } from './service';
import { SearchQuery, SearchResult } from './schemas';

export async function searchRoutes(app: FastifyInstance) {
  app.get<{ Querystring: SearchQuery }>(
    '/api/search',
    {
      config: { permission: LOGIN },
      schema: {
        tags: ['search'],
        summary: 'Tìm kiếm chung (không cần dấu): đảng viên, tổ chức, buổi sinh hoạt (chủ đề, biên bản, nghị quyết), văn bản, nhiệm vụ — trong phạm vi được xem / One search box, without diacritics, within what the caller may read',
        querystring: SearchQuery,
        response: { 200: SearchResult, ...errors },
      },
    },
    async (req) => search(app.db, principalOf(req), req.query.q),
  );
}
