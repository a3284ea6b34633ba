import type { FastifyInstance } from 'fastify';
import type { Static } from '@sinclair/typebox';
import { act } from '../../http';
import { errors } from '../../schemas';
import { getOrg } from '../orgs/service';
import { SealReport, VerifyQuery } from './schemas';
import { verifyMinutes } from './service';

export async function integrityRoutes(app: FastifyInstance) {
  app.get<{ Querystring: Static<typeof VerifyQuery> }>(
    '/api/minutes/verify',
    {
      config: { permission: act('audit.read', 'org', 'query', 'orgId') },
      schema: {
        tags: ['audit'],
        summary: 'Kiểm tra dấu niêm phong của các biên bản đã thông qua / Verify the seal (hash chain) of approved minutes in a unit’s subtree',
        querystring: VerifyQuery, response: { 200: SealReport, ...errors },
      },
    },
    async (req) => {
      const org = await getOrg(app.db, req.query.orgId);
      return verifyMinutes(app.db, org.path);
    },
  );
}
