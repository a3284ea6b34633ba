import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { json, login, testApp, type TestApp } from '../support/app';

/**
 * The whole class of "bad input breaks something": every route of /api/openapi.json, as every demo role
 * and anonymously, with generated bad input (wrong types, out-of-range numbers, impossible dates, huge and
 * empty strings, unknown ids, NFD and zero-width text, extra fields), at least 10,000 requests on PGlite.
 * No answer may be >= 500, and after every refused request (>= 400) every table is exactly as before.
 * The fingerprint is the WAL insert position (no WAL written: nothing changed); when it moved, an md5 of
 * every row of every table is compared (sessions by id and revocation only: their expiry slides).
 */
const TOTAL = 10_000;
const SEED = 7_2026;

type Schema = Record<string, any>;
type Op = { method: string; path: string; params: Schema[]; body: Schema | null; file: boolean };

const BAD: unknown[] = [
  null, true, false, 0, -1, 1.5, 3_000_000_000, -2_147_483_649, 1e308, '', ' ', '   ', '\u200b\u200b', 'x'.repeat(10_001),
  '2026-02-30', '9999-12-31', '0000-00-00', '2026-13-01', '1899-12-31', '20260101', 'thu\u0300o\u031b\u0300ng xuye\u0302n',
  'Lu\u031bo\u031b\u0300ng Va\u0306n Tru\u031bo\u031b\u0300ng', '00000000-0000-0000-0000-000000000000', 'not-a-uuid', "' OR 1=1 --",
  '<script>alert(1)</script>', '../../etc/passwd', '%00', 'Infinity', '-Infinity', 'NaN', [], [1, 2], {}, { $gt: '' }, '\ud800',
];

function arbFor(s: Schema | undefined, ids: string[], depth = 0): fc.Arbitrary<unknown> {
  const bad = fc.constantFrom(...BAD);
  if (!s || depth > 4) return bad;
  const variants = [s.anyOf, s.oneOf].find(Array.isArray) as Schema[] | undefined;
  if (variants) return fc.oneof(...variants.map((v) => arbFor(v, ids, depth + 1)), bad);
  let typed: fc.Arbitrary<unknown>;
  if (Array.isArray(s.enum)) typed = fc.constantFrom(...s.enum);
  else if ('const' in s) typed = fc.constant(s.const);
  else {
    switch (s.type) {
      case 'string':
        if (s.format === 'uuid') typed = fc.oneof(fc.constantFrom(...ids), fc.uuid());
        else if (s.format === 'date' || s.format === 'task-due') typed = fc.oneof(fc.constantFrom('2026-12-10', '2027-01-05', 'thường xuyên'), fc.date({ min: new Date('1800-01-01'), max: new Date('3000-01-01'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)));
        else typed = fc.oneof(fc.string({ maxLength: Math.min(s.maxLength ?? 40, 60) }), fc.string({ unit: 'grapheme', maxLength: 30 }), fc.constant('Chi bộ bản Phiêng Lơi'));
        break;
      case 'integer':
      case 'number':
        typed = fc.oneof(fc.integer({ min: -10, max: 120 }), fc.integer(), fc.double({ noNaN: true }));
        break;
      case 'boolean':
        typed = fc.boolean();
        break;
      case 'array':
        typed = fc.array(arbFor(s.items, ids, depth + 1), { maxLength: 4 });
        break;
      case 'object': {
        const props = Object.entries((s.properties ?? {}) as Record<string, Schema>);
        const required = new Set<string>(s.required ?? []);
        const rec: Record<string, fc.Arbitrary<unknown>> = {};
        for (const [k, v] of props) rec[k] = arbFor(v, ids, depth + 1);
        typed = fc
          .tuple(
            fc.record(rec, { requiredKeys: props.map(([k]) => k).filter((k) => required.has(k)) }),
            fc.option(fc.tuple(fc.constantFrom('extra', '__proto__', 'constructor', 'isAdmin', 'role'), bad), { freq: 4 }),
          )
          .map(([o, extra]) => (extra ? { ...(o as object), [extra[0]]: extra[1] } : o));
        break;
      }
      default:
        typed = bad;
    }
  }
  return fc.oneof({ weight: 3, arbitrary: typed }, { weight: 1, arbitrary: bad });
}

/** encodeURIComponent, except that a lone surrogate becomes the raw invalid UTF-8 it would be on the wire. */
const enc = (x: string) => {
  try {
    return encodeURIComponent(x);
  } catch {
    return '%ED%A0%80';
  }
};

describe('fuzz every route (PGlite)', () => {
  let t: TestApp;
  const cookies: Record<string, string | null> = {};
  let ops: Op[] = [];
  const real: Record<string, string[]> = {};

  beforeAll(async () => {
    t = await testApp('pglite', { demo: true });
    for (const u of ['admin', 'pqdon', 'lvtruong', 'tvkhay', 'ltthoan']) cookies[u] = await login(t.app, u);
    cookies.anonymous = null;
    const doc = json(await t.app.inject({ url: '/api/openapi.json' }));
    for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Schema>>)) {
      for (const [method, op] of Object.entries(item)) {
        const body = op.requestBody?.content?.['application/json']?.schema ?? null;
        ops.push({ method: method.toUpperCase(), path, params: op.parameters ?? [], body, file: /\.(pdf|docx|xlsx|zip|ics)$/.test(path) || /\.(pdf|docx|xlsx)/.test(path) });
      }
    }
    const db = t.db;
    const one = async (sql: string) => ((await db.one<{ id: string }>(sql))?.id ?? null);
    const cell = await one(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`);
    const meeting = await one(`SELECT id FROM meetings WHERE org_id = '${cell}' AND status = 'planned' ORDER BY date LIMIT 1`);
    const person = await one(`SELECT person_id AS id FROM memberships WHERE org_id = '${cell}' AND ended_on IS NULL ORDER BY person_id LIMIT 1`);
    // A throwaway account, so that what the walk does to an account harms no demo login.
    const acc = json(await t.app.inject({
      method: 'POST', url: '/api/accounts', headers: { cookie: cookies.admin! },
      payload: { personId: person, username: 'fuzz-target', password: 'fuzz-password', role: 'member', orgId: cell },
    }));
    const put = (k: string, v: string | null) => v && (real[k] = [...(real[k] ?? []), v]);
    put('orgs', cell); put('orgs', await one(`SELECT id FROM orgs WHERE parent_id IS NULL`));
    put('meetings', meeting); put('meetings', await one(`SELECT id FROM meetings WHERE org_id = '${cell}' AND status = 'approved' LIMIT 1`));
    put('members', person); put('attendance', person); put('dues', person); put('overseers', person);
    put('accounts', acc.accountId); put('grants', acc.grants[0].grantId);
    put('positions', await one(`SELECT id FROM positions WHERE org_id = '${cell}' LIMIT 1`));
    put('partners', await one(`SELECT id FROM partner_units WHERE org_id = '${cell}' LIMIT 1`));
    put('contacts', await one(`SELECT id FROM partner_contacts LIMIT 1`));
    put('agenda', await one(`SELECT id FROM agenda_items WHERE meeting_id = '${meeting}' LIMIT 1`));
    put('invitations', await one(`SELECT id FROM invitations WHERE meeting_id = '${meeting}' LIMIT 1`));
    put('speeches', await one(`SELECT id FROM speeches LIMIT 1`));
    put('votes', await one(`SELECT id FROM votes LIMIT 1`));
    put('tasks', await one(`SELECT id FROM tasks LIMIT 1`).catch(() => null));
    ops = ops.filter((o) => o.path.startsWith('/api/'));
  }, 300_000);
  afterAll(async () => t?.close());

  const TABLES_SQL = `SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> 'schema_migrations' ORDER BY 1`;
  async function fingerprint(): Promise<string> {
    const tables = (await t.db.query<{ name: string }>(TABLES_SQL)).map((r) => r.name);
    const parts = tables.map((name) => {
      const row = name === 'sessions' ? `md5((t.id, t.revoked_at)::text)` : `md5(t::text)`;
      // A refused login is recorded on purpose (the audit log's failed logins and limiter trips): not a change.
      const where = name === 'audit_log' ? ` WHERE t.action NOT LIKE 'auth.%'` : '';
      return `SELECT '${name}' AS name, count(*) AS n, md5(coalesce(string_agg(${row}, '' ORDER BY ${row}), '')) AS h FROM "${name}" t${where}`;
    });
    const rows = await t.db.query<{ name: string; n: number; h: string }>(parts.join(' UNION ALL '));
    return rows.map((r) => `${r.name}:${r.n}:${r.h}`).sort().join('\n');
  }
  const lsn = async () => (await t.db.one<{ l: string }>('SELECT pg_current_wal_insert_lsn()::text AS l'))!.l;

  it(`answers ${TOTAL}+ hostile requests without a 5xx and leaves the database unchanged after each refusal`, async () => {
    const roles = Object.keys(cookies);
    const perOp = Math.ceil(TOTAL / ops.length);
    const samples = new Map<Op, { params: Record<string, unknown>; body: unknown; role: string; realIds: boolean }[]>();
    let seed = SEED;
    for (const op of ops) {
      const uuidPool = Object.values(real).flat();
      const paramArb = fc.record(Object.fromEntries(op.params.filter((p) => p.in === 'path' || p.in === 'query').map((p) => [`${p.in}:${p.name}`, arbFor(p.schema, uuidPool)])));
      const arb = fc.record({
        params: paramArb,
        body: op.body ? arbFor(op.body, uuidPool) : fc.constant(undefined),
        role: fc.constantFrom(...roles),
        realIds: fc.double({ min: 0, max: 1, noNaN: true }).map((x) => x < (op.file ? 0.03 : 0.7)),
      });
      samples.set(op, fc.sample(arb, { numRuns: perOp, seed: seed++ }) as never);
    }

    let requests = 0;
    const fives: string[] = [];
    const changed: string[] = [];
    let baseLsn = await lsn();
    let baseFp = await fingerprint();
    for (const op of ops) {
      for (const s of samples.get(op)!) {
        let url = op.path.replace(/\{(\w+)\}/g, (_, name: string) => {
          const before = op.path.slice(0, op.path.indexOf(`{${name}}`)).split('/').filter(Boolean).pop() ?? '';
          const pool = real[before];
          if (name === 'docType') return s.realIds ? (Math.random() < 0.5 ? 'BB' : 'NQ') : String(s.params[`path:${name}`] ?? 'XX');
          if (name === 'month') return s.realIds ? '2026-10' : encodeURIComponent(String(s.params[`path:${name}`]));
          if (s.realIds && pool?.length) return pool[requests % pool.length]!;
          return enc(String(s.params[`path:${name}`] ?? 'x'));
        });
        const query = Object.entries(s.params)
          .filter(([k, v]) => k.startsWith('query:') && v !== undefined)
          .map(([k, v]) => {
            const name = k.slice(6);
            const value = s.realIds && /orgId$/.test(name) ? real.orgs![0] : typeof v === 'object' ? JSON.stringify(v) : String(v);
            return `${enc(name)}=${enc(value as string)}`;
          });
        if (query.length) url += '?' + query.join('&');
        const cookie = cookies[s.role];
        const res = await t.app.inject({
          method: op.method as 'GET',
          url,
          headers: { ...(cookie ? { cookie } : {}), ...(op.body && s.body !== undefined ? { 'content-type': 'application/json' } : {}) },
          payload: op.body && s.body !== undefined ? JSON.stringify(s.body) : undefined,
        });
        requests++;
        const label = `${op.method} ${url} as ${s.role} → ${res.statusCode} ${res.body.slice(0, 200)} body=${JSON.stringify(s.body)?.slice(0, 300)}`;
        if (res.statusCode >= 500) fives.push(label);
        if (res.statusCode === 401 && cookie) {
          // The walk logged this role out (logout, password change): log in again and take a new baseline.
          cookies[s.role] = await login(t.app, s.role).catch(() => null);
          baseLsn = await lsn();
          baseFp = await fingerprint();
          continue;
        }
        const now = await lsn();
        if (now === baseLsn) continue;
        const fp = await fingerprint();
        if (res.statusCode >= 400 && fp !== baseFp) {
          const a = new Set(baseFp.split('\n'));
          changed.push(`${label}\n  changed: ${fp.split('\n').filter((l) => !a.has(l)).map((l) => l.split(':')[0]).join(', ')}`);
        }
        baseLsn = now;
        baseFp = fp;
      }
    }
    console.log(`fuzz: ${requests} requests on ${ops.length} operations, ${fives.length} answers >= 500, ${changed.length} refused requests that changed a table`);
    expect(requests).toBeGreaterThanOrEqual(TOTAL);
    expect(fives.slice(0, 10)).toEqual([]);
    expect(changed.slice(0, 10)).toEqual([]);
  }, 1_800_000);
});
