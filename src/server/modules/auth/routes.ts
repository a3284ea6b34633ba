import type { FastifyInstance, FastifyReply } from 'fastify';
import { LOGIN, PUBLIC, principalOf } from '../../http';
import { errors, Ok } from '../../schemas';
import { SESSION_COOKIE, SESSION_DAYS } from '../../auth/sessions';
import { LOCALE_COOKIE } from '../../messages';
import * as service from './service';
import { LocaleBody, LoginBody, Me, PasswordBody, SessionList, SessionParams, TextSizeBody } from './schemas';
import { AddressLimit, LoginThrottle } from '../../security/login-throttle';

export async function authRoutes(app: FastifyInstance, opts: { secureCookies: boolean }) {
  const throttle = { names: new LoginThrottle(), addresses: new AddressLimit() };
  const setSession = (reply: FastifyReply, token: string) =>
    reply.setCookie(SESSION_COOKIE, token, {
      path: '/',
      httpOnly: true,
      sameSite: 'lax',
      secure: opts.secureCookies,
      maxAge: SESSION_DAYS * 86400,
    });

  app.post<{ Body: LoginBody }>(
    '/api/auth/login',
    {
      // Guessing is slowed per name (growing delays) and capped per client address (failed tries a minute):
      // service.login and security/login-throttle.ts. Behind a proxy, the address is the client's only when
      // the proxy hops are configured (CHIBO_TRUST_PROXY).
      config: { permission: PUBLIC },
      schema: {
        tags: ['auth'],
        summary: 'Đăng nhập / Log in',
        security: [],
        body: LoginBody,
        response: { 200: Me, ...errors },
      },
    },
    async (req, reply) => {
      const { token, me } = await service.login(app.db, throttle, req.body.username, req.body.password, {
        ip: req.ip,
        userAgent: req.headers['user-agent'],
      });
      setSession(reply, token);
      return me;
    },
  );

  app.post(
    '/api/auth/logout',
    { config: { permission: LOGIN }, schema: { tags: ['auth'], summary: 'Đăng xuất / Log out', response: { 200: Ok } } },
    async (req, reply) => {
      if (req.sessionToken) await service.logout(app.db, principalOf(req), req.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: '/' });
      return { ok: true };
    },
  );

  app.get(
    '/api/auth/me',
    { config: { permission: LOGIN }, schema: { tags: ['auth'], summary: 'Tài khoản đang đăng nhập / Current account', response: { 200: Me, ...errors } } },
    async (req) => service.me(app.db, principalOf(req).accountId, req.sessionToken ?? ''),
  );

  app.post<{ Body: PasswordBody }>(
    '/api/auth/password',
    {
      config: { permission: LOGIN, rateLimit: { max: 10, timeWindow: 60_000 } },
      schema: { tags: ['auth'], summary: 'Đổi mật khẩu / Change password', body: PasswordBody, response: { 200: Ok, ...errors } },
    },
    async (req) => {
      await service.changePassword(app.db, principalOf(req), req.body.currentPassword, req.body.newPassword);
      return { ok: true };
    },
  );

  app.put<{ Body: LocaleBody }>(
    '/api/auth/locale',
    {
      config: { permission: PUBLIC },
      schema: { tags: ['auth'], summary: 'Chọn ngôn ngữ / Choose language (remembered)', body: LocaleBody, response: { 200: Ok } },
    },
    async (req, reply) => {
      if (req.principal) await service.setLocale(app.db, req.principal, req.body.locale);
      reply.setCookie(LOCALE_COOKIE, req.body.locale, { path: '/', sameSite: 'lax', maxAge: 365 * 86400 });
      return { ok: true };
    },
  );

  app.put<{ Body: TextSizeBody }>(
    '/api/auth/text-size',
    {
      config: { permission: LOGIN },
      schema: {
        tags: ['auth'], summary: 'Chữ lớn cho người lớn tuổi / Large-text mode (remembered with the account)', body: TextSizeBody, response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await service.setLargeText(app.db, principalOf(req), req.body.large);
      return { ok: true };
    },
  );

  app.get(
    '/api/auth/sessions',
    {
      config: { permission: LOGIN },
      schema: { tags: ['auth'], summary: 'Phiên đăng nhập của tôi / My sessions', response: { 200: SessionList } },
    },
    async (req) => service.listSessions(app.db, principalOf(req)),
  );
  app.delete<{ Params: SessionParams }>(
    '/api/auth/sessions/:id',
    {
      config: { permission: LOGIN },
      schema: {
        tags: ['auth'],
        summary: 'Thu hồi một phiên / Revoke one of my sessions',
        params: SessionParams,
        response: { 200: Ok, ...errors },
      },
    },
    async (req) => {
      await service.revokeOwnSession(app.db, principalOf(req), req.params.id);
      return { ok: true };
    },
  );
}
