import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { call, orgIdByName } from '../support/security';

/**
 * Finding 5 as a class: "unbounded work" cannot come back. Every GET route of /api/openapi.json whose answer
 * holds a list is named below with what bounds it, and the bound is tried:
 *
 * - `page`: a page-size parameter with a maximum; one above it is refused, the maximum answers at most that many;
 * - `range`: a date range; a century is refused (`date_range_too_long`);
 * - `capped`: the query returns at most `max` rows whatever is asked; a broad request is checked against it;
 * - `period`: one year or one month of one unit, named by a bounded parameter;
 * - `record`: the parts of one record (a meeting's agenda, a member's history), bounded by that record's own caps;
 * - `scope`: everything in the caller's scope of a small, slowly growing kind (units, accounts, settings).
 *
 * A new list route fails this test until it is added here with its bound: give it a page size or a range,
 * or say why its list cannot grow without limit.
 */

type Ids = { root: string; cell: string; meeting: string; person: string };
type Bound =
  | { kind: 'page'; param: string; max: number; url: (ids: Ids) => string; array: string }
  | { kind: 'range'; url: (ids: Ids) => string; as?: 'member' }
  | { kind: 'capped'; max: number; url: (ids: Ids) => string; array: string | null; as?: 'member' }
  | { kind: 'period'; param: string }
  | { kind: 'record'; why: string }
  | { kind: 'scope'; why: string };

const BOUNDS: Record<string, Bound> = {
  // Paged.
  '/api/orgs/{id}/members': { kind: 'page', param: 'pageSize', max: 500, url: (i) => `/api/orgs/${i.root}/members?includeFormer=true`, array: 'items' },
  '/api/tasks': { kind: 'page', param: 'pageSize', max: 500, url: (i) => `/api/tasks?orgId=${i.root}`, array: 'items' },
  '/api/audit': { kind: 'page', param: 'limit', max: 200, url: (i) => `/api/audit?orgId=${i.root}`, array: 'items' },
  '/api/dashboard/members': { kind: 'page', param: 'limit', max: 200, url: (i) => `/api/dashboard/members?orgId=${i.root}`, array: 'items' },
  // Date ranges.
  '/api/meetings': { kind: 'range', url: (i) => `/api/meetings?orgId=${i.root}` },
  '/api/my/meetings': { kind: 'range', url: () => '/api/my/meetings?', as: 'member' },
  // Capped in the query.
  '/api/members': { kind: 'capped', max: 30, url: () => '/api/members?q=van', array: null },
  '/api/search': { kind: 'capped', max: 60, url: () => '/api/search?q=an', array: 'items' },
  '/api/documents': { kind: 'capped', max: 200, url: () => '/api/documents', array: 'items' },
  '/api/orgs/{id}/disseminations': { kind: 'capped', max: 200, url: (i) => `/api/orgs/${i.cell}/disseminations`, array: 'items' },
  '/api/notifications': { kind: 'capped', max: 100, url: () => '/api/notifications', array: 'items', as: 'member' },
  '/api/my/documents': { kind: 'capped', max: 200, url: () => '/api/my/documents', array: 'items', as: 'member' },
  // One period of one unit.
  '/api/orgs/{id}/dues-warnings': { kind: 'period', param: 'year' },
  '/api/members/{id}/attendance': { kind: 'period', param: 'year' },
  '/api/overseers/{personId}/observations': { kind: 'period', param: 'year' },
  '/api/orgs/{id}/oversight': { kind: 'period', param: 'month' },
  '/api/supervision': { kind: 'period', param: 'year' },
  '/api/orgs/{id}/activity-plans/{year}': { kind: 'period', param: 'year' },
  '/api/activity-plans': { kind: 'period', param: 'year' },
  '/api/training/courses': { kind: 'period', param: 'year' },
  '/api/training/owing': { kind: 'period', param: 'year' },
  '/api/reviews': { kind: 'period', param: 'year' },
  '/api/dashboard': { kind: 'period', param: 'month' },
  '/api/dashboard/trends': { kind: 'period', param: 'months' },
  '/api/orgs/{id}/monthly-reports': { kind: 'period', param: 'month' },
  '/api/orgs/{id}/monthly-reports/{month}': { kind: 'period', param: 'month' },
  '/api/reports/party-building': { kind: 'period', param: 'period' },
  // The parts of one record.
  '/api/auth/me': { kind: 'record', why: 'the caller’s own grants' },
  '/api/auth/sessions': { kind: 'record', why: 'the caller’s own sessions, which expire' },
  '/api/calendar-feeds': { kind: 'record', why: 'the caller’s own calendar links' },
  '/api/notifications/prefs': { kind: 'record', why: 'one line per kind of notification' },
  '/api/members/{id}': { kind: 'record', why: 'one member’s memberships, positions and events' },
  '/api/members/{id}/training': { kind: 'record', why: 'one member’s courses' },
  '/api/meetings/{id}': { kind: 'record', why: 'one meeting: at most 30 agenda items and 300 speeches (MEETING_CAPS), its invitees' },
  '/api/meetings/{id}/dues': { kind: 'record', why: 'one meeting’s invitees' },
  '/api/meetings/{id}/task-review': { kind: 'record', why: 'the tasks one meeting reviews' },
  '/api/orgs/{id}/standing': { kind: 'record', why: 'one unit’s members on one date' },
  '/api/orgs/{id}/scoring-schemes': { kind: 'record', why: 'one unit’s schemes' },
  '/api/orgs/{id}/partners': { kind: 'record', why: 'one unit’s partner units' },
  '/api/orgs/{id}/task-owners': { kind: 'record', why: 'one unit’s members and partners, to pick a task’s owner' },
  '/api/documents/{id}/coverage': { kind: 'record', why: 'one directive’s cells' },
  '/api/orgs/{id}/documents/{documentId}/members': { kind: 'record', why: 'one cell’s members for one directive' },
  '/api/my/oversight': { kind: 'record', why: 'the cells one committee member oversees, this month' },
  // Everything in scope of a kind that grows slowly with the organisation.
  '/api/orgs': { kind: 'scope', why: 'the unit tree in scope (a province: ~3,000 units)' },
  '/api/accounts': { kind: 'scope', why: 'the accounts in scope (office staff and secretaries)' },
  '/api/scoring-schemes': { kind: 'scope', why: 'the scoring schemes, a setting' },
  '/api/minutes/verify': { kind: 'scope', why: 'one line per unit with approved minutes, and the breaks found' },
};

type Schema = { type?: string; $ref?: string; properties?: Record<string, Schema>; items?: Schema; maximum?: number };
type Param = { name: string; in: string; schema?: Schema };
type OpenApi = {
  paths: Record<string, Record<string, { parameters?: Param[]; responses?: Record<string, { content?: Record<string, { schema?: Schema }> }> }>>;
  components?: { schemas?: Record<string, Schema> };
};

/** GET routes whose 200 answer is a list or holds one at its top level. */
function listRoutes(doc: OpenApi): string[] {
  const deref = (s: Schema | undefined): Schema | undefined =>
    s?.$ref ? deref(doc.components?.schemas?.[s.$ref.split('/').pop()!]) : s;
  const out: string[] = [];
  for (const [path, ops] of Object.entries(doc.paths)) {
    const schema = deref(ops.get?.responses?.['200']?.content?.['application/json']?.schema);
    if (!schema) continue;
    const isList = schema.type === 'array' || Object.values(schema.properties ?? {}).some((p) => deref(p)?.type === 'array');
    if (isList) out.push(path);
  }
  return out.sort();
}

describe.each(DB_KINDS)('every list route is bounded on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let member: string;
  let doc: OpenApi;
  let ids: Ids;
  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    admin = await login(t.app, 'admin');
    member = await login(t.app, 'ltthoan');
    doc = json(await call(t, 'GET', '/api/openapi.json', { cookie: admin }));
    const root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    const cell = await orgIdByName(t, 'Chi bộ bản Phiêng Lơi');
    const meeting = (await t.db.one<{ id: string }>('SELECT id FROM meetings WHERE org_id = $1 LIMIT 1', [cell]))!.id;
    const person = (await t.db.one<{ id: string }>('SELECT person_id AS id FROM memberships WHERE org_id = $1 LIMIT 1', [cell]))!.id;
    ids = { root, cell, meeting, person };
  });
  afterAll(async () => t?.close());

  it('names the bound of every list route in the API document, and only those', () => {
    const routes = listRoutes(doc);
    expect(routes.length).toBeGreaterThan(30);
    const unnamed = routes.filter((r) => !(r in BOUNDS));
    expect(unnamed, 'list routes with no bound named in tests/integration/security-list-bounds.test.ts: page them, give them a range, or say why they cannot grow').toEqual([]);
    expect(Object.keys(BOUNDS).filter((r) => !routes.includes(r)), 'bounds named for routes that are no list (any more)').toEqual([]);
    console.log(`list bounds: ${routes.length} list routes, ${Object.values(BOUNDS).filter((b) => ['page', 'range', 'capped'].includes(b.kind)).length} tried with hostile sizes`);
  });

  it('refuses a page size above the maximum and answers at most the maximum', async () => {
    for (const [path, b] of Object.entries(BOUNDS)) {
      if (b.kind !== 'page') continue;
      const param = doc.paths[path].get!.parameters?.find((p) => p.name === b.param && p.in === 'query');
      expect(param?.schema?.maximum, `${path} ${b.param}`).toBeLessThanOrEqual(b.max);
      const over = await call(t, 'GET', `${b.url(ids)}&${b.param}=${b.max + 1}`, { cookie: admin });
      expect(over.statusCode, `${path} with ${b.param}=${b.max + 1}`).toBe(400);
      const huge = await call(t, 'GET', `${b.url(ids)}&${b.param}=1000000000`, { cookie: admin });
      expect(huge.statusCode, `${path} with ${b.param}=1000000000`).toBe(400);
      const most = await call(t, 'GET', `${b.url(ids)}&${b.param}=${b.max}`, { cookie: admin });
      expect(most.statusCode, `${path} with ${b.param}=${b.max}`).toBe(200);
      expect(json(most)[b.array].length).toBeLessThanOrEqual(b.max);
    }
  });

  it('refuses a date range of two centuries', async () => {
    for (const [path, b] of Object.entries(BOUNDS)) {
      if (b.kind !== 'range') continue;
      const res = await call(t, 'GET', `${b.url(ids)}&from=1900-01-01&to=2100-12-31`, { cookie: b.as === 'member' ? member : admin });
      expect(res.statusCode, path).toBe(400);
      expect(json(res).error.code, path).toBe('date_range_too_long');
    }
  });

  it('answers a broad query with at most the capped number of rows', async () => {
    for (const [path, b] of Object.entries(BOUNDS)) {
      if (b.kind !== 'capped') continue;
      const res = await call(t, 'GET', b.url(ids), { cookie: b.as === 'member' ? member : admin });
      expect(res.statusCode, path).toBe(200);
      const body = json(res);
      const list = b.array ? body[b.array] : body;
      expect(Array.isArray(list), path).toBe(true);
      expect(list.length, path).toBeLessThanOrEqual(b.max);
    }
    // The member search is capped below the demo's members named "Văn": the cap is what bounds it.
    const all = await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM people WHERE name_search LIKE '%van%'`);
    expect(all!.n).toBeGreaterThan(30);
    expect(json(await call(t, 'GET', '/api/members?q=van', { cookie: admin }))).toHaveLength(30);
  });

  it('names each period by a bounded parameter', () => {
    for (const [path, b] of Object.entries(BOUNDS)) {
      if (b.kind !== 'period') continue;
      const params = doc.paths[path].get!.parameters ?? [];
      expect(params.some((p) => p.name === b.param), `${path} has its ${b.param}`).toBe(true);
    }
  });
});
