import type { Db } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { AppError, Invalid, NotFound, Unauthorized } from '../../errors';
import { LOGIN_FAILURES_PER_ADDRESS, type AddressLimit, type LoginThrottle } from '../../security/login-throttle';
import { createSession, revokeSession } from '../../auth/sessions';
import { MIN_PASSWORD_LENGTH, dummyHash, hashPassword, verifyPassword } from '../../auth/password';
import { audit } from '../../audit';
import { accountPath } from '../accounts/service';
import * as sql from './queries';
import { presentMe, presentSession } from './presenters';
import type { Locale, Me, Session } from './schemas';

/** The name a login attempt is counted under (the limiter and the delays): as the account is stored. */
export const loginName = (username: string) => username.normalize('NFC').trim().toLowerCase();

/**
 * Logs in, or refuses: each try of a name is counted before the password is checked (growing delays after
 * a few failures, see security/login-throttle.ts); each failure and the start of the delays are audited, in
 * the account's unit when the name is an account's (leaders see attempts on their people), else for admins.
 */
export async function login(
  db: Db, throttle: { names: LoginThrottle; addresses: AddressLimit }, username: string, password: string,
  meta: { ip: string; userAgent?: string },
) {
  const name = loginName(username);
  const fromAddress = throttle.addresses.attempt(meta.ip);
  if (!fromAddress.allowed) {
    if (fromAddress.firstRefusal) {
      await audit(db, null, {
        action: 'auth.login_limited', entity: 'address', entityId: null, orgPath: null, summary: meta.ip,
        after: { ip: meta.ip, perMinute: LOGIN_FAILURES_PER_ADDRESS },
      });
    }
    throw new AppError(429, 'rate_limited', 'login_limited', { seconds: Math.ceil(fromAddress.waitMs / 1000) });
  }
  const attempt = throttle.names.attempt(name);
  if (!attempt.allowed) {
    throw new AppError(429, 'login_slowed', 'login_slowed', { seconds: Math.ceil(attempt.waitMs / 1000) });
  }
  const account = await sql.selectLoginAccount(db, name);
  const ok = await verifyPassword(account?.password_hash ?? (await dummyHash()), password);
  if (!account || !ok || account.disabled_at) {
    await db.tx(async (q) => {
      const orgPath = account ? await accountPath(q, account.id) : null;
      const entry = { entity: 'account', entityId: account?.id ?? null, orgPath, summary: name, after: { ip: meta.ip } };
      await audit(q, null, { action: 'auth.login_failed', ...entry });
      if (attempt.slowedNow) await audit(q, null, { action: 'auth.login_slowed', ...entry });
    });
    throw Unauthorized('bad_credentials');
  }
  throttle.names.succeeded(name);
  throttle.addresses.succeeded(meta.ip);
  const token = await db.tx(async (q) => {
    await sql.touchLastLogin(q, account.id);
    return createSession(q, account.id, meta);
  });
  return { token, me: await me(db, account.id, token) };
}

export async function logout(db: Db, _who: Principal, token: string) {
  await revokeSession(db, token);
}

export async function me(db: Db, accountId: string, _token: string): Promise<Me> {
  const a = await sql.selectMeAccount(db, accountId);
  if (!a) throw NotFound('account_not_found');
  const grants = await sql.selectMeGrants(db, accountId);
  // Where the web app opens: the person's own cell when one of their grants covers it, else their first grant.
  const home = a.person_id ? await sql.selectHomeOrgId(db, a.person_id, accountId) : undefined;
  const homeOrgId = home ?? grants.find((g) => g.org_id)?.org_id ?? (grants.some((g) => g.role === 'admin') ? await sql.selectRootOrgId(db) : null);
  return presentMe(a, grants, homeOrgId);
}

export function checkPasswordStrength(password: string) {
  if (password.length < MIN_PASSWORD_LENGTH) throw Invalid('password_too_short', { min: MIN_PASSWORD_LENGTH });
}

export async function changePassword(db: Db, who: Principal, current: string, next: string) {
  const hash = await sql.selectPasswordHash(db, who.accountId);
  if (!hash || !(await verifyPassword(hash, current))) throw Invalid('password_wrong');
  checkPasswordStrength(next);
  const hashed = await hashPassword(next);
  await db.tx(async (q) => {
    await sql.updateOwnPassword(q, who.accountId, hashed);
    // Other sessions end: a changed password is often a response to a lost phone.
    await sql.revokeOtherSessions(q, who.accountId, who.sessionId);
    await audit(q, who, {
      action: 'account.password_change', entity: 'account', entityId: who.accountId, orgPath: await accountPath(q, who.accountId),
      summary: who.username,
    });
  });
}

/** Large-text mode, a setting of the account (follows the person to any phone). */
export async function setLargeText(db: Db, who: Principal, large: boolean) {
  await sql.updateLargeText(db, who.accountId, large);
}

export async function setLocale(db: Db, who: Principal, locale: Locale) {
  await sql.updateLocale(db, who.accountId, locale);
}

export async function listSessions(db: Db, who: Principal): Promise<Session[]> {
  const rows = await sql.selectLiveSessions(db, who.accountId);
  return rows.map((r) => presentSession(r, who.sessionId));
}

export async function revokeOwnSession(db: Db, who: Principal, sessionId: string) {
  if (!(await sql.revokeOwnSession(db, who.accountId, sessionId))) throw NotFound();
}
