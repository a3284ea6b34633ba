import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { PUBLIC } from '../../http';
import { errors, LIMITS } from '../../schemas';
import { SESSION_COOKIE, SESSION_DAYS } from '../../auth/sessions';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../../demo/index';
import * as service from './service';
import { SETUP_CODE_HEADER, checkSetupCode } from '../../security/setup-code';

export async function setupRoutes(app: FastifyInstance, opts: { secureCookies: boolean; setupCode?: string | null }) {
  const tags = ['setup'];
  const CodeHeader = Type.Object({
    [SETUP_CODE_HEADER]: Type.Optional(Type.String({
      maxLength: 40, description: 'the one-time setup code printed in the server log at start (needed unless the server runs without one)',
    })),
  });
  const guard = (headers: Record<string, unknown>) => checkSetupCode(opts.setupCode, headers[SETUP_CODE_HEADER]);
  app.get(
    '/api/setup',
    {
      config: { permission: PUBLIC },
      schema: {
        tags, summary: 'Hệ thống đã thiết lập chưa / Whether chibo still needs setting up', security: [],
        response: { 200: Type.Object({ needed: Type.Boolean(), codeRequired: Type.Boolean({ description: 'POST /api/setup and /api/setup/demo need X-Setup-Code' }) }) },
      },
    },
    async () => ({ needed: await service.isSetupNeeded(app.db), codeRequired: Boolean(opts.setupCode) }),
  );
  app.post(
    '/api/setup/demo',
    {
      config: { permission: PUBLIC, rateLimit: { max: 3, timeWindow: 60_000 } },
      schema: {
        tags, summary: 'Nạp xã mẫu Thanh Minh (chỉ khi cơ sở dữ liệu trống) / Load the demo commune (empty database only)', security: [],
        headers: CodeHeader,
        response: {
          200: Type.Object({
            orgs: Type.Integer(), members: Type.Integer(), accounts: Type.Integer(), password: Type.String(),
            usernames: Type.Array(Type.Object({ username: Type.String(), description: Type.String() })),
          }),
          ...errors,
        },
      },
    },
    async (req) => {
      guard(req.headers);
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
        headers: CodeHeader, body: Body, response: { 201: Type.Object({ orgId: Type.String() }), ...errors },
      },
    },
    async (req, reply) => {
      guard(req.headers);
      const r = await service.setupCommittee(app.db, req.body, { ip: req.ip, userAgent: req.headers['user-agent'] });
      reply.setCookie(SESSION_COOKIE, r.token, {
        path: '/', httpOnly: true, sameSite: 'lax', secure: opts.secureCookies, maxAge: SESSION_DAYS * 86400,
      });
      reply.status(201);
      return { orgId: r.orgId };
    },
  );
}
