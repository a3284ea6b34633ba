import type { Queryable } from '../../db/index';
import type { Role } from '../../auth/policy';
import type { Locale } from './schemas';

/** The auth module's SQL. Each function is one statement (or one read) with the row type it returns. */

export type LoginAccountRow = { id: string; password_hash: string; disabled_at: Date | null };
export type MeAccountRow = {
  id: string; person_id: string | null; username: string; full_name: string | null; locale: Locale; must_change_password: boolean; large_text: boolean;
};
export type MeGrantRow = { role: Role; org_id: string | null; name: string | null };
export type SessionRow = { id: string; created_at: Date; last_seen_at: Date; ip: string | null; user_agent: string | null };

export const selectLoginAccount = (q: Queryable, username: string) =>
  q.one<LoginAccountRow>('SELECT id, password_hash, disabled_at FROM accounts WHERE username = $1', [username]);

export async function touchLastLogin(q: Queryable, accountId: string) {
  await q.query('UPDATE accounts SET last_login_at = now() WHERE id = $1', [accountId]);
}

export const selectMeAccount = (q: Queryable, accountId: string) =>
  q.one<MeAccountRow>(
    `SELECT a.id, a.person_id, a.username, p.full_name, a.locale, a.must_change_password, a.large_text
       FROM accounts a LEFT JOIN people p ON p.id = a.person_id WHERE a.id = $1`,
    [accountId],
  );

export const selectMeGrants = (q: Queryable, accountId: string) =>
  q.query<MeGrantRow>(
    `SELECT g.role, g.org_id, o.name FROM grants g LEFT JOIN orgs o ON o.id = g.org_id
      WHERE g.account_id = $1 ORDER BY g.created_at`,
    [accountId],
  );

/** The person's current cell (official membership first) when one of the account's grants covers it. */
export const selectHomeOrgId = async (q: Queryable, personId: string, accountId: string) =>
  (await q.one<{ org_id: string }>(
    `SELECT m.org_id FROM memberships m JOIN orgs o ON o.id = m.org_id
      WHERE m.person_id = $1 AND m.ended_on IS NULL
        AND EXISTS (SELECT 1 FROM grants g LEFT JOIN orgs go ON go.id = g.org_id
                     WHERE g.account_id = $2 AND (g.role = 'admin' OR o.path LIKE go.path || '%'))
      ORDER BY m.kind = 'official' DESC LIMIT 1`,
    [personId, accountId],
  ))?.org_id;

/** The first active top-level unit. */
export const selectRootOrgId = async (q: Queryable) =>
  (await q.one<{ id: string }>(`SELECT id FROM orgs WHERE parent_id IS NULL AND status = 'active' ORDER BY created_at LIMIT 1`))?.id ?? null;

export const selectPasswordHash = async (q: Queryable, accountId: string) =>
  (await q.one<{ password_hash: string }>('SELECT password_hash FROM accounts WHERE id = $1', [accountId]))?.password_hash;

/** A password the owner chose: no change is asked for any more. */
export async function updateOwnPassword(q: Queryable, accountId: string, passwordHash: string) {
  await q.query('UPDATE accounts SET password_hash = $2, must_change_password = false WHERE id = $1', [accountId, passwordHash]);
}

export async function revokeOtherSessions(q: Queryable, accountId: string, keepSessionId: string) {
  await q.query('UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND id <> $2 AND revoked_at IS NULL', [accountId, keepSessionId]);
}

export async function updateLargeText(q: Queryable, accountId: string, large: boolean) {
  await q.query('UPDATE accounts SET large_text = $2 WHERE id = $1', [accountId, large]);
}

export async function updateLocale(q: Queryable, accountId: string, locale: Locale) {
  await q.query('UPDATE accounts SET locale = $2 WHERE id = $1', [accountId, locale]);
}

/** The account's live sessions, most recently seen first. */
export const selectLiveSessions = (q: Queryable, accountId: string) =>
  q.query<SessionRow>(
    `SELECT id, created_at, last_seen_at, ip, user_agent FROM sessions
      WHERE account_id = $1 AND revoked_at IS NULL AND expires_at > now() ORDER BY last_seen_at DESC`,
    [accountId],
  );

/** Revokes one live session of the account; false when there was none. */
export async function revokeOwnSession(q: Queryable, accountId: string, sessionId: string): Promise<boolean> {
  const rows = await q.query('UPDATE sessions SET revoked_at = now() WHERE id = $1 AND account_id = $2 AND revoked_at IS NULL RETURNING id', [
    sessionId, accountId,
  ]);
  return rows.length > 0;
}
