import type { Queryable } from '../../db/index';
import type { Role } from '../../auth/policy';

/** The accounts module's SQL. Each function is one statement (or one read) with the row type it returns. */

export type AccountRow = {
  id: string; person_id: string | null; username: string; full_name: string | null; locale: string; disabled_at: Date | null;
  last_login_at: Date | null; must_change_password: boolean; org_name: string | null;
};
export type GrantRow = { id: string; account_id: string; role: Role; org_id: string | null; org_name: string | null };
export type GrantWithPathRow = { account_id: string; role: Role; org_id: string | null; path: string | null };

const SELECT = `SELECT a.id, a.person_id, a.username, p.full_name, a.locale, a.disabled_at, a.last_login_at, a.must_change_password,
    (SELECT o.name FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE m.person_id = a.person_id AND m.ended_on IS NULL LIMIT 1) AS org_name
  FROM accounts a LEFT JOIN people p ON p.id = a.person_id`;

/** Accounts of people in the subtree under `pathPrefix`, accounts granted a role there, and (when `withPersonless`) accounts with no person. */
export const selectAccountsUnder = (q: Queryable, pathPrefix: string, withPersonless: boolean) =>
  q.query<AccountRow>(
    `${SELECT} WHERE a.person_id IN (SELECT m.person_id FROM memberships m JOIN orgs o ON o.id = m.org_id
        WHERE o.path LIKE $1 AND m.ended_on IS NULL)
       OR a.id IN (SELECT g.account_id FROM grants g JOIN orgs o ON o.id = g.org_id WHERE o.path LIKE $1)
       OR ($2 AND a.person_id IS NULL)
     ORDER BY a.username`,
    [pathPrefix, withPersonless],
  );

export const selectAccount = (q: Queryable, id: string) => q.one<AccountRow>(`${SELECT} WHERE a.id = $1`, [id]);

/** The grants of the given accounts, oldest first. */
export const selectGrantsOf = (q: Queryable, accountIds: string[]) =>
  q.query<GrantRow>(
    `SELECT g.id, g.account_id, g.role, g.org_id, o.name AS org_name FROM grants g LEFT JOIN orgs o ON o.id = g.org_id
      WHERE g.account_id = ANY ($1::uuid[]) ORDER BY g.created_at`,
    [accountIds],
  );

export const usernameTaken = async (q: Queryable, username: string) =>
  !!(await q.one('SELECT 1 FROM accounts WHERE username = $1', [username]));

export const personHasAccount = async (q: Queryable, personId: string) =>
  !!(await q.one('SELECT 1 FROM accounts WHERE person_id = $1', [personId]));

export const selectUsername = async (q: Queryable, id: string) =>
  (await q.one<{ username: string }>('SELECT username FROM accounts WHERE id = $1', [id]))?.username;

export async function insertAccount(
  q: Queryable, a: { id?: string; personId: string | null; username: string; passwordHash: string; mustChangePassword: boolean },
): Promise<string> {
  const row = await q.one<{ id: string }>(
    `INSERT INTO accounts (id, person_id, username, password_hash, must_change_password)
     VALUES (coalesce($1::uuid, gen_random_uuid()), $2, $3, $4, $5) RETURNING id`,
    [a.id ?? null, a.personId, a.username, a.passwordHash, a.mustChangePassword],
  );
  return row!.id;
}

export async function insertGrant(q: Queryable, g: { accountId: string; role: Role; orgId: string | null; createdBy: string | null }): Promise<string> {
  const row = await q.one<{ id: string }>(
    'INSERT INTO grants (account_id, role, org_id, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
    [g.accountId, g.role, g.orgId, g.createdBy],
  );
  return row!.id;
}

export const grantExists = async (q: Queryable, accountId: string, role: Role, orgId: string | null) =>
  !!(await q.one('SELECT 1 FROM grants WHERE account_id = $1 AND role = $2 AND org_id IS NOT DISTINCT FROM $3', [accountId, role, orgId]));

export const selectGrantWithPath = (q: Queryable, grantId: string) =>
  q.one<GrantWithPathRow>('SELECT g.account_id, g.role, g.org_id, o.path FROM grants g LEFT JOIN orgs o ON o.id = g.org_id WHERE g.id = $1', [grantId]);

export async function deleteGrant(q: Queryable, grantId: string) {
  await q.query('DELETE FROM grants WHERE id = $1', [grantId]);
}

/** Sets a new password the owner must change at next login; the account's username, or undefined when there is no such account. */
export const setResetPassword = async (q: Queryable, id: string, passwordHash: string) =>
  (await q.query<{ username: string }>(
    'UPDATE accounts SET password_hash = $2, must_change_password = true WHERE id = $1 RETURNING username', [id, passwordHash],
  ))[0]?.username;

/** Disables (keeping the first time) or enables; the account's username, or undefined when there is no such account. */
export const setDisabledAt = async (q: Queryable, id: string, disabled: boolean) =>
  (await q.query<{ username: string }>(
    `UPDATE accounts SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) ELSE NULL END WHERE id = $1 RETURNING username`,
    [id, disabled],
  ))[0]?.username;

export async function revokeSessionsOf(q: Queryable, accountId: string) {
  await q.query('UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL', [accountId]);
}

export async function revokeCalendarFeedsOf(q: Queryable, accountId: string) {
  await q.query('UPDATE calendar_feeds SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL', [accountId]);
}

/** The path of the account's person's cell: a current membership first, else the latest. */
export const selectAccountPath = async (q: Queryable, id: string) =>
  (await q.one<{ path: string }>(
    `SELECT o.path FROM accounts a JOIN memberships m ON m.person_id = a.person_id JOIN orgs o ON o.id = m.org_id
      WHERE a.id = $1 ORDER BY m.ended_on IS NULL DESC LIMIT 1`,
    [id],
  ))?.path ?? null;
