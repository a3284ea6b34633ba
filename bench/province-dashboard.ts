// Dashboards and reports at province scale: the province of bench/dataset.ts (default 100,000 members, 100 communes ×
// 30 cells) with 36 months of meetings and roll calls (bench/meetings-dataset.ts), on a throwaway PostgreSQL cluster
// (or PGlite), measured through the app (HTTP inject: session, permission, schema) one request at a time.
//
//   npx tsx bench/province-dashboard.ts [--members 100000] [--months 36] [--rounds 20] [--db postgres|pglite] [--explain]
//                                       [--keep DIR] [--only N,N]
//
// --keep DIR (PostgreSQL only) keeps the loaded cluster in DIR and, when DIR already holds one, starts it again instead of
// loading (loading 36 months takes ~12 minutes here): migrations newer than the data are applied on start, so one dataset
// measures the code before and after a change. --only 1,3 runs only those cases (numbered from 1).
//
// Prints Markdown: the dataset, p50/p95 of each request with its ratio to the issue's target, the statements and the
// CPU time of this process (the app: JavaScript, JSON, parsing rows) per request, and with --explain the
// time of each SQL statement of the slowest requests (the plans' key lines). docs/benchmarks.md keeps the last run's figures.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildApp } from '../src/server/app';
import { openPglite, openPostgres, type Db } from '../src/server/db/index';
import { migrate } from '../src/server/db/migrate';
import { todayVn } from '../src/domain/dates';
import { startCluster, type Cluster } from '../tests/support/postgres';
import { keptCluster } from './kept-cluster';
import { BENCH_PASSWORD, BENCH_USERS, loadProvince, provinceSize } from './dataset';
import { loadMeetings } from './meetings-dataset';
import { percentile } from './load';
import { countingDb } from './counting-db';

const arg = (name: string, dflt: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : dflt);
const members = Number(arg('members', '100000'));
const months = Number(arg('months', '36'));
const rounds = Number(arg('rounds', '20'));
const kind = arg('db', 'postgres');
const today = todayVn();
const month = today.slice(0, 7);

const keep = arg('keep', '');
const only = arg('only', '').split(',').filter(Boolean).map(Number);
let cluster: Cluster | undefined;
let reused = false;
let raw: Db;
if (kind === 'postgres' && keep) {
  const k = await keptCluster(path.resolve(keep));
  cluster = k;
  reused = k.reused;
  raw = await openPostgres(cluster.url);
} else if (kind === 'postgres') {
  cluster = await startCluster();
  raw = await openPostgres(cluster.url);
} else {
  raw = await openPglite(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-bench-')), 'pglite'));
}
const log = (s: string) => console.error(s);
try {
  await migrate(raw);
  const size = provinceSize(members);
  let p: { orgs: number; members: number; seconds: { total: number } };
  let m: Awaited<ReturnType<typeof loadMeetings>>;
  if (reused) {
    const n = (await raw.one<Record<string, number>>(
      `SELECT (SELECT count(*) FROM orgs)::int AS orgs, (SELECT count(*) FROM members)::int AS members,
              (SELECT count(*) FROM meetings)::int AS meetings, (SELECT count(*) FROM invitations)::int AS invitations,
              (SELECT count(*) FROM attendance)::int AS attendance, (SELECT count(*) FROM dues_payments)::int AS dues,
              (SELECT count(*) FROM tasks)::int AS tasks, (SELECT count(*) FROM monthly_reports)::int AS reports`,
    ))!;
    p = { orgs: n.orgs, members: n.members, seconds: { total: 0 } };
    m = { meetings: n.meetings, invitations: n.invitations, attendance: n.attendance, dues: n.dues, tasks: n.tasks, reports: n.reports, seconds: 0 };
    await raw.exec('ANALYZE');
    log('dataset reused');
  } else {
    p = await loadProvince(raw, size, log);
    log(`province loaded in ${p.seconds.total.toFixed(0)} s`);
    m = await loadMeetings(raw, months, today, log);
    log(`meetings loaded in ${m.seconds.toFixed(0)} s`);
  }
  const db = countingDb(raw);
  const app = await buildApp({ db });
  await app.ready();
  const cookie = async (username: string) => {
    const r = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password: BENCH_PASSWORD } });
    return `chibo_session=${r.cookies.find((c) => c.name === 'chibo_session')!.value}`;
  };
  const admin = await cookie(BENCH_USERS.admin);
  const leader = await cookie(BENCH_USERS.leader);
  const root = (await raw.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
  const commune = (await raw.one<{ id: string }>(`SELECT md5('commune-1')::uuid AS id`))!.id;
  const cell = (await raw.one<{ id: string }>(`SELECT md5('cell-1-1')::uuid AS id`))!.id;
  const year = month.slice(0, 4);
  const cases: { label: string; url: string; who: string; n: number; target: number | null }[] = [
    { label: 'commune dashboard, this month (leader)', url: `/api/dashboard?orgId=${commune}&month=${month}`, who: leader, n: rounds, target: 100 },
    { label: 'cell dashboard, this month', url: `/api/dashboard?orgId=${cell}&month=${month}`, who: leader, n: rounds, target: 100 },
    { label: 'province dashboard, this month (admin)', url: `/api/dashboard?orgId=${root}&month=${month}`, who: admin, n: Math.ceil(rounds / 2), target: 500 },
    { label: 'commune trends, 36 months', url: `/api/dashboard/trends?orgId=${commune}&months=36`, who: leader, n: Math.ceil(rounds / 2), target: null },
    { label: 'province trends, 12 months', url: `/api/dashboard/trends?orgId=${root}&months=12`, who: admin, n: Math.ceil(rounds / 4), target: null },
    { label: 'commune report, year (XLSX)', url: `/api/reports/party-building.xlsx?orgId=${commune}&period=${year}`, who: leader, n: Math.ceil(rounds / 4), target: null },
    { label: 'province report, year (XLSX)', url: `/api/reports/party-building.xlsx?orgId=${root}&period=${year}`, who: admin, n: 3, target: 5000 },
    { label: 'province report, year (PDF)', url: `/api/reports/party-building.pdf?orgId=${root}&period=${year}`, who: admin, n: 3, target: 5000 },
    // The names behind the province's warning figures, a page at a time, and one cell's.
    { label: 'province members under warning, page 1', url: `/api/dashboard/members?orgId=${root}&month=${month}`, who: admin, n: rounds, target: 500 },
    { label: 'cell members under warning', url: `/api/dashboard/members?orgId=${cell}&month=${month}`, who: leader, n: rounds, target: 100 },
  ];
  const out: string[] = [];
  out.push(`Dataset: ${p.orgs.toLocaleString('en-US')} units (${size.communes} communes × ${size.cellsPerCommune} cells), ` +
    `${p.members.toLocaleString('en-US')} members; ${months} months of meetings: ${m.meetings.toLocaleString('en-US')} meetings, ` +
    `${m.invitations.toLocaleString('en-US')} invitations, ${m.attendance.toLocaleString('en-US')} attendance rows, ` +
    `${m.dues.toLocaleString('en-US')} dues payments (this year), ${m.tasks.toLocaleString('en-US')} tasks, ${m.reports.toLocaleString('en-US')} monthly reports. ` +
    `Load: ${p.seconds.total.toFixed(0)} s + ${m.seconds.toFixed(0)} s. Database: ${kind}.`, '');
  out.push('| request | runs | p50 | p95 | target (p95) | p95 / target | q/req | app CPU/req |', '|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const [i, c] of cases.entries()) {
    if (only.length && !only.includes(i + 1)) continue;
    const warm = await app.inject({ url: c.url, headers: { cookie: c.who } });
    if (warm.statusCode !== 200) throw new Error(`${c.url}: ${warm.statusCode} ${warm.body.slice(0, 300)}`);
    const times: number[] = [];
    const q0 = db.stats.queries;
    const cpu0 = process.cpuUsage();
    for (let i = 0; i < c.n; i++) {
      const t = performance.now();
      const res = await app.inject({ url: c.url, headers: { cookie: c.who } });
      times.push(performance.now() - t);
      if (res.statusCode !== 200) throw new Error(`${c.url}: ${res.statusCode}`);
    }
    const p95 = percentile(times, 95);
    const cpu = process.cpuUsage(cpu0);
    out.push(`| ${c.label} | ${c.n} | ${percentile(times, 50).toFixed(0)} ms | ${p95.toFixed(0)} ms | ${c.target ? `${c.target} ms` : '—'} | ` +
      `${c.target ? (p95 / c.target).toFixed(2) : '—'} | ${((db.stats.queries - q0) / c.n).toFixed(0)} | ${((cpu.user + cpu.system) / 1000 / c.n).toFixed(0)} ms |`);
    log(out[out.length - 1]);
  }
  if (process.argv.includes('--explain')) {
    // The statements of the province and commune dashboards and the province's year report, each timed with EXPLAIN ANALYZE.
    for (const [label, url, who] of [['province dashboard', cases[2].url, admin], ['commune dashboard', cases[0].url, leader],
      ['province report, year', cases[6].url, admin]] as const) {
      db.record = [];
      await app.inject({ url, headers: { cookie: who } });
      const rec = db.record;
      db.record = null;
      out.push('', `${label}: SQL statements by execution time (EXPLAIN ANALYZE)`, '', '| ms | statement |', '|---:|---|');
      const rows: [number, string, string[]][] = [];
      for (const r of rec) {
        if (!/^\s*(SELECT|WITH)/i.test(r.sql)) continue;
        const plan = (await raw.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS OFF) ${r.sql}`, r.params)).map((x) => x['QUERY PLAN']);
        const ms = Number(/Execution Time: ([\d.]+)/.exec(plan.join('\n'))?.[1] ?? 0);
        rows.push([ms, r.sql.replace(/\s+/g, ' ').trim().slice(0, 110), plan]);
      }
      rows.sort((a, b) => b[0] - a[0]);
      for (const [ms, sql] of rows.slice(0, 8)) out.push(`| ${ms.toFixed(1)} | \`${sql.replace(/\|/g, '\\|')}\` |`);
      if (rows[0]) out.push('', 'Slowest statement, its plan (first lines):', '', '```', ...rows[0][2].slice(0, 25), '```');
    }
  }
  console.log(out.join('\n'));
  await app.close();
} finally {
  await raw.close();
  cluster?.stop();
}
if (keep) log(`cluster kept in ${path.resolve(keep)}`);
