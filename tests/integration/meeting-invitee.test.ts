import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, loginFirstTime, testApp, type TestApp } from '../support/app';

/** HD 42-HD/BTCTW: whoever is invited gets the meeting, its agenda and documents — even from outside the cell. */
describe('an invited guest from outside the cell', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite', { demo: true });
  }, 240_000);
  afterAll(async () => t?.close());

  it('reads the meeting they are invited to, and no other', async () => {
    const admin = await login(t.app, 'admin');
    const truong = await login(t.app, 'lvtruong');
    const cell = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    // A member of another cell, with an account of their own.
    const guest = (await t.db.one<{ person_id: string }>(
      `SELECT m.person_id FROM memberships m JOIN orgs o ON o.id = m.org_id
        WHERE o.kind = 'cell' AND o.id <> $1 AND m.ended_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = m.person_id) LIMIT 1`,
      [cell],
    ))!.person_id;
    const home = (await t.db.one<{ org_id: string }>(`SELECT org_id FROM memberships WHERE person_id = $1 AND ended_on IS NULL`, [guest]))!.org_id;
    const acc = await t.app.inject({
      method: 'POST', url: '/api/accounts', headers: { cookie: admin },
      payload: { personId: guest, username: 'khach-moi', password: 'khach-moi-123', role: 'member', orgId: home },
    });
    expect(acc.statusCode).toBe(201);
    const g = await loginFirstTime(t.app, 'khach-moi', 'khach-moi-123');

    const plan = async (date: string) =>
      json(await t.app.inject({ method: 'POST', url: `/api/orgs/${cell}/meetings`, headers: { cookie: truong }, payload: { type: 'expanded', originalDate: date } }));
    const invitedTo = await plan('2027-03-10');
    const other = await plan('2027-04-10');
    expect((await t.app.inject({ url: `/api/meetings/${invitedTo.id}`, headers: { cookie: g } })).statusCode).toBe(403);
    const inv = await t.app.inject({
      method: 'POST', url: `/api/meetings/${invitedTo.id}/invitations`, headers: { cookie: truong }, payload: { personId: guest, title: 'Khách mời' },
    });
    expect(inv.statusCode).toBe(200);
    const seen = await t.app.inject({ url: `/api/meetings/${invitedTo.id}`, headers: { cookie: g } });
    expect(seen.statusCode).toBe(200);
    expect(json(seen).agenda.length).toBeGreaterThan(5);
    expect((await t.app.inject({ url: `/api/meetings/${other.id}`, headers: { cookie: g } })).statusCode).toBe(403);
    // Reading is all an invitation gives: the guest cannot change the meeting.
    const write = await t.app.inject({ method: 'PATCH', url: `/api/meetings/${invitedTo.id}`, headers: { cookie: g }, payload: { location: 'Nhà tôi' } });
    expect(write.statusCode).toBe(403);
  });
});
