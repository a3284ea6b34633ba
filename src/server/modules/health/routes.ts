import type { FastifyInstance } from 'fastify';
import { Type } from '@sinclair/typebox';
import { PUBLIC } from '../../http';

export async function healthRoutes(app: FastifyInstance) {
  app.get(
    '/api/health',
    {
      config: { permission: PUBLIC },
      schema: {
        tags: ['system'],
        summary: 'Tình trạng máy chủ / Server health',
        security: [],
        response: {
          200: Type.Object({ status: Type.Literal('ok'), database: Type.Union([Type.Literal('pglite'), Type.Literal('postgres')]) }),
        },
      },
    },
    async () => {
      await app.db.query('SELECT 1');
      return { status: 'ok' as const, database: app.db.kind };
    },
  );
}
