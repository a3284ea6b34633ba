import type { FastifyInstance } from 'fastify';
import { PUBLIC } from '../../http';
import { errors } from '../../schemas';
import { SESSION_COOKIE, SESSION_DAYS } from '../../auth/sessions';
import { SETUP_CODE_HEADER, checkSetupCode } from '../../security/setup-code';
import * as service from './service';
import { CodeHeader, DemoResult, SetupBody, SetupDone, SetupState } from './schemas';

export async function setupRoutes(
  app: FastifyInstance, opts: { secureCookies: boolean; setupCode?: string | null; demo: service.DemoSource },
) {
  const tags = ['setup'];
  const guard = (headers: Record<string, unknown>) => checkSetupCode(opts.setupCode, headers[SETUP_CODE_HEADER]);
  app.get(
    '/api/setup',
    {
      config: { permission: PUBLIC },
      schema: { tags, summary: 'Hệ thống đã thiết lập chưa / Whether chibo still needs setting up', security: [], response: { 200: SetupState } },
    },
    async (): Promise<SetupState> => ({ needed: await service.isSetupNeeded(app.db), codeRequired: Boolean(opts.setupCode) }),
  );
  app.post(
    '/api/setup/demo',
    {
      config: { permission: PUBLIC, rateLimit: { max: 3, timeWindow: 60_000 } },
      schema: {
        tags, summary: 'Nạp xã mẫu Thanh Minh (chỉ khi cơ sở dữ liệu trống) / Load the demo commune (empty database only)', security: [],
        headers: CodeHeader, response: { 200: DemoResult, ...errors },
      },
    },
    async (req) => {
      guard(req.headers);
      return service.setupDemo(app.db, opts.demo);
    },
  );
  app.post<{ Body: SetupBody }>(
    '/api/setup',
    {
      config: { permission: PUBLIC, rateLimit: { max: 5, timeWindow: 60_000 } },
      schema: {
        tags, summary: 'Tạo đảng bộ và quản trị viên đầu tiên / Create your committee and its first administrator', security: [],
        headers: CodeHeader, body: SetupBody, response: { 201: SetupDone, ...errors },
      },
    },
    async (req, reply): Promise<SetupDone> => {
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
