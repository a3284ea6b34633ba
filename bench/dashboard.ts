// Dashboard, trends and report timings on the demo commune (Thanh Minh: 19 cells, ~230 members, 18+ months of
// meetings with roll calls) on the embedded database, through the real app (HTTP inject, session, permission).
//
//   npx tsx bench/dashboard.ts [--rounds 40]
//
// Prints a Markdown table; docs/benchmarks.md keeps the last run's figures.
import { buildApp } from '../src/server/app';
import { openPglite } from '../src/server/db/index';
import { migrate } from '../src/server/db/migrate';
import { DEMO_PASSWORD, loadDemo } from '../src/server/demo/index';
import { generateDemo } from '../src/server/demo/index';
import { todayVn } from '../src/domain/dates';
import { percentile } from './load';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 40;
const db = await openPglite('memory');
await migrate(db);
await loadDemo(db, generateDemo(undefined, todayVn()));
if (process.argv.includes('--analyze')) await db.exec('ANALYZE');
const app = await buildApp({ db });
await app.ready();
const login = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username: 'pqdon', password: DEMO_PASSWORD } });
const cookie = `chibo_session=${login.cookies.find((c) => c.name === 'chibo_session')!.value}`;
const root = (await db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
const cell = (await db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
const month = todayVn().slice(0, 7);
const cases: [string, string, number][] = [
  ['commune dashboard, this month', `/api/dashboard?orgId=${root}&month=${month}`, rounds],
  ['cell dashboard, this month', `/api/dashboard?orgId=${cell}&month=${month}`, rounds],
  ['commune trends, 12 months', `/api/dashboard/trends?orgId=${root}&months=12`, Math.ceil(rounds / 2)],
  ['commune trends, 36 months', `/api/dashboard/trends?orgId=${root}&months=36`, Math.ceil(rounds / 4)],
  ['commune report, year (XLSX)', `/api/reports/party-building.xlsx?orgId=${root}&period=${month.slice(0, 4)}`, 5],
  ['commune report, year (PDF)', `/api/reports/party-building.pdf?orgId=${root}&period=${month.slice(0, 4)}`, 5],
];
console.log('| request | runs | p50 | p95 |\n|---|---|---|---|');
for (const [label, url, n] of cases) {
  await app.inject({ url, headers: { cookie } }); // warm: plans, code paths
  const times: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = performance.now();
    const res = await app.inject({ url, headers: { cookie } });
    times.push(performance.now() - t);
    if (res.statusCode !== 200) throw new Error(`${url}: ${res.statusCode} ${res.body.slice(0, 200)}`);
  }
  console.log(`| ${label} | ${n} | ${percentile(times, 50).toFixed(0)} ms | ${percentile(times, 95).toFixed(0)} ms |`);
}
await app.close();
await db.close();
