import type { FastifyInstance } from 'fastify';
import { Type, type Static } from '@sinclair/typebox';
import { act, principalOf } from '../../http';
import { errors, IdParams, LIMITS, lit, Nullable } from '../../schemas';
import { ROLES } from '../../auth/policy';
import * as service from './service';

const RoleT = lit(ROLES);
const Account = Type.Object({
  accountId: Type.String(), personId: Nullable(Type.String()), username: Type.String(), fullName: Nullable(Type.String()),
  orgName: Nullable(Type.String()), locale: Type.String(), disabled: Type.Boolean(), mustChangePassword: Type.Boolean(),
  lastLoginAt: Nullable(Type.String()),
  grants: Type.Array(Type.Object({ grantId: Type.String(), role: Type.String(), orgId: Nullable(Type.String()), orgName: Nullable(Type.String()) })),
});
const Password = Type.String({ minLength: 1, maxLength: LIMITS.password });

export async function accountRoutes(app: FastifyInstance) {
  const tags = ['accounts'];
  const ListQuery = Type.Object({ orgId: Type.String({ format: 'uuid' }) });
  app.get<{ Querystring: Static<typeof ListQuery> }>(
    '/api/accounts',
    {
      config: { permission: act('account.manage', 'org', 'query', 'orgId') },
      schema: { tags, summary: 'Tài khoản trong tổ chức / Accounts in a unit’s subtree', querystring: ListQuery, response: { 200: Type.Array(Account), ...errors } },
    },
    async (req) => service.listAccounts(app.db, principalOf(req), req.query.orgId),
  );
  const CreateBody = Type.Object({
    personId: Type.String({ format: 'uuid' }),
    username: Type.String({ minLength: 1, maxLength: LIMITS.username }),
    password: Password,
    role: RoleT,
    orgId: Type.String({ format: 'uuid', description: 'where the first grant applies (its subtree)' }),
  });
  app.post<{ Body: Static<typeof CreateBody> }>(
    '/api/accounts',
    {
      config: { permission: act('account.manage', 'person', 'body', 'personId') },
      schema: { tags, summary: 'Tạo tài khoản đăng nhập / Create a login account', body: CreateBody, response: { 201: Account, ...errors } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createAccount(app.db, principalOf(req), req.body);
    },
  );
  const ResetBody = Type.Object({ password: Password });
  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof ResetBody> }>(
    '/api/accounts/:id/reset-password',
    {
      config: { permission: act('account.manage', 'account') },
      schema: {
        tags, summary: 'Đặt lại mật khẩu (đăng xuất mọi phiên) / Reset a password (ends all sessions)', params: IdParams, body: ResetBody,
        response: { 200: Account, ...errors },
      },
    },
    async (req) => service.resetPassword(app.db, principalOf(req), req.params.id, req.body.password),
  );
  const DisableBody = Type.Object({ disabled: Type.Boolean() });
  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof DisableBody> }>(
    '/api/accounts/:id/disabled',
    {
      config: { permission: act('account.manage', 'account') },
      schema: { tags, summary: 'Khoá / mở khoá tài khoản / Disable or enable', params: IdParams, body: DisableBody, response: { 200: Account, ...errors } },
    },
    async (req) => service.setDisabled(app.db, principalOf(req), req.params.id, req.body.disabled),
  );
  const GrantBody = Type.Object({ role: RoleT, orgId: Nullable(Type.String({ format: 'uuid' })) });
  app.post<{ Params: Static<typeof IdParams>; Body: Static<typeof GrantBody> }>(
    '/api/accounts/:id/grants',
    {
      config: { permission: act('account.manage', 'account') },
      schema: { tags, summary: 'Cấp vai trò trong một tổ chức / Grant a role over a unit’s subtree', params: IdParams, body: GrantBody, response: { 200: Account, ...errors } },
    },
    async (req) => service.addGrant(app.db, principalOf(req), req.params.id, req.body),
  );
  app.delete<{ Params: Static<typeof IdParams> }>(
    '/api/grants/:id',
    {
      config: { permission: act('account.manage', 'grant') },
      schema: { tags, summary: 'Thu hồi vai trò / Revoke a grant', params: IdParams, response: { 200: Account, ...errors } },
    },
    async (req) => service.removeGrant(app.db, principalOf(req), req.params.id),
  );
}
