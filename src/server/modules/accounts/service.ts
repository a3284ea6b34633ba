import type { Db } from '../../db/index';
import { canGrant, scopesFor, type Principal, type Role } from '../../auth/policy';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { hashPassword } from '../../auth/password';
import { checkPasswordStrength } from '../auth/service';
import { getOrg } from '../orgs/service';

const USERNAME = /^[a-z0-9][a-z0-9.-]{2,39}$/;

/** A login name as stored: trimmed, lower case, 3–40 of a–z, 0–9, dot and dash. */
export function normalizeUsername(input: string): string {
  const username = input.trim().toLowerCase();
  if (!USERNAME.test(username)) throw Invalid('username_invalid');
  return username;
}

type AccountRow = {
  id: string; person_id: string | null; username: string; full_name: string | null; locale: string; disabled_at: Date | null;
  last_login_at: Date | null; must_change_password: boolean; org_name: string | null;
};

async function grantsOf(db: Db, accountIds: string[]) {
  return db.query<{ id: string; account_id: string; role: Role; org_id: string | null; org_name: string | null }>(
    `SELECT g.id, g.account_id, g.role, g.org_id, o.name AS org_name FROM grants g LEFT JOIN orgs o ON o.id = g.org_id
      WHERE g.account_id = ANY ($1::uuid[]) ORDER BY g.created_at`,
    [accountIds],
  );
}

function present(a: AccountRow, grants: Awaited<ReturnType<typeof grantsOf>>) {
  return {
    accountId: a.id, personId: a.person_id, username: a.username, fullName: a.full_name, orgName: a.org_name,
    locale: a.locale, disabled: a.disabled_at !== null, mustChangePassword: a.must_change_password,
    lastLoginAt: a.last_login_at ? new Date(a.last_login_at).toISOString() : null,
    grants: grants.filter((g) => g.account_id === a.id).map((g) => ({ grantId: g.id, role: g.role, orgId: g.org_id, orgName: g.org_name })),
  };
}

const SELECT = `SELECT a.id, a.person_id, a.username, p.full_name, a.locale, a.disabled_at, a.last_login_at, a.must_change_password,
    (SELECT o.name FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE m.person_id = a.person_id AND m.ended_on IS NULL LIMIT 1) AS org_name
  FROM accounts a LEFT JOIN people p ON p.id = a.person_id`;

/** Accounts of people in the unit's subtree (and, for admins, accounts with no person). */
export async function listAccounts(db: Db, who: Principal, orgId: string) {
  const org = await getOrg(db, orgId);
  const rows = await db.query<AccountRow>(
    `${SELECT} WHERE a.person_id IN (SELECT m.person_id FROM memberships m JOIN orgs o ON o.id = m.org_id
        WHERE o.path LIKE $1 AND m.ended_on IS NULL)
       OR a.id IN (SELECT g.account_id FROM grants g JOIN orgs o ON o.id = g.org_id WHERE o.path LIKE $1)
       OR ($2 AND a.person_id IS NULL)
     ORDER BY a.username`,
    [org.path + '%', scopesFor(who, 'system.manage') === null],
  );
  const grants = await grantsOf(db, rows.map((r) => r.id));
  return rows.map((r) => present(r, grants));
}

export async function getAccount(db: Db, id: string) {
  const a = await db.one<AccountRow>(`${SELECT} WHERE a.id = $1`, [id]);
  if (!a) throw NotFound('account_not_found');
  return present(a, await grantsOf(db, [id]));
}

export async function createAccount(
  db: Db, who: Principal,
  input: { personId: string; username: string; password: string; role: Role; orgId: string },
) {
  const username = normalizeUsername(input.username);
  checkPasswordStrength(input.password);
  const hashed = await hashPassword(input.password);
  const id = await db.tx(async (q) => {
    const org = await getOrg(q, input.orgId);
    if (!canGrant(who, input.role, org.path)) throw Forbidden();
    if (await q.one('SELECT 1 FROM accounts WHERE username = $1', [username])) throw Conflict('username_taken', { username });
    if (await q.one('SELECT 1 FROM accounts WHERE person_id = $1', [input.personId])) throw Conflict('person_has_account');
    // The password was chosen by someone else: the owner changes it at first login.
    const a = await q.one<{ id: string }>(
      `INSERT INTO accounts (person_id, username, password_hash, must_change_password) VALUES ($1, $2, $3, true) RETURNING id`,
      [input.personId, username, hashed],
    );
    await q.query('INSERT INTO grants (account_id, role, org_id, created_by) VALUES ($1, $2, $3, $4)', [
      a!.id, input.role, input.orgId, who.accountId,
    ]);
    await audit(q, who, {
      action: 'account.create', entity: 'account', entityId: a!.id, orgPath: org.path, summary: username,
      after: { username, role: input.role, orgId: input.orgId },
    });
    return a!.id;
  });
  return getAccount(db, id);
}

export async function resetPassword(db: Db, who: Principal, id: string, password: string) {
  checkPasswordStrength(password);
  const hashed = await hashPassword(password);
  await db.tx(async (q) => {
    const rows = await q.query<{ username: string }>(
      'UPDATE accounts SET password_hash = $2, must_change_password = true WHERE id = $1 RETURNING username', [id, hashed],
    );
    if (!rows.length) throw NotFound('account_not_found');
    // A reset answers a lost phone or a departure: every session and every calendar feed of the account ends.
    await revokeAccess(q, id);
    await audit(q, who, {
      action: 'account.password_reset', entity: 'account', entityId: id, orgPath: await accountPath(q, id), summary: rows[0].username,
    });
  });
  return getAccount(db, id);
}

/** Ends every session and calendar feed of an account (a password reset, a disabled account). */
export async function revokeAccess(q: Pick<Db, 'query'>, accountId: string) {
  await q.query('UPDATE sessions SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL', [accountId]);
  await q.query('UPDATE calendar_feeds SET revoked_at = now() WHERE account_id = $1 AND revoked_at IS NULL', [accountId]);
}

/** Where an account's entries belong in the audit log: its person's (latest) cell; null for an account with no person. */
export async function accountPath(q: Pick<Db, 'one'>, id: string) {
  const r = await q.one<{ path: string }>(
    `SELECT o.path FROM accounts a JOIN memberships m ON m.person_id = a.person_id JOIN orgs o ON o.id = m.org_id
      WHERE a.id = $1 ORDER BY m.ended_on IS NULL DESC LIMIT 1`,
    [id],
  );
  return r?.path ?? null;
}

export async function setDisabled(db: Db, who: Principal, id: string, disabled: boolean) {
  if (id === who.accountId && disabled) throw Forbidden();
  await db.tx(async (q) => {
    const rows = await q.query<{ username: string }>(
      `UPDATE accounts SET disabled_at = CASE WHEN $2 THEN coalesce(disabled_at, now()) ELSE NULL END WHERE id = $1 RETURNING username`,
      [id, disabled],
    );
    if (!rows.length) throw NotFound('account_not_found');
    if (disabled) await revokeAccess(q, id);
    await audit(q, who, {
      action: disabled ? 'account.disable' : 'account.enable', entity: 'account', entityId: id, orgPath: await accountPath(q, id),
      summary: rows[0].username,
    });
  });
  return getAccount(db, id);
}

export async function addGrant(db: Db, who: Principal, accountId: string, input: { role: Role; orgId: string | null }) {
  await db.tx(async (q) => {
    const org = input.orgId ? await getOrg(q, input.orgId) : null;
    if ((input.role === 'admin') !== (org === null)) throw Invalid('grant_not_allowed');
    if (!canGrant(who, input.role, org?.path ?? null)) throw Forbidden();
    const exists = await q.one(
      'SELECT 1 FROM grants WHERE account_id = $1 AND role = $2 AND org_id IS NOT DISTINCT FROM $3',
      [accountId, input.role, input.orgId],
    );
    if (exists) return;
    const g = await q.one<{ id: string }>(
      'INSERT INTO grants (account_id, role, org_id, created_by) VALUES ($1, $2, $3, $4) RETURNING id',
      [accountId, input.role, input.orgId, who.accountId],
    );
    const username = (await q.one<{ username: string }>('SELECT username FROM accounts WHERE id = $1', [accountId]))?.username;
    // An admin grant belongs to no unit: it is logged where the account's person is (null, admins only, if none).
    await audit(q, who, {
      action: 'grant.add', entity: 'grant', entityId: g!.id, orgPath: org?.path ?? (await accountPath(q, accountId)), summary: input.role,
      after: { ...input, username },
    });
  });
  return getAccount(db, accountId);
}

export async function removeGrant(db: Db, who: Principal, grantId: string) {
  const accountId = await db.tx(async (q) => {
    const g = await q.one<{ account_id: string; role: Role; org_id: string | null; path: string | null }>(
      'SELECT g.account_id, g.role, g.org_id, o.path FROM grants g LEFT JOIN orgs o ON o.id = g.org_id WHERE g.id = $1',
      [grantId],
    );
    if (!g) throw NotFound();
    if (!canGrant(who, g.role, g.path)) throw Forbidden();
    await q.query('DELETE FROM grants WHERE id = $1', [grantId]);
    const username = (await q.one<{ username: string }>('SELECT username FROM accounts WHERE id = $1', [g.account_id]))?.username;
    await audit(q, who, {
      action: 'grant.remove', entity: 'grant', entityId: grantId, orgPath: g.path ?? (await accountPath(q, g.account_id)), summary: g.role,
      before: { ...g, username },
    });
    return g.account_id;
  });
  return getAccount(db, accountId);
}
