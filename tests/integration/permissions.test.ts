import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RoutePermission } from '../../src/server/http';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';

/**
 * Walks every API route with every role, inside and outside the role's scope. The expectations are
 * written here by hand, independently of src/server/auth/policy.ts: a route whose action is missing
 * below, or a route with no declared permission, fails the test.
 */
type Role = 'admin' | 'leader' | 'secretary' | 'overseer' | 'member';
const ROLES: Role[] = ['member', 'overseer', 'secretary', 'leader', 'admin']; // weakest first: allowed writes run last

// Roles allowed on Phiêng Lơi (inside the scope of every demo role).
const ALLOWED_IN_SCOPE: Record<string, Role[]> = {
  'org.read': ['admin', 'leader', 'secretary', 'overseer', 'member'],
  'org.manage': ['admin', 'leader'],
  'member.read': ['admin', 'leader', 'secretary', 'overseer'],
  'member.manage': ['admin', 'leader', 'secretary'],
  'partner.read': ['admin', 'leader', 'secretary', 'overseer', 'member'],
  'partner.manage': ['admin', 'leader', 'secretary'],
  'account.manage': ['admin', 'leader'],
  'audit.read': ['admin', 'leader'],
  'system.manage': ['admin'],
  'meeting.read': ['admin', 'leader', 'secretary', 'overseer', 'member'],
  'meeting.manage': ['admin', 'leader', 'secretary'],
  'meeting.observe': ['admin', 'leader', 'overseer'],
  'oversight.read': ['admin', 'leader', 'secretary', 'overseer'],
  'oversight.manage': ['admin', 'leader'],
  'oversight.respond': ['admin', 'leader', 'secretary'],
  'report.read': ['admin', 'leader', 'secretary', 'overseer'],
  'report.manage': ['admin', 'leader', 'secretary'],
  'task.read': ['admin', 'leader', 'secretary', 'overseer', 'member'],
  'task.manage': ['admin', 'leader', 'secretary'],
};
// Outside Phiêng Lơi (another cell that the overseer account does not oversee) only commune-wide roles remain.
const COMMUNE_WIDE: Role[] = ['admin', 'leader'];

const ACCOUNTS: Record<Role, string> = { admin: 'admin', leader: 'pqdon', secretary: 'lvtruong', overseer: '', member: '' };

describe.each(DB_KINDS)('permissions on %s', (kind) => {
  let t: TestApp;
  const cookies = {} as Record<Role, string>;
  const ids: Record<'in' | 'out', Record<string, string>> = { in: {}, out: {} };

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    const { DEMO_ACCOUNTS } = await import('../../src/server/demo/index');
    const byRole = (r: string) => DEMO_ACCOUNTS.find((a: { role: string }) => a.role === r);
    ACCOUNTS.overseer = byRole('overseer')!.username;
    ACCOUNTS.member = byRole('member')!.username;
    for (const r of ROLES) cookies[r] = await login(t.app, ACCOUNTS[r]);
    const db = t.db;
    const cell = async (where: string, params: unknown[]) =>
      (await db.one<{ id: string }>(`SELECT id FROM orgs WHERE kind = 'cell' AND ${where} ORDER BY name LIMIT 1`, params))!.id;
    const overseen = (await db.query<{ org_id: string }>(
      `SELECT g.org_id FROM grants g JOIN accounts a ON a.id = g.account_id WHERE a.username = $1`, [ACCOUNTS.overseer],
    )).map((r) => r.org_id);
    ids.in.org = await cell(`name = 'Chi bộ bản Phiêng Lơi'`, []);
    ids.out.org = await cell(`NOT (id = ANY ($1::uuid[])) AND EXISTS (SELECT 1 FROM partner_units u WHERE u.org_id = orgs.id)`, [
      [...overseen, ids.in.org],
    ]);
    const memberPerson = (await db.one<{ person_id: string }>(`SELECT person_id FROM accounts WHERE username = $1`, [ACCOUNTS.member]))!.person_id;
    for (const side of ['in', 'out'] as const) {
      const org = ids[side].org;
      const person = await db.one<{ person_id: string }>(
        `SELECT m.person_id FROM memberships m WHERE m.org_id = $1 AND m.ended_on IS NULL AND m.person_id <> $2
          AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = m.person_id) ORDER BY m.person_id LIMIT 1`,
        [org, memberPerson],
      );
      ids[side].person = person!.person_id;
      ids[side].partner = (await db.one<{ id: string }>('SELECT id FROM partner_units WHERE org_id = $1 LIMIT 1', [org]))!.id;
      ids[side].position = (await db.one<{ id: string }>('SELECT id FROM positions WHERE org_id = $1 AND ended_on IS NULL LIMIT 1', [org]))!.id;
      // A throwaway account and grant per side, so that revoking them during the walk harms nobody else.
      const acc = await t.app.inject({
        method: 'POST', url: '/api/accounts', headers: { cookie: cookies.admin },
        payload: { personId: ids[side].person, username: `walk-${side}`, password: 'walk-password', role: 'member', orgId: org },
      });
      expect(acc.statusCode).toBe(201);
      ids[side].account = json(acc).accountId;
      ids[side].grant = json(acc).grants[0].grantId;
      const meeting = await db.one<{ id: string }>('SELECT id FROM meetings WHERE org_id = $1 LIMIT 1', [org]).catch(() => undefined);
      if (meeting) ids[side].meeting = meeting.id;
      // An inspection item about the cell (the committee's programme hangs from its subject).
      ids[side].supervision = (await db.one<{ id: string }>(
        `INSERT INTO supervision_items (org_id, year, kind, subject_kind, subject_org_id, content, period_from, period_to)
         VALUES ((SELECT parent_id FROM orgs WHERE id = $1), 2026, 'supervision', 'cell', $1, 'Walk', '2026-01-01', '2026-12-31') RETURNING id`,
        [org],
      ))!.id;
      // A study session the cell runs for its own members (a course hangs from the unit that runs it).
      ids[side].training = (await db.one<{ id: string }>(
        `INSERT INTO training_courses (org_id, kind, title, starts_on, ends_on) VALUES ($1, 'resolution_study', 'Walk', '2026-01-01', '2026-01-01')
         RETURNING id`,
        [org],
      ))!.id;
      ids[side].review = (await db.one<{ id: string }>(
        `INSERT INTO reviews (org_id, year, subject_kind, subject_org_id) VALUES ((SELECT parent_id FROM orgs WHERE id = $1), 2000, 'cell', $1)
         RETURNING id`,
        [org],
      ))!.id;
      ids[side].task = (await db.one<{ id: string }>('SELECT id FROM tasks WHERE owner_org_id = $1 ORDER BY id LIMIT 1', [org]))!.id;
    }
  }, 300_000);
  afterAll(async () => t?.close());

  it('every API route declares a permission with a known action', () => {
    const routes = t.app.routeList.filter((r) => r.method !== 'HEAD');
    expect(routes.length).toBeGreaterThan(30);
    for (const r of routes) {
      expect(r.permission, `${r.method} ${r.url}`).toBeTruthy();
      if (r.permission.kind === 'action') expect(Object.keys(ALLOWED_IN_SCOPE), `${r.method} ${r.url}`).toContain(r.permission.action);
    }
  });

  it('refuses anonymous callers everywhere but public routes', async () => {
    for (const r of t.app.routeList.filter((x) => x.method !== 'HEAD' && x.permission.kind !== 'public')) {
      const res = await call(r, 'in', undefined);
      expect(res.statusCode, `${r.method} ${r.url}`).toBe(401);
    }
  });

  it('allows each role exactly its actions, inside and outside its scope', async () => {
    const failures: string[] = [];
    const routes = t.app.routeList.filter(
      (r) => r.method !== 'HEAD' && r.permission.kind === 'action' && !(r.url.includes(':') && needsMissingId(r.permission)),
    );
    for (const side of ['in', 'out'] as const) {
      for (const r of routes) {
        const p = r.permission as Extract<RoutePermission, { kind: 'action' }>;
        for (const role of ROLES) {
          const allowed = (side === 'in' ? ALLOWED_IN_SCOPE[p.action] : ALLOWED_IN_SCOPE[p.action].filter((x) => COMMUNE_WIDE.includes(x)))
            .includes(role);
          const res = await call(r, side, cookies[role]);
          const denied = res.statusCode === 403;
          if (allowed === denied || res.statusCode === 401 || res.statusCode >= 500) {
            failures.push(`${role} ${side} ${r.method} ${r.url}: ${res.statusCode} (expected ${allowed ? 'allowed' : '403'}) ${res.body.slice(0, 120)}`);
          }
        }
      }
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it('lets any logged-in role use the login-only routes', async () => {
    for (const r of t.app.routeList.filter((x) => x.method === 'GET' && x.permission.kind === 'login')) {
      for (const role of ROLES) {
        const res = await call(r, 'in', cookies[role]);
        expect(res.statusCode, `${role} ${r.url}`).not.toBe(401);
        expect(res.statusCode, `${role} ${r.url}`).not.toBe(403);
      }
    }
  });

  it('shows a member their own record but not another member’s', async () => {
    const self = (await t.db.one<{ person_id: string }>('SELECT person_id FROM accounts WHERE username = $1', [ACCOUNTS.member]))!.person_id;
    expect((await t.app.inject({ url: `/api/members/${self}`, headers: { cookie: cookies.member } })).statusCode).toBe(200);
    expect((await t.app.inject({ url: `/api/members/${ids.in.person}`, headers: { cookie: cookies.member } })).statusCode).toBe(403);
    // ... and their cell's member list, with names only.
    const list = json(await t.app.inject({ url: `/api/orgs/${ids.in.org}/members`, headers: { cookie: cookies.member } }));
    expect(list.total).toBe(22);
    const other = list.items.find((m: { personId: string }) => m.personId !== self);
    expect(other.fullName).toBeTruthy();
    expect(other.phone).toBeUndefined();
    expect(other.birthDate).toBeUndefined();
  });

  function scopeId(p: Extract<RoutePermission, { kind: 'action' }>, side: 'in' | 'out'): string {
    return ids[side][p.scope] ?? '';
  }
  function needsMissingId(p: RoutePermission): boolean {
    return p.kind === 'action' && p.scope !== 'global' && !ids.in[p.scope];
  }

  async function call(r: { method: string; url: string; permission: RoutePermission }, side: 'in' | 'out', cookie: string | undefined) {
    const p = r.permission;
    const id = p.kind === 'action' ? scopeId(p, side) : ids[side].org;
    let url = r.url.replace(':id', p.kind === 'action' && p.from === 'params' ? id : ids[side].org)
      .replace(/:(\w+)/g, '00000000-0000-4000-8000-000000000000');
    const body: Record<string, unknown> = {};
    if (p.kind === 'action' && p.from === 'query') url += `?${p.field}=${id}`;
    if (p.kind === 'action' && p.from === 'body') body[p.field ?? 'id'] = id;
    // Logging out would end the session the walk still needs.
    if (r.url === '/api/auth/logout' && cookie) return { statusCode: 200, body: '' };
    return t.app.inject({
      method: r.method as 'GET',
      url,
      headers: cookie ? { cookie } : {},
      ...(['POST', 'PUT', 'PATCH', 'DELETE'].includes(r.method) && r.method !== 'DELETE' ? { payload: body } : {}),
    });
  }
});
