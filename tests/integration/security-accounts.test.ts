import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { call, orgIdByName } from '../support/security';

/**
 * Finding 1 (account takeover): a commune leader could reset the password of an account that also held an
 * admin grant, log in as it and grant himself admin. One rule now: a manager acts on an account only when
 * every grant it holds lies inside his scope and is no stronger than his role; admin accounts only by admins.
 */
describe.each(DB_KINDS)('account scope on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let leader: string;
  let cell: string;
  let other: string;
  const accountId = async (username: string) =>
    (await t.db.one<{ id: string }>('SELECT id FROM accounts WHERE username = $1', [username]))!.id;

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    admin = await login(t.app, 'admin');
    leader = await login(t.app, 'pqdon');
    cell = await orgIdByName(t, 'Chi bộ bản Phiêng Lơi');
    other = await orgIdByName(t, 'Chi bộ bản Huổi Phạ');
  });
  afterAll(async () => t?.close());

  it('a leader cannot reset, disable or regrant an account that also holds an admin grant; an admin can', async () => {
    const target = await accountId('lvtruong');
    expect((await call(t, 'POST', `/api/accounts/${target}/grants`, { cookie: admin, payload: { role: 'admin', orgId: null } })).statusCode).toBe(200);
    const reset = await call(t, 'POST', `/api/accounts/${target}/reset-password`, { cookie: leader, payload: { password: 'ke-gian-2026' } });
    expect(reset.statusCode).toBe(403);
    expect((await call(t, 'POST', '/api/auth/login', { payload: { username: 'lvtruong', password: 'ke-gian-2026' } })).statusCode).toBe(401);
    expect((await call(t, 'POST', `/api/accounts/${target}/disabled`, { cookie: leader, payload: { disabled: true } })).statusCode).toBe(403);
    expect((await call(t, 'POST', `/api/accounts/${target}/grants`, { cookie: leader, payload: { role: 'member', orgId: other } })).statusCode).toBe(403);
    const grants = await t.db.query<{ id: string; role: string }>('SELECT id, role FROM grants WHERE account_id = $1', [target]);
    const secretaryGrant = grants.find((g) => g.role === 'secretary')!;
    expect((await call(t, 'DELETE', `/api/grants/${secretaryGrant.id}`, { cookie: leader })).statusCode).toBe(403);
    // The member page no longer offers the leader the account actions.
    const person = (await t.db.one<{ person_id: string }>('SELECT person_id FROM accounts WHERE id = $1', [target]))!.person_id;
    expect(json(await call(t, 'GET', `/api/members/${person}`, { cookie: leader })).can.manageAccount).toBe(false);
    expect(json(await call(t, 'GET', `/api/members/${person}`, { cookie: admin })).can.manageAccount).toBe(true);
    // The admin may; once the admin grant is gone, the leader may again.
    const adminGrant = grants.find((g) => g.role === 'admin')!;
    expect((await call(t, 'DELETE', `/api/grants/${adminGrant.id}`, { cookie: leader })).statusCode).toBe(403);
    expect((await call(t, 'DELETE', `/api/grants/${adminGrant.id}`, { cookie: admin })).statusCode).toBe(200);
    expect((await call(t, 'POST', `/api/accounts/${target}/disabled`, { cookie: leader, payload: { disabled: false } })).statusCode).toBe(200);
  });

  it('a leader of one cell cannot act on an account holding a grant outside that cell', async () => {
    const thoan = await accountId('ltthoan');
    const truong = await accountId('lvtruong');
    expect((await call(t, 'POST', `/api/accounts/${thoan}/grants`, { cookie: admin, payload: { role: 'leader', orgId: cell } })).statusCode).toBe(200);
    const cellLeader = await login(t.app, 'ltthoan');
    // Inside the cell and no stronger: allowed.
    expect((await call(t, 'POST', `/api/accounts/${truong}/disabled`, { cookie: cellLeader, payload: { disabled: false } })).statusCode).toBe(200);
    // The same account with one more grant in another cell: refused.
    expect((await call(t, 'POST', `/api/accounts/${truong}/grants`, { cookie: admin, payload: { role: 'member', orgId: other } })).statusCode).toBe(200);
    const refused = await call(t, 'POST', `/api/accounts/${truong}/reset-password`, { cookie: cellLeader, payload: { password: 'ke-gian-2026' } });
    expect(refused.statusCode).toBe(403);
    expect(json(refused).error.code).toBe('forbidden');
  });

  it('until the new owner changes a reset password, only the password change, their own account and logout work', async () => {
    const thoan = await accountId('ltthoan');
    expect((await call(t, 'POST', `/api/accounts/${thoan}/reset-password`, { cookie: admin, payload: { password: 'tam-thoi-2026' } })).statusCode).toBe(200);
    const fresh = await login(t.app, 'ltthoan', 'tam-thoi-2026');
    expect(json(await call(t, 'GET', '/api/auth/me', { cookie: fresh })).mustChangePassword).toBe(true);
    const blocked = await call(t, 'GET', '/api/orgs', { cookie: fresh });
    expect(blocked.statusCode).toBe(403);
    expect(json(blocked).error).toEqual({ code: 'password_change_required', message: 'Bạn cần đổi mật khẩu trước khi tiếp tục.' });
    expect((await call(t, 'POST', `/api/accounts/${await accountId('lvtruong')}/disabled`, { cookie: fresh, payload: { disabled: true } })).statusCode).toBe(403);
    const changed = await call(t, 'POST', '/api/auth/password', {
      cookie: fresh, payload: { currentPassword: 'tam-thoi-2026', newPassword: 'mat-khau-rieng-2026' },
    });
    expect(changed.statusCode).toBe(200);
    expect((await call(t, 'GET', '/api/orgs', { cookie: fresh })).statusCode).toBe(200);
  });
});
