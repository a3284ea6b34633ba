import type { Db } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { AppError, Invalid, NotFound, Unauthorized } from '../../errors';
import { LOGIN_FAILURES_PER_ADDRESS, type AddressLimit, type LoginThrottle } from '../../security/login-throttle';
import { createSession, revokeSession } from '../../auth/sessions';
import { MIN_PASSWORD_LENGTH, dummyHash, hashPassword, verifyPassword } from '../../auth/password';
import { audit } from '../../audit';
import { accountPath } from '../accounts/service';

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
  const account = await db.one<{ id: string; password_hash: string; disabled_at: Date | null }>(
    'SELECT id, password_hash, disabled_at FROM accounts WHERE username = $1',
    [name],
  );
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
    await q.query('UPDATE accounts SET last_login_at = now() WHERE id = $1', [account.id]);
    return createSession(q, account.id, meta);
  });
  return { token, accountId: account.id };
}

export async function logout(db: Db, _who: Principal, token: string) {
  await revokeSession(db, token);
}

export async function me(db: Db, accountId: string, _token: string) {
  const a = await db.one<{
    id: string; person_id: string | null; username: string; full_name: string | null; locale: 'vi' | 'en';
    must_change_password: boolean;
  }>(
    `SELECT a.id, a.person_id, a.username, p.full_name, a.locale, a.must_change_password
       FROM accounts a LEFT JOIN people p ON p.id = a.person_id WHERE a.id = $1`,
    [accountId],
  );
  if (!a) throw NotFound('account_not_found');
  const grants = await db.query<{ role: string; org_id: string | null; name: string | null }>(
    `SELECT g.role, g.org_id, o.name FROM grants g LEFT JOIN orgs o ON o.id = g.org_id
      WHERE g.account_id = $1 ORDER BY g.created_at`,
    [accountId],
  );
  // Where the web app opens: the person's own cell when one of their grants covers it, else their first grant.
  const home = a.person_id
    ? await db.one<{ org_id: string }>(
        `SELECT m.org_id FROM memberships m JOIN orgs o ON o.id = m.org_id
          WHERE m.person_id = $1 AND m.ended_on IS NULL
            AND EXISTS (SELECT 1 FROM grants g LEFT JOIN orgs go ON go.id = g.org_id
                         WHERE g.account_id = $2 AND (g.role = 'admin' OR o.path LIKE go.path || '%'))
          ORDER BY m.kind = 'official' DESC LIMIT 1`,
        [a.person_id, accountId],
      )
    : undefined;
  return {
    accountId: a.id,
    personId: a.person_id,
    username: a.username,
    fullName: a.full_name,
    locale: a.locale,
    mustChangePassword: a.must_change_password,
    grants: grants.map((g) => ({ role: g.role, orgId: g.org_id, orgName: g.name })),
    homeOrgId: home?.org_id ?? grants.find((g) => g.org_id)?.org_id ?? (grants.some((g) => g.role === 'admin') ? await rootOrgId(db) : null),
  };
}

async function rootOrgId(db: Db): Promise<string | null> {
  const r = await db.one<{ id: string }>(`SELECT id FROM orgs WHERE parent_id IS NULL AND status = 'active' ORDER BY created_at LIMIT 1`);
  return r?.id ?? null;
}

export function checkPasswordStrength(password: string) {
  if (password.length < MIN_PASSWORD_LENGTH) throw Invalid('password_too_short', { min: MIN_PASSWORD_LENGTH });
}

export async function changePassword(db: Db, who: Principal, current: string, next: string) {
  const a = await db.one<{ password_hash: string }>('SELECT password_hash FROM accounts WHERE id = $1', [who.accountId]);
  if (!a || !(await verifyPassword(a.password_hash, current))) throw Invalid('password_wrong');
  checkPasswordStrength(next);
  const hashed = await hashPassword(next);
  await db.tx(async (q) => {
    await q.query('UPDATE accounts SET password_hash = $2, must_change_password = false WHERE id = $1', [
      who.accountId,
      hashed,
    ]);
    // Other sessions end: a changed password is often a response to a lost phone.
    await q.query('UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND id <> $2 AND revoked_at IS NULL', [
      who.accountId,
      who.sessionId,
    ]);
    await audit(q, who, {
      action: 'account.password_change', entity: 'account', entityId: who.accountId, orgPath: await accountPath(q, who.accountId),
      summary: who.username,
    });
  });
}

export async function setLocale(db: Db, who: Principal, locale: 'vi' | 'en') {
  await db.query('UPDATE accounts SET locale = $2 WHERE id = $1', [who.accountId, locale]);
}

export async function listSessions(db: Db, who: Principal) {
  const rows = await db.query<{ id: string; created_at: Date; last_seen_at: Date; ip: string | null; user_agent: string | null }>(
    `SELECT id, created_at, last_seen_at, ip, user_agent FROM sessions
      WHERE account_id = $1 AND revoked_at IS NULL AND expires_at > now() ORDER BY last_seen_at DESC`,
    [who.accountId],
  );
  return rows.map((r) => ({
    id: r.id,
    createdAt: new Date(r.created_at).toISOString(),
    lastSeenAt: new Date(r.last_seen_at).toISOString(),
    ip: r.ip,
    userAgent: r.user_agent,
    current: r.id === who.sessionId,
  }));
}

export async function revokeOwnSession(db: Db, who: Principal, sessionId: string) {
  const rows = await db.query(
    'UPDATE sessions SET revoked_at = now() WHERE id = $1 AND account_id = $2 AND revoked_at IS NULL RETURNING id',
    [sessionId, who.accountId],
  );
  if (!rows.length) throw NotFound();
}
