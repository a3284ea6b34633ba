import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { PUBLIC } from '../../http';
import { errors, LIMITS } from '../../schemas';
import { SESSION_COOKIE, SESSION_DAYS } from '../../auth/sessions';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo/index';
import * as service from './service';

export async function setupRoutes(app: FastifyInstance, opts: { secureCookies: boolean }) {
  const tags = ['setup'];
  app.get(
    '/api/setup',
    {
      config: { permission: PUBLIC },
      schema: {
        tags, summary: 'Hệ thống đã thiết lập chưa / Whether chibo still needs setting up', security: [],
        response: { 200: Type.Object({ needed: Type.Boolean() }) },
      },
    },
    async () => ({ needed: await service.isSetupNeeded(app.db) }),
  );
  app.post(
    '/api/setup/demo',
    {
      config: { permission: PUBLIC, rateLimit: { max: 3, timeWindow: 60_000 } },
      schema: {
        tags, summary: 'Nạp xã mẫu Thanh Minh (chỉ khi cơ sở dữ liệu trống) / Load the demo commune (empty database only)', security: [],
        response: {
          200: Type.Object({
            orgs: Type.Integer(), members: Type.Integer(), accounts: Type.Integer(), password: Type.String(),
            usernames: Type.Array(Type.Object({ username: Type.String(), description: Type.String() })),
          }),
          ...errors,
        },
      },
    },
    async () => {
      const counts = await service.setupDemo(app.db);
      return {
        ...counts,
        password: DEMO_PASSWORD,
        usernames: DEMO_ACCOUNTS.map((a) => ({ username: a.username, description: a.description })),
      };
    },
  );
  const Body = Type.Object({
    committeeName: Type.String({ minLength: 3, maxLength: LIMITS.name }),
    place: Type.String({ minLength: 2, maxLength: LIMITS.name }),
    fullName: Type.String({ minLength: 2, maxLength: LIMITS.name }),
    username: Type.String({ minLength: 1, maxLength: LIMITS.username }),
    password: Type.String({ minLength: 1, maxLength: LIMITS.password }),
  });
  app.post<{ Body: Static<typeof Body> }>(
    '/api/setup',
    {
      config: { permission: PUBLIC, rateLimit: { max: 5, timeWindow: 60_000 } },
      schema: {
        tags, summary: 'Tạo đảng bộ và quản trị viên đầu tiên / Create your committee and its first administrator', security: [],
        body: Body, response: { 201: Type.Object({ orgId: Type.String() }), ...errors },
      },
    },
    async (req, reply) => {
      const r = await service.setupCommittee(app.db, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] });
      reply.setCookie(SESSION_COOKIE, r.token, {
        path: '/', httpOnly: true, sameSite: 'lax', secure: opts.secureCookies, maxAge: SESSION_DAYS * 86400,
      });
      reply.status(201);
      return { orgId: r.orgId };
    },
  );
}
