import type { Db, Made, Queryable } from '../../db/index';
import { canGrant, scopesFor, type Principal } from '../../auth/policy';
import { Conflict, Forbidden, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { hashPassword } from '../../auth/password';
import { checkPasswordStrength } from '../auth/service';
import { getOrg } from '../orgs/service';
import * as sql from './queries';
import { presentAccount } from './presenters';
import type { Account, CreateAccountBody, GrantBody } from './schemas';

const USERNAME = /^[a-z0-9][a-z0-9.-]{2,39}$/;

/** A login name as stored: trimmed, lower case, 3–40 of a–z, 0–9, dot and dash. */
export function normalizeUsername(input: string): string {
  const username = input.trim().toLowerCase();
  if (!USERNAME.test(username)) throw Invalid('username_invalid');
  return username;
}

/** Accounts of people in the unit's subtree (and, for admins, accounts with no person). */
export async function listAccounts(db: Db, who: Principal, orgId: string): Promise<Account[]> {
  const org = await getOrg(db, orgId);
  const rows = await sql.selectAccountsUnder(db, org.path + '%', scopesFor(who, 'system.manage') === null);
  const grants = await sql.selectGrantsOf(db, rows.map((r) => r.id));
  return rows.map((r) => presentAccount(r, grants));
}

export async function getAccount(q: Queryable, id: string): Promise<Account> {
  const a = await sql.selectAccount(q, id);
  if (!a) throw NotFound('account_not_found');
  return presentAccount(a, await sql.selectGrantsOf(q, [id]));
}

/**
 * A new account with its first grant. The password was chosen by someone else, so its owner changes it at first
 * login — unless it is handed out as published (`made.handedOut`: the demo's accounts, whose shared password is
 * hashed once for all of them).
 */
export async function createAccount(
  db: Db, who: Principal, input: CreateAccountBody, made: Made & { handedOut?: { passwordHash: string } } = {},
) {
  const username = normalizeUsername(input.username);
  checkPasswordStrength(input.password);
  const hashed = made.handedOut?.passwordHash ?? await hashPassword(input.password);
  const id = await db.tx(async (q) => {
    const org = await getOrg(q, input.orgId);
    if (!canGrant(who, input.role, org.path)) throw Forbidden();
    if (await sql.usernameTaken(q, username)) throw Conflict('username_taken', { username });
    if (await sql.personHasAccount(q, input.personId)) throw Conflict('person_has_account');
    const accountId = await sql.insertAccount(q, {
      id: made.id, personId: input.personId, username, passwordHash: hashed, mustChangePassword: made.handedOut === undefined,
    });
    await sql.insertGrant(q, { accountId, role: input.role, orgId: input.orgId, createdBy: who.accountId });
    await audit(q, who, {
      action: 'account.create', entity: 'account', entityId: accountId, orgPath: org.path, summary: username,
      after: { username, role: input.role, orgId: input.orgId },
    });
    return accountId;
  });
  return getAccount(db, id);
}

export async function resetPassword(db: Db, who: Principal, id: string, password: string) {
  checkPasswordStrength(password);
  const hashed = await hashPassword(password);
  await db.tx(async (q) => {
    const username = await sql.setResetPassword(q, id, hashed);
    if (username === undefined) throw NotFound('account_not_found');
    // A reset answers a lost phone or a departure: every session and every calendar feed of the account ends.
    await revokeAccess(q, id);
    await audit(q, who, { action: 'account.password_reset', entity: 'account', entityId: id, orgPath: await accountPath(q, id), summary: username });
  });
  return getAccount(db, id);
}

/** Ends every session and calendar feed of an account (a password reset, a disabled account). */
export async function revokeAccess(q: Queryable, accountId: string) {
  await sql.revokeSessionsOf(q, accountId);
  await sql.revokeCalendarFeedsOf(q, accountId);
}

/** Where an account's entries belong in the audit log: its person's (latest) cell; null for an account with no person. */
export const accountPath = (q: Queryable, id: string) => sql.selectAccountPath(q, id);

export async function setDisabled(db: Db, who: Principal, id: string, disabled: boolean) {
  if (id === who.accountId && disabled) throw Forbidden();
  await db.tx(async (q) => {
    const username = await sql.setDisabledAt(q, id, disabled);
    if (username === undefined) throw NotFound('account_not_found');
    if (disabled) await revokeAccess(q, id);
    await audit(q, who, {
      action: disabled ? 'account.disable' : 'account.enable', entity: 'account', entityId: id, orgPath: await accountPath(q, id),
      summary: username,
    });
  });
  return getAccount(db, id);
}

export async function addGrant(db: Db, who: Principal, accountId: string, input: GrantBody) {
  await db.tx(async (q) => {
    const org = input.orgId ? await getOrg(q, input.orgId) : null;
    if ((input.role === 'admin') !== (org === null)) throw Invalid('grant_not_allowed');
    if (!canGrant(who, input.role, org?.path ?? null)) throw Forbidden();
    if (await sql.grantExists(q, accountId, input.role, input.orgId)) return;
    const grantId = await sql.insertGrant(q, { accountId, role: input.role, orgId: input.orgId, createdBy: who.accountId });
    const username = await sql.selectUsername(q, accountId);
    // An admin grant belongs to no unit: it is logged where the account's person is (null, admins only, if none).
    await audit(q, who, {
      action: 'grant.add', entity: 'grant', entityId: grantId, orgPath: org?.path ?? (await accountPath(q, accountId)), summary: input.role,
      after: { ...input, username },
    });
  });
  return getAccount(db, accountId);
}

export async function removeGrant(db: Db, who: Principal, grantId: string) {
  const accountId = await db.tx(async (q) => {
    const g = await sql.selectGrantWithPath(q, grantId);
    if (!g) throw NotFound();
    if (!canGrant(who, g.role, g.path)) throw Forbidden();
    await sql.deleteGrant(q, grantId);
    const username = await sql.selectUsername(q, g.account_id);
    await audit(q, who, {
      action: 'grant.remove', entity: 'grant', entityId: grantId, orgPath: g.path ?? (await accountPath(q, g.account_id)), summary: g.role,
      before: { ...g, username },
    });
    return g.account_id;
  });
  return getAccount(db, accountId);
}

/**
 * The first administrator of a new committee (setup), in the caller's transaction: an admin grant, and the leader's
 * grant over the committee when `orgId` is given (the demo's administrator is a system account of no person and no unit).
 */
export async function insertFirstAdmin(
  q: Queryable, input: { personId: string | null; username: string; passwordHash: string; orgId: string | null }, made: Made = {},
) {
  const accountId = await sql.insertAccount(q, {
    id: made.id, personId: input.personId, username: input.username, passwordHash: input.passwordHash, mustChangePassword: false,
  });
  await sql.insertGrant(q, { accountId, role: 'admin', orgId: null, createdBy: null });
  if (input.orgId) await sql.insertGrant(q, { accountId, role: 'leader', orgId: input.orgId, createdBy: null });
  return accountId;
}
