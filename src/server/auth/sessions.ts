import crypto from 'node:crypto';
import type { Queryable } from '../db/index';
import type { Grant, Principal } from './policy';

export const SESSION_COOKIE = 'chibo_session';
export const SESSION_DAYS = 14;

const digest = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export async function createSession(
  q: Queryable,
  accountId: string,
  meta: { ip?: string; userAgent?: string },
): Promise<string> {
  const token = crypto.randomBytes(32).toString('base64url');
  await q.query(
    `INSERT INTO sessions (id, account_id, expires_at, ip, user_agent)
     VALUES ($1, $2, now() + make_interval(days => $3), $4, $5)`,
    [digest(token), accountId, SESSION_DAYS, meta.ip ?? null, meta.userAgent?.slice(0, 300) ?? null],
  );
  return token;
}

export async function revokeSession(q: Queryable, token: string): Promise<void> {
  await q.query('UPDATE sessions SET revoked_at = now() WHERE id = $1 AND revoked_at IS NULL', [digest(token)]);
}

/** The principal behind a session token, or null when the session is unknown, expired or revoked. */
export async function loadPrincipal(q: Queryable, token: string): Promise<Principal | null> {
  const id = digest(token);
  const row = await q.one<{
    account_id: string; person_id: string | null; username: string; full_name: string | null;
    locale: 'vi' | 'en'; must_change_password: boolean; last_seen_at: Date;
  }>(
    `SELECT a.id AS account_id, a.person_id, a.username, p.full_name, a.locale, a.must_change_password,
            s.last_seen_at
       FROM sessions s JOIN accounts a ON a.id = s.account_id LEFT JOIN people p ON p.id = a.person_id
      WHERE s.id = $1 AND s.revoked_at IS NULL AND s.expires_at > now() AND a.disabled_at IS NULL`,
    [id],
  );
  if (!row) return null;
  // Sliding expiry, written at most once a minute per session.
  if (Date.now() - new Date(row.last_seen_at).getTime() > 60_000) {
    await q.query(
      `UPDATE sessions SET last_seen_at = now(), expires_at = now() + make_interval(days => $2) WHERE id = $1`,
      [id, SESSION_DAYS],
    );
  }
  const grants = await accountGrants(q, row.account_id);
  return {
    accountId: row.account_id,
    personId: row.person_id,
    username: row.username,
    fullName: row.full_name,
    locale: row.locale,
    mustChangePassword: row.must_change_password,
    grants,
    sessionId: id,
  };
}

/** The grants an account holds today (in active units): what a session, or a calendar feed, may reach. */
export async function accountGrants(q: Queryable, accountId: string): Promise<Grant[]> {
  const rows = await q.query<{ role: Grant['role']; org_id: string | null; path: string | null }>(
    `SELECT g.role, g.org_id, o.path FROM grants g LEFT JOIN orgs o ON o.id = g.org_id
      WHERE g.account_id = $1 AND (o.id IS NULL OR o.status = 'active')`,
    [accountId],
  );
  return rows.map((g) => ({ role: g.role, orgId: g.org_id, orgPath: g.path }));
}
