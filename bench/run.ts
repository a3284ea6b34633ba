// chibo benchmarks: a province-sized dataset on PGlite and on PostgreSQL, the real app over real HTTP.
//
//   npx tsx bench/run.ts [--members 100000] [--db pglite|postgres|both] [--requests 200] [--rounds 2]
//                        [--budget 10] [--login-requests 50] [--pg-set random_page_cost=1.1] [--no-commune] [--no-doc]
//
//   npx tsx bench/run.ts --from /tmp/chibo-bench-….json   (re-render the doc from a run's raw results)
//
// Each database runs in its own child process, so that the memory figures of one do not include the
// other. The parent collects the children's JSON and writes docs/benchmarks.md between the markers.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AddressInfo } from 'node:net';
import { buildApp } from '../src/server/app';
import { openPglite, openPostgres, type Db } from '../src/server/db/index';
import { migrate } from '../src/server/db/migrate';
import { DEMO_PASSWORD, loadDemo } from '../src/server/demo/index';
import { startCluster, type Cluster } from '../tests/support/postgres';
import { countingDb, type Recorded } from './counting-db';
import { BENCH_PASSWORD, BENCH_USERS, loadProvince, provinceSize } from './dataset';
import { percentile, run, send, type Req } from './load';
import { writeDoc, type Result, type RunInfo } from './report';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const ROOT = path.resolve(HERE, '..');

type Target = 'pglite' | 'postgres' | 'commune';
type Options = {
  members: number; communes?: number; db: 'pglite' | 'postgres' | 'both'; requests: number; rounds: number;
  budgetS: number; loginRequests: number; commune: boolean; doc: boolean;
  /** PostgreSQL settings for the throwaway cluster, e.g. random_page_cost=1.1 (ALTER SYSTEM, then reload). */
  pgSet: string[];
};

type Args = Options & { child?: Target; out?: string; from?: string };

function parseArgs(argv: string[]): Args {
  const o: Args = {
    members: 100_000, db: 'both', requests: 200, rounds: 2, budgetS: 10, loginRequests: 50, commune: true, doc: true, pgSet: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const val = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    const num = () => {
      const v = Number(val());
      if (!Number.isFinite(v) || v <= 0) throw new Error(`${a} needs a positive number`);
      return v;
    };
    if (a === '--members') o.members = Math.round(num());
    else if (a === '--communes') o.communes = Math.round(num());
    else if (a === '--db') {
      const v = val();
      if (v !== 'pglite' && v !== 'postgres' && v !== 'both') throw new Error('--db is pglite, postgres or both');
      o.db = v;
    } else if (a === '--requests') o.requests = Math.round(num());
    else if (a === '--rounds') o.rounds = Math.round(num());
    else if (a === '--budget') o.budgetS = num();
    else if (a === '--login-requests') o.loginRequests = Math.round(num());
    else if (a === '--no-commune') o.commune = false;
    else if (a === '--no-doc') o.doc = false;
    else if (a === '--pg-set') {
      const v = val();
      if (!/^[a-z_]+=[A-Za-z0-9._]+$/.test(v)) throw new Error('--pg-set takes name=value, e.g. random_page_cost=1.1');
      o.pgSet.push(v);
    }
    else if (a === '--child') o.child = val() as Target;
    else if (a === '--out') o.out = val();
    else if (a === '--from') o.from = val();
    else if (a === '--help' || a === '-h') {
      console.log(fs.readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(0, 8).join('\n'));
      process.exit(0);
    } else throw new Error(`unknown option ${a}`);
  }
  return o;
}

const mb = (bytes: number) => Math.round(bytes / 1048576);

type Scenario = {
  key: string; label: string; make: (i: number) => Req; n?: number; expect?: number;
  /** EXPLAIN the statements of this request that match (on both databases). */
  explain?: RegExp[];
};

async function login(base: string, username: string, password: string, ip: string): Promise<string> {
  const res = await send(base, {
    method: 'POST', path: '/api/auth/login', body: { username, password }, headers: { 'x-forwarded-for': ip },
  });
  if (res.status !== 200) throw new Error(`login ${username}: ${res.status} ${res.text}`);
  const cookie = res.headers.getSetCookie().map((c) => c.split(';')[0]).find((c) => c.startsWith('chibo_session='));
  if (!cookie) throw new Error('no session cookie');
  return cookie;
}

/** One database, in this (child) process: load, serve, measure, EXPLAIN, report. */
async function runTarget(target: Target, o: Options): Promise<Result> {
  const log = (s: string) => console.log(`[${target}] ${s}`);
  let cluster: Cluster | undefined;
  let dir: string | undefined;
  let raw: Db;
  const tOpen = performance.now();
  if (target === 'postgres') {
    cluster = await startCluster();
    raw = await openPostgres(cluster.url);
    for (const kv of o.pgSet) {
      const [k, v] = kv.split('=');
      await raw.exec(`ALTER SYSTEM SET ${k} = '${v}'`);
    }
    if (o.pgSet.length) {
      await raw.exec('SELECT pg_reload_conf()');
      await new Promise((r) => setTimeout(r, 500)); // the reload reaches the backends asynchronously
      log(`settings: ${o.pgSet.join(', ')}`);
    }
  } else {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-bench-'));
    raw = await openPglite(path.join(dir, 'pglite'));
  }
  await migrate(raw);
  const openSeconds = (performance.now() - tOpen) / 1000;
  log(`database open and migrated in ${openSeconds.toFixed(1)} s`);
  try {
    const tLoad = performance.now();
    let dataset: Result['dataset'];
    let users: { admin: string; leader: string; secretary: string; password: string };
    if (target === 'commune') {
      const c = await loadDemo(raw);
      await raw.exec('ANALYZE');
      dataset = { kind: 'commune', orgs: c.orgs, members: c.members, memberships: 0, positions: 0, loadSeconds: 0 };
      users = { admin: 'admin', leader: 'pqdon', secretary: 'lvtruong', password: DEMO_PASSWORD };
    } else {
      const size = provinceSize(o.members, o.communes);
      log(`loading ${size.members} members, ${size.communes} communes × ${size.cellsPerCommune} cells`);
      const r = await loadProvince(raw, size, log);
      dataset = { kind: 'province', orgs: r.orgs, members: r.members, memberships: r.memberships, positions: r.positions,
        loadSeconds: 0, stages: r.seconds, communes: size.communes, cellsPerCommune: size.cellsPerCommune };
      users = { ...BENCH_USERS, password: BENCH_PASSWORD };
    }
    dataset.loadSeconds = (performance.now() - tLoad) / 1000;
    const counts = await raw.one<{ memberships: number; positions: number }>(
      'SELECT (SELECT count(*) FROM memberships) AS memberships, (SELECT count(*) FROM positions) AS positions');
    dataset.memberships = counts!.memberships;
    dataset.positions = counts!.positions;
    if (global.gc) global.gc();
    const memAfterLoad = process.memoryUsage();
    const dbSize = await raw.one<{ n: number }>('SELECT pg_database_size(current_database()) AS n');
    const version = await raw.one<{ v: string }>('SELECT version() AS v');
    log(`loaded in ${dataset.loadSeconds.toFixed(1)} s; RSS ${mb(memAfterLoad.rss)} MB, database ${mb(dbSize!.n)} MB`);

    const db = countingDb(raw);
    const app = await buildApp({ db, trustProxy: 1 }); // the login scenario varies X-Forwarded-For to stay under the limit
    await app.listen({ port: 0, host: '127.0.0.1' });
    const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
    try {
      const admin = await login(base, users.admin, users.password, '10.255.0.1');
      const leader = await login(base, users.leader, users.password, '10.255.0.2');
      const secretary = await login(base, users.secretary, users.password, '10.255.0.3');
      const ids = async (username: string, role: string) =>
        (await raw.one<{ org_id: string; path: string }>(
          `SELECT g.org_id, o.path FROM grants g JOIN accounts a ON a.id = g.account_id JOIN orgs o ON o.id = g.org_id
            WHERE a.username = $1 AND g.role = $2 LIMIT 1`, [username, role]))!;
      const commune = await ids(users.leader, 'leader');
      const cell = await ids(users.secretary, 'secretary');
      const membersUnder = async (p: string, limit: number) =>
        (await raw.query<{ person_id: string }>(
          `SELECT m.person_id FROM memberships m JOIN orgs o ON o.id = m.org_id
            WHERE o.path LIKE $1 AND m.ended_on IS NULL AND m.kind = 'official' ORDER BY m.person_id LIMIT ${limit}`,
          [p + '%'])).map((r) => r.person_id);
      const communeMembers = await membersUnder(commune.path, 500);
      const cellMembers = await membersUnder(cell.path, 100);
      const communeTotal = (await raw.one<{ n: number }>(
        `SELECT count(*) AS n FROM memberships m JOIN orgs o ON o.id = m.org_id WHERE o.path LIKE $1 AND m.ended_on IS NULL`,
        [commune.path + '%']))!.n;
      // A person's whole name, typed without diacritics: the selective search (the others match thousands).
      const fullName = (await raw.one<{ n: string }>(
        `SELECT p.name_search AS n FROM people p WHERE p.id = $1`, [communeMembers[Math.floor(communeMembers.length / 2)]]))!.n;
      // The commune's page 10 needs 451+ members; the demo commune (229) reads its last page instead.
      const page = Math.min(10, Math.max(1, Math.ceil(communeTotal / 50)));

      const scenarios: Scenario[] = [
        { key: 'tree-leader', label: 'GET /api/orgs (commune leader)', make: () => ({ path: '/api/orgs', cookie: leader }),
          explain: [/member_count/] },
        { key: 'tree-admin', label: 'GET /api/orgs (admin, whole tree)', make: () => ({ path: '/api/orgs', cookie: admin }),
          explain: [/member_count/] },
        { key: 'cell-members', label: 'GET /api/orgs/{cell}/members (secretary)',
          make: () => ({ path: `/api/orgs/${cell.org_id}/members`, cookie: secretary }) },
        { key: 'commune-page', label: `GET /api/orgs/{commune}/members?page=${page} (leader)`,
          make: () => ({ path: `/api/orgs/${commune.org_id}/members?page=${page}`, cookie: leader }),
          explain: [/OFFSET/, /^SELECT count\(\*\) AS n FROM memberships/] },
        { key: 'search-nv-leader', label: 'GET /api/members?q=nguyen van (leader)',
          make: () => ({ path: '/api/members?q=nguyen%20van', cookie: leader }), explain: [/name_search LIKE/] },
        { key: 'search-nv-admin', label: 'GET /api/members?q=nguyen van (admin)',
          make: () => ({ path: '/api/members?q=nguyen%20van', cookie: admin }), explain: [/name_search LIKE/] },
        { key: 'search-tr-leader', label: 'GET /api/members?q=truong (leader)',
          make: () => ({ path: '/api/members?q=truong', cookie: leader }), explain: [/name_search LIKE/] },
        { key: 'search-tr-admin', label: 'GET /api/members?q=truong (admin)',
          make: () => ({ path: '/api/members?q=truong', cookie: admin }), explain: [/name_search LIKE/] },
        { key: 'search-name-admin', label: `GET /api/members?q=${fullName} (admin; one person's full name)`,
          make: () => ({ path: `/api/members?q=${encodeURIComponent(fullName)}`, cookie: admin }), explain: [/name_search LIKE/] },
        { key: 'profile', label: 'GET /api/members/{id} (leader)',
          make: (i) => ({ path: `/api/members/${communeMembers[i % communeMembers.length]}`, cookie: leader }) },
        { key: 'patch', label: 'PATCH /api/members/{id} (secretary)',
          make: (i) => ({
            method: 'PATCH', path: `/api/members/${cellMembers[i % cellMembers.length]}`, cookie: secretary,
            body: { phone: '09' + String(10_000_000 + ((i * 7919) % 89_999_999)) },
          }) },
        // Logins from many addresses (the route allows 10 a minute per address and username).
        { key: 'login', label: 'POST /api/auth/login (argon2id)', n: o.loginRequests,
          make: (i) => ({
            method: 'POST', path: '/api/auth/login', body: { username: users.leader, password: users.password },
            headers: { 'x-forwarded-for': `10.${(i >> 16) & 255}.${(i >> 8) & 255}.${i & 255}` },
          }) },
      ];

      // Warm-up (JIT, plan caches, buffer cache), and the statements to EXPLAIN.
      const explains: Result['explains'] = [];
      for (const s of scenarios) {
        for (let i = 0; i < (s.key === 'login' ? 2 : 5); i++) {
          const r = await send(base, s.make(100_000 + i));
          if (r.status !== (s.expect ?? 200)) throw new Error(`${s.label}: ${r.status} ${r.text.slice(0, 300)}`);
        }
        if (s.explain) {
          db.record = [];
          await send(base, s.make(0));
          const recorded: Recorded[] = db.record;
          db.record = null;
          for (const [i, re] of s.explain.entries()) {
            const stmt = recorded.find((r) => re.test(r.sql.trim()));
            if (!stmt) continue;
            const plan = await raw.query<{ 'QUERY PLAN': string }>('EXPLAIN (ANALYZE, BUFFERS) ' + stmt.sql, stmt.params);
            explains.push({ key: i ? `${s.key}#${i}` : s.key, label: s.label, sql: stmt.sql.replace(/\s+/g, ' ').trim(),
              plan: plan.map((r) => r['QUERY PLAN']) });
          }
        }
      }

      // Interleaved rounds: every scenario runs once per round at each concurrency, so that a noisy
      // minute on the shared machine spreads over all scenarios instead of hitting one.
      type Acc = { latencies: number[]; wallMs: number; n: number; errors: string[]; queries: number; roundP50: number[] };
      const acc = new Map<string, Acc>();
      const concurrencies = [1, 8];
      for (let round = 1; round <= o.rounds; round++) {
        for (const s of scenarios) {
          for (const c of concurrencies) {
            const n = Math.max(1, Math.ceil((s.n ?? o.requests) / o.rounds));
            const out = await run(base, s.make, { n, concurrency: c, budgetMs: (o.budgetS * 1000) / o.rounds, expect: s.expect },
              () => db.stats.queries);
            const k = `${s.key}|${c}`;
            const a = acc.get(k) ?? { latencies: [], wallMs: 0, n: 0, errors: [], queries: 0, roundP50: [] };
            a.latencies.push(...out.latencies);
            a.wallMs += out.wallMs;
            a.n += out.latencies.length;
            a.errors.push(...out.errors);
            a.queries += out.queries;
            a.roundP50.push(percentile(out.latencies, 50));
            acc.set(k, a);
            log(`round ${round} ${s.label} c=${c}: n=${out.latencies.length} p50 ${percentile(out.latencies, 50).toFixed(1)} ms` +
              ` p95 ${percentile(out.latencies, 95).toFixed(1)} ms${out.errors.length ? ' ERRORS ' + out.errors[0] : ''}`);
          }
        }
      }
      const scenarioResults: Result['scenarios'] = [];
      for (const s of scenarios) {
        for (const c of concurrencies) {
          const a = acc.get(`${s.key}|${c}`)!;
          scenarioResults.push({
            key: s.key, label: s.label, concurrency: c, n: a.n,
            p50: percentile(a.latencies, 50), p95: percentile(a.latencies, 95), max: Math.max(...a.latencies),
            rps: a.n / (a.wallMs / 1000), errors: a.errors.length, firstError: a.errors[0],
            queriesPerRequest: a.queries / a.n, roundP50: a.roundP50,
          });
        }
      }
      const memEnd = process.memoryUsage();
      return {
        target, dbKind: raw.kind, version: version!.v, dataset, openSeconds,
        memory: { rssAfterLoadMb: mb(memAfterLoad.rss), heapAfterLoadMb: mb(memAfterLoad.heapUsed), rssEndMb: mb(memEnd.rss),
          maxRssMb: Math.round(process.resourceUsage().maxRSS / 1024), dbSizeMb: mb(dbSize!.n) },
        scenarios: scenarioResults, explains,
        settings: { requests: o.requests, rounds: o.rounds, budgetS: o.budgetS, loginRequests: o.loginRequests, pgSet: o.pgSet },
      };
    } finally {
      await app.close();
    }
  } finally {
    await raw.close().catch(() => undefined);
    cluster?.stop();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs one target in a child process (same node, same tsx loader) and reads its JSON. */
function runChild(target: Target, argv: string[]): Promise<Result> {
  const out = path.join(os.tmpdir(), `chibo-bench-${target}-${process.pid}.json`);
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), ...argv,
      '--child', target, '--out', out], { stdio: 'inherit', cwd: ROOT });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code !== 0) return reject(new Error(`${target} run failed (exit ${code})`));
      const r = JSON.parse(fs.readFileSync(out, 'utf8')) as Result;
      fs.rmSync(out, { force: true });
      resolve(r);
    });
  });
}

async function main() {
  const argv = process.argv.slice(2);
  const o = parseArgs(argv);
  if (o.from) {
    // Re-render the figures of an earlier run (its raw JSON) without measuring again.
    const saved = JSON.parse(fs.readFileSync(o.from, 'utf8')) as { info: RunInfo; results: Result[] };
    writeDoc(path.join(ROOT, 'docs/benchmarks.md'), saved.info, saved.results);
    console.log('figures written to docs/benchmarks.md');
    return;
  }
  if (o.child) {
    const r = await runTarget(o.child, o);
    fs.writeFileSync(o.out!, JSON.stringify(r));
    return;
  }
  const started = new Date();
  const t0 = performance.now();
  const info: RunInfo = {
    date: started.toISOString(), node: process.version, nproc: os.availableParallelism(), cpu: os.cpus()[0]?.model ?? '?',
    memGb: Math.round(os.totalmem() / 1e9), loadavg: os.loadavg(), platform: `${os.type()} ${os.release()}`,
    pglite: JSON.parse(fs.readFileSync(path.join(ROOT, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version,
    command: `npx tsx bench/run.ts ${argv.join(' ')}`.trim(), totalSeconds: 0,
  };
  const targets: Target[] = [];
  if (o.db !== 'pglite') targets.push('postgres');
  if (o.db !== 'postgres') targets.push('pglite');
  if (o.db !== 'postgres' && o.commune) targets.push('commune');
  const results: Result[] = [];
  for (const t of targets) results.push(await runChild(t, argv));
  info.totalSeconds = (performance.now() - t0) / 1000;
  const rawOut = path.join(os.tmpdir(), `chibo-bench-${started.toISOString().replace(/[:.]/g, '-')}.json`);
  fs.writeFileSync(rawOut, JSON.stringify({ info, results }, null, 2));
  console.log(`raw results: ${rawOut}`);
  if (o.doc) {
    const doc = path.join(ROOT, 'docs/benchmarks.md');
    writeDoc(doc, info, results);
    console.log(`figures written to ${path.relative(ROOT, doc)}`);
  }
  console.log(`total ${info.totalSeconds.toFixed(0)} s`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
