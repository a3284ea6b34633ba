// One side of bench/party-report.ts: the app of the source tree given by --root (the code before or after a change)
// on the kept province cluster (--url), measured through the app (HTTP inject with the admin's session) and, with
// --profile, split into SQL, assembling the model and rendering. Prints one JSON line.
import path from 'node:path';

const arg = (name: string, dflt: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : dflt);
const root = path.resolve(arg('root', '.'));
const url = arg('url', '');
const rounds = Number(arg('rounds', '2'));
const formats = arg('formats', 'xlsx,pdf,docx').split(',');
const period = arg('period', String(new Date().getFullYear()));
const orgArg = arg('org', 'province');

const mod = async (p: string) => import(path.join(root, p));
const { buildApp } = await mod('src/server/app.ts');
const { openPostgres } = await mod('src/server/db/index.ts');
const { BENCH_PASSWORD, BENCH_USERS } = await mod('bench/dataset.ts');
const { reportDoc } = await mod('src/server/modules/reports/register.ts');
const render = await mod('src/server/modules/reports/render.ts');
const { todayVn } = await mod('src/domain/dates.ts');

const raw = await openPostgres(url);
if (process.argv.includes('--migrate-only')) {
  const { migrate } = await mod('src/server/db/migrate.ts');
  await migrate(raw);
  await raw.close();
  process.exit(0);
}
// Every statement timed (wall time from send to answer; statements sent together overlap).
const sqlLog: { ms: number; sql: string; params?: unknown[] }[] = [];
let logging = false;
const timed = (q: any) => ({
  query: async (s: string, p?: unknown[]) => { const t = performance.now(); const r = await q.query(s, p); if (logging) sqlLog.push({ ms: performance.now() - t, sql: s, params: p }); return r; },
  one: async (s: string, p?: unknown[]) => { const t = performance.now(); const r = await q.one(s, p); if (logging) sqlLog.push({ ms: performance.now() - t, sql: s, params: p }); return r; },
});
const db = { kind: raw.kind, ...timed(raw), tx: (fn: any) => raw.tx((q: any) => fn(timed(q))), exec: (s: string) => raw.exec(s), close: () => raw.close() };
const app = await buildApp({ db });
await app.ready();
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: BENCH_USERS.admin, password: BENCH_PASSWORD } });
const cookie = `chibo_session=${login.cookies.find((c: any) => c.name === 'chibo_session')!.value}`;
const orgId = orgArg === 'province'
  ? (await raw.one('SELECT id FROM orgs WHERE parent_id IS NULL')).id
  : (await raw.one(`SELECT md5($1)::uuid AS id`, [orgArg])).id;

const out: Record<string, unknown> = { root, period, org: orgArg, formats: {} as Record<string, unknown> };
for (const f of formats) {
  const u = `/api/reports/party-building.${f}?orgId=${orgId}&period=${period}`;
  const warm = await app.inject({ url: u, headers: { cookie } });
  if (warm.statusCode !== 200) throw new Error(`${u}: ${warm.statusCode} ${warm.body.slice(0, 300)}`);
  const times: number[] = [];
  for (let i = 0; i < rounds; i++) {
    const t = performance.now();
    const res = await app.inject({ url: u, headers: { cookie } });
    times.push(performance.now() - t);
    if (res.statusCode !== 200) throw new Error(`${u}: ${res.statusCode}`);
  }
  (out.formats as Record<string, unknown>)[f] = { times, bytes: warm.rawPayload.length };
}
if (process.argv.includes('--profile')) {
  // The same work as a request, step by step: the model (SQL and assembling), then each rendering.
  logging = true;
  const t0 = performance.now();
  const doc = await reportDoc(db, orgId, period, todayVn());
  const model = performance.now() - t0;
  logging = false;
  const steps: Record<string, number> = { model };
  for (const [f, fn] of [['xlsx', render.renderXlsx], ['pdf', render.renderReportPdf], ['docx', render.renderReportDocx]] as const) {
    const t = performance.now();
    await fn(doc);
    steps[f] = performance.now() - t;
  }
  const sqlSum = sqlLog.reduce((s, x) => s + x.ms, 0);
  out.profile = {
    steps, statements: sqlLog.length, sqlSum,
    slowest: [...sqlLog].sort((a, b) => b.ms - a.ms).slice(0, 6).map((x) => ({ ms: Math.round(x.ms), sql: x.sql.replace(/\s+/g, ' ').trim().slice(0, 120) })),
    modelJsonKb: Math.round(JSON.stringify(doc.model).length / 1024),
  };
  if (process.argv.includes('--explain')) {
    // The slowest statements again under EXPLAIN ANALYZE, one at a time.
    const plans: { ms: number; sql: string; plan: string[] }[] = [];
    for (const x of [...sqlLog].sort((a, b) => b.ms - a.ms).slice(0, 6)) {
      if (!/^\s*(SELECT|WITH)/i.test(x.sql)) continue;
      const plan = (await raw.query(`EXPLAIN (ANALYZE, BUFFERS OFF) ${x.sql}`, x.params)).map((r: any) => r['QUERY PLAN']);
      plans.push({ ms: Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1] ?? 0), sql: x.sql.replace(/\s+/g, ' ').trim(), plan });
    }
    (out.profile as Record<string, unknown>).plans = plans;
  }
}
console.log(JSON.stringify(out));
await app.close();
await raw.close();
process.exit(0);
