// Durability benchmarks: what PGlite's durable mode costs per write, and kill -9 under write load.
//
//   npx tsx bench/durability.ts [--writes 300] [--rounds 20] [--db pglite|postgres|both] [--no-kill] [--no-doc]
//
// 1. Cost per write on PGlite on disk, durable mode (fsync of the WAL before each commit is acknowledged)
//    against PGlite's own default (fsync off): a bare INSERT, and a real API write (POST a partner unit:
//    the service's transaction with its audit record) through the app. Interleaved rounds of 50, so that
//    a busy moment of the shared machine falls on both modes.
// 2. Kill -9: the real server as a child process under 8 concurrent writers, SIGKILLed at a random moment,
//    restarted, every acknowledged write checked — 20 rounds per database by default.
// Writes the figures into docs/benchmarks.md between the durability markers.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import crypto from 'node:crypto';
import pg from 'pg';
import { buildApp } from '../src/server/app';
import { openPglite, openPostgres, type Db } from '../src/server/db/index';
import { migrate } from '../src/server/db/migrate';
import { DEMO_PASSWORD, loadDemo } from '../src/server/demo/index';
import { startCluster } from '../tests/support/postgres';
import { killRounds, type RoundResult } from '../tests/support/kill9';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const opt = (name: string, def: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const WRITES = Number(opt('writes', '300'));
const ROUNDS = Number(opt('rounds', '20'));
const DBS = opt('db', 'both');
const flag = (name: string) => args.includes(`--${name}`);

const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const ms = (n: number) => n.toFixed(2);

type Mode = { name: string; durable: boolean };
const MODES: Mode[] = [
  { name: 'durable (chibo)', durable: true },
  { name: 'fsync off (PGlite default)', durable: false },
];

async function costPerWrite() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-bench-dur-'));
  const seed = await openPglite(path.join(dir, 'pglite'));
  await migrate(seed);
  await loadDemo(seed);
  await seed.exec('CREATE TABLE bench_writes (id serial PRIMARY KEY, at timestamptz DEFAULT now(), body text)');
  await seed.close();
  const samples: Record<string, { insert: number[]; api: number[]; fsyncs: number }> = {};
  for (const m of MODES) samples[m.name] = { insert: [], api: [], fsyncs: 0 };
  const chunk = 50;
  for (let done = 0; done < WRITES; done += chunk) {
    for (const m of MODES) {
      let fsyncs = 0;
      const db = await openPglite(path.join(dir, 'pglite'), { durable: m.durable, onFsync: () => fsyncs++ });
      const app = await buildApp({ db });
      const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'lvtruong', password: DEMO_PASSWORD } });
      const cookie = login.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
      const org = (await db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
      const s = samples[m.name];
      const before = fsyncs;
      for (let i = 0; i < chunk; i++) {
        let t = performance.now();
        await db.query('INSERT INTO bench_writes (body) VALUES ($1)', [`row ${done + i}`]);
        s.insert.push(performance.now() - t);
        t = performance.now();
        const res = await app.inject({
          method: 'POST', url: `/api/orgs/${org}/partners`, headers: { cookie }, payload: { kind: 'other', name: `bench ${m.durable} ${done + i}` },
        });
        if (res.statusCode !== 201) throw new Error(`write ${res.statusCode} ${res.body}`);
        s.api.push(performance.now() - t);
      }
      s.fsyncs += fsyncs - before;
      await app.close();
      await db.close();
    }
    console.log(`cost per write: ${Math.min(done + chunk, WRITES)}/${WRITES}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return MODES.map((m) => {
    const s = samples[m.name];
    return {
      mode: m.name, n: s.insert.length,
      insertP50: pct(s.insert, 50), insertP95: pct(s.insert, 95), apiP50: pct(s.api, 50), apiP95: pct(s.api, 95),
      fsyncsPerCommit: s.fsyncs / (s.insert.length + s.api.length),
    };
  });
}

async function kill9(kind: 'pglite' | 'postgres'): Promise<RoundResult[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-bench-kill9-'));
  const cluster = kind === 'postgres' ? await startCluster() : undefined;
  try {
    let db: Db;
    let env: Record<string, string>;
    if (kind === 'pglite') {
      db = await openPglite(path.join(dir, 'pglite'));
      env = { CHIBO_DATA_DIR: dir };
    } else {
      const name = 'chibo_' + crypto.randomBytes(6).toString('hex');
      const admin = new pg.Client({ connectionString: cluster!.url });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = cluster!.url.replace(/\/postgres$/, '/' + name);
      db = await openPostgres(url);
      env = { DATABASE_URL: url };
    }
    await migrate(db);
    await loadDemo(db);
    const orgId = (await db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    await db.close();
    return await killRounds({ env, orgId, username: 'lvtruong', password: DEMO_PASSWORD }, ROUNDS, {
      log: (line) => console.log(`kill -9 on ${kind}: ${line}`),
    });
  } finally {
    cluster?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function main() {
  const started = new Date();
  const cost = await costPerWrite();
  for (const c of cost) console.log(c);
  const kills: Record<string, RoundResult[]> = {};
  if (!flag('no-kill')) {
    for (const kind of ['pglite', 'postgres'] as const) if (DBS === 'both' || DBS === kind) kills[kind] = await kill9(kind);
  }
  const lines = [
    `Run of ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores at the end.`,
    '',
    `**Cost per write, PGlite on disk** (${cost[0].n} writes of each kind per mode, interleaved in rounds of 50; milliseconds):`,
    '',
    '| mode | INSERT p50 | INSERT p95 | API write p50 | API write p95 | fsyncs per commit |',
    '|---|---|---|---|---|---|',
    ...cost.map((c) => `| ${c.mode} | ${ms(c.insertP50)} | ${ms(c.insertP95)} | ${ms(c.apiP50)} | ${ms(c.apiP95)} | ${c.fsyncsPerCommit.toFixed(2)} |`),
    '',
  ];
  for (const [kind, rs] of Object.entries(kills)) {
    const total = rs.reduce((n, r) => n + r.acknowledged, 0);
    const last = rs.at(-1);
    const lost = last ? total - last.foundAcknowledged : 0;
    lines.push(
      `**Kill -9 on ${kind}**: ${rs.length} rounds of 8 concurrent writers, ${total} writes acknowledged, ` +
        `${last?.foundAcknowledged ?? 0} found after the last restart (${lost} lost), ` +
        `${last?.unacknowledgedButStored ?? 0} in flight at a kill and stored anyway, ` +
        `${rs.filter((r) => r.cleanStart).length}/${rs.length} clean restarts, restart time p50 ${pct(rs.map((r) => r.startMs), 50)} ms ` +
        `(max ${Math.max(...rs.map((r) => r.startMs))} ms).`,
      '',
    );
  }
  const text = lines.join('\n');
  console.log(text);
  if (!flag('no-doc')) {
    const doc = path.join(ROOT, 'docs/benchmarks.md');
    const s = fs.readFileSync(doc, 'utf8');
    const start = '<!-- durability:start -->';
    const end = '<!-- durability:end -->';
    if (s.includes(start)) fs.writeFileSync(doc, s.slice(0, s.indexOf(start) + start.length) + '\n' + text + '\n' + s.slice(s.indexOf(end)));
  }
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
