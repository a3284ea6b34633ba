import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, testApp, type TestApp } from '../support/app';

/** The demo commune as its users meet it through the API. */
describe('the demo commune through the API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await testApp('pglite', { demo: true });
  }, 240_000);
  afterAll(async () => t?.close());
  const get = async (url: string, cookie: string) => t.app.inject({ url, headers: { cookie } });

  it('shows the commune secretary 19 cells and 229 members, Phiêng Lơi with 22', async () => {
    const c = await login(t.app, 'pqdon');
    const tree = json<any[]>(await get('/api/orgs', c));
    const root = tree.find((o) => o.parentId === null);
    expect(root).toMatchObject({ name: 'Đảng bộ xã Thanh Minh', memberCount: 229 });
    expect(tree.filter((o) => o.kind === 'cell')).toHaveLength(19);
    const pl = tree.find((o) => o.name === 'Chi bộ bản Phiêng Lơi');
    expect(pl.memberCount).toBe(22);
    const detail = json(await get(`/api/orgs/${pl.id}`, c));
    expect(detail.officers.find((o: any) => o.title === 'cell_secretary').fullName).toBe('Lường Văn Trường');
    expect(detail.counts).toMatchObject({ total: 22, probationary: 1, exempt: 1 });
    const found = json<any[]>(await get('/api/members?q=truong', c));
    expect(found.map((m) => m.fullName)).toContain('Lường Văn Trường');
  });

  it('starts a member’s history with the admission and, for an official member, the recognition as official', async () => {
    const c = await login(t.app, 'pqdon');
    const people = await t.db.query<{ person_id: string }>(
      `SELECT m.person_id FROM members m JOIN memberships ms ON ms.person_id = m.person_id AND ms.ended_on IS NULL AND ms.kind = 'official'
        ORDER BY m.person_id LIMIT 40`);
    let official = 0;
    for (const { person_id } of people) {
      const p = json(await get(`/api/members/${person_id}`, c));
      const oldest = p.events[p.events.length - 1];
      expect(oldest, p.fullName).toMatchObject({ kind: 'admitted', effectiveOn: p.admissionDate });
      expect(oldest.decisionRef).toMatch(/-QĐ\/ĐU$/);
      if (p.standing === 'official') {
        official += 1;
        expect(p.events.filter((e: any) => e.kind === 'made_official'), p.fullName).toMatchObject([{ effectiveOn: p.officialDate }]);
      }
    }
    expect(official).toBeGreaterThan(20);
  });

  it('lists a member’s attendance for the year asked, with the absence rule of that year', async () => {
    const c = await login(t.app, 'lvtruong');
    const me = json(await get('/api/auth/me', c));
    const years = (await t.db.query<{ y: number }>(
      `SELECT DISTINCT extract(year FROM coalesce(m.original_date, m.date))::int AS y FROM invitations i JOIN meetings m ON m.id = i.meeting_id
        WHERE i.person_id = $1 AND m.status IN ('held', 'approved') ORDER BY 1`,
      [me.personId],
    )).map((r) => r.y);
    expect(years.length).toBeGreaterThan(1); // the demo's 18 months span two years or more
    for (const y of years) {
      const h = json(await get(`/api/members/${me.personId}/attendance?year=${y}`, c));
      expect(h.items.length).toBeGreaterThan(0);
      expect(h.items.every((i: any) => (i.originalDate ?? i.date).startsWith(`${y}-`))).toBe(true);
    }
  });

  it('opens every demo account on a unit it may read', async () => {
    const { DEMO_ACCOUNTS } = await import('../../src/server/demo/index');
    for (const a of DEMO_ACCOUNTS) {
      const c = await login(t.app, a.username);
      const me = json(await get('/api/auth/me', c));
      expect(me.homeOrgId, a.username).toBeTruthy();
      expect((await get(`/api/orgs/${me.homeOrgId}`, c)).statusCode, a.username).toBe(200);
    }
  });
});
