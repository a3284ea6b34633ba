import type { FastifyInstance } from 'fastify';
import { act, principalOf } from '../../http';
import { errors, IdParams } from '../../schemas';
import { Account, AccountList, CreateAccountBody, DisableBody, GrantBody, ListQuery, ResetPasswordBody } from './schemas';
import * as service from './service';

/** Routes only: a permission, a schema, one call. */
export async function accountRoutes(app: FastifyInstance) {
  const tags = ['accounts'];
  app.get<{ Querystring: ListQuery }>(
    '/api/accounts',
    {
      config: { permission: act('account.manage', 'org', 'query', 'orgId') },
      schema: { tags, summary: 'Tài khoản trong tổ chức / Accounts in a unit’s subtree', querystring: ListQuery, response: { 200: AccountList, ...errors } },
    },
    async (req) => service.listAccounts(app.db, principalOf(req), req.query.orgId),
  );
  app.post<{ Body: CreateAccountBody }>(
    '/api/accounts',
    {
      config: { permission: act('account.manage', 'person', 'body', 'personId') },
      schema: { tags, summary: 'Tạo tài khoản đăng nhập / Create a login account', body: CreateAccountBody, response: { 201: Account, ...errors } },
    },
    async (req, reply) => {
      reply.status(201);
      return service.createAccount(app.db, principalOf(req), req.body);
    },
  );
  app.post<{ Params: IdParams; Body: ResetPasswordBody }>(
    '/api/accounts/:id/reset-password',
    {
      config: { permission: act('account.manage', 'account') },
      schema: {
        tags, summary: 'Đặt lại mật khẩu (đăng xuất mọi phiên) / Reset a password (ends all sessions)', params: IdParams, body: ResetPasswordBody,
        response: { 200: Account, ...errors },
      },
    },
    async (req) => service.resetPassword(app.db, principalOf(req), req.params.id, req.body.password),
  );
  app.post<{ Params: IdParams; Body: DisableBody }>(
    '/api/accounts/:id/disabled',
    {
      config: { permission: act('account.manage', 'account') },
      schema: { tags, summary: 'Khoá / mở khoá tài khoản / Disable or enable', params: IdParams, body: DisableBody, response: { 200: Account, ...errors } },
    },
    async (req) => service.setDisabled(app.db, principalOf(req), req.params.id, req.body.disabled),
  );
  app.post<{ Params: IdParams; Body: GrantBody }>(
    '/api/accounts/:id/grants',
    {
      config: { permission: act('account.manage', 'account') },
      schema: { tags, summary: 'Cấp vai trò trong một tổ chức / Grant a role over a unit’s subtree', params: IdParams, body: GrantBody, response: { 200: Account, ...errors } },
    },
    async (req) => service.addGrant(app.db, principalOf(req), req.params.id, req.body),
  );
  app.delete<{ Params: IdParams }>(
    '/api/grants/:id',
    {
      config: { permission: act('account.manage', 'grant') },
      schema: { tags, summary: 'Thu hồi vai trò / Revoke a grant', params: IdParams, response: { 200: Account, ...errors } },
    },
    async (req) => service.removeGrant(app.db, principalOf(req), req.params.id),
  );
}
