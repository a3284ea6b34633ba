// The health check: one public route that asks the database to answer and says which one runs. It has nothing to
// decide and no record to present, so the module has no service and no presenters (docs/architecture.md).
import type { FastifyInstance } from 'fastify';
import { PUBLIC } from '../../http';
import { ping } from './queries';
import { Health } from './schemas';

export async function healthRoutes(app: FastifyInstance) {
  app.get(
    '/api/health',
    {
      config: { permission: PUBLIC },
      schema: {
        tags: ['system'],
        summary: 'Tình trạng máy chủ / Server health',
        security: [],
        response: { 200: Health },
      },
    },
    async (): Promise<Health> => {
      await ping(app.db);
      return { status: 'ok', database: app.db.kind };
    },
  );
}
