// Lighthouse (mobile, default simulated throttling) on the first screens a member meets: the login page,
// her home (her meetings) and a meeting page, against the built web app on the demo commune, in Debian's
// chromium. Writes the figures between the markers in docs/benchmarks.md.
//   npx tsx bench/lighthouse.ts [--runs 3] [--only home] [--save dir]
// --only: the pages whose name contains this word (the figures are then only printed, not written);
// --save: also writes each run's full Lighthouse report (JSON) into dir, to see what the largest paint is and what it waits on.
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { buildApp } from '../src/server/app';
import { openPglite } from '../src/server/db/index';
import { migrate } from '../src/server/db/migrate';
import { DEMO_PASSWORD, loadDemo } from '../src/server/demo/index';
import { buildWebIfStale } from '../scripts/web-build.mjs';
import { firstScreenCosts } from '../scripts/web-budget';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DOC = path.join(ROOT, 'docs/benchmarks.md');
const START = '<!-- lighthouse:start -->';
const END = '<!-- lighthouse:end -->';
const arg = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const runs = Number(arg('--runs')) || 3;
const only = arg('--only');
const saveDir = arg('--save');

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function main() {
  buildWebIfStale();
  const db = await openPglite('memory');
  await migrate(db);
  await loadDemo(db);
  const app = await buildApp({ db, webDir: path.join(ROOT, 'dist/web') });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`;

  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'ltthoan', password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0];
  if (!login.ok || !cookie) throw new Error(`login failed: ${login.status}`);
  const mine = (await (await fetch(`${base}/api/my/meetings`, { headers: { cookie } })).json()) as { id: string; status: string }[];
  const meeting = mine.find((m) => m.status === 'planned') ?? mine[0];
  if (!meeting) throw new Error('the demo member has no meeting');

  // The server draws a member's first screens once its renderer has loaded (in the background as it starts): wait for it.
  for (let i = 0; i < 60; i++) {
    const page = await (await fetch(`${base}/meetings`, { headers: { cookie } })).text();
    if (page.includes('chibo-first-screen')) break;
    await new Promise((r) => setTimeout(r, 500));
  }

  const pages = [
    { name: '/login', url: `${base}/login`, cookie: false },
    { name: 'home (/meetings)', url: `${base}/meetings`, cookie: true },
    { name: 'meeting (/meetings/:id)', url: `${base}/meetings/${meeting.id}`, cookie: true },
  ];
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking'],
  });
  const rows: string[] = [];
  try {
    for (const p of pages.filter((x) => !only || x.name.includes(only))) {
      const perf: number[] = [];
      const a11y: number[] = [];
      const lcp: number[] = [];
      const tbt: number[] = [];
      const bytes: number[] = [];
      for (let i = 0; i < runs; i++) {
        const measure = () =>
          lighthouse(p.url, {
            port: chrome.port,
            output: 'json',
            logLevel: 'error',
            onlyCategories: ['performance', 'accessibility'],
            extraHeaders: p.cookie ? { Cookie: cookie } : undefined,
          });
        let result = await measure();
        // Lighthouse sometimes loses the trace on a busy machine (NO_NAVSTART): that run is measured again.
        for (let retry = 0; retry < 2 && result?.lhr.runtimeError; retry++) {
          console.log(`${p.name} run ${i + 1}: ${result.lhr.runtimeError.code}, measured again`);
          result = await measure();
        }
        if (!result || result.lhr.runtimeError) throw new Error(`no result for ${p.url}: ${result?.lhr.runtimeError?.message ?? ''}`);
        const lhr = result.lhr;
        if (saveDir) {
          fs.mkdirSync(saveDir, { recursive: true });
          fs.writeFileSync(path.join(saveDir, `${p.name.split(' ')[0].replace(/\W/g, '') || 'page'}-${i + 1}.json`), JSON.stringify(lhr));
        }
        perf.push(Math.round((lhr.categories.performance.score ?? 0) * 100));
        a11y.push(Math.round((lhr.categories.accessibility.score ?? 0) * 100));
        lcp.push(lhr.audits['largest-contentful-paint'].numericValue ?? 0);
        tbt.push(lhr.audits['total-blocking-time'].numericValue ?? 0);
        bytes.push(lhr.audits['total-byte-weight'].numericValue ?? 0);
        console.log(`${p.name} run ${i + 1}: performance ${perf.at(-1)}, accessibility ${a11y.at(-1)}, LCP ${Math.round(lcp.at(-1)!)} ms`);
      }
      rows.push(
        `| ${p.name} | ${median(perf)} (${Math.min(...perf)}–${Math.max(...perf)}) | ${median(a11y)} | ` +
          `${(median(lcp) / 1000).toFixed(1)} s | ${Math.round(median(tbt))} ms | ${Math.round(median(bytes) / 1024)} KB |`,
      );
    }
  } finally {
    await chrome.kill();
    await app.close();
    await db.close();
  }
  const costs = firstScreenCosts(path.join(ROOT, 'dist/web'));
  if (only) {
    console.log(rows.join('\n'));
    return;
  }
  const table = [
    `Last run ${new Date().toISOString().slice(0, 10)} on ${os.cpus().length} shared cores (load average ${os.loadavg().map((x) => x.toFixed(1)).join(', ')} at the end), ${runs} runs per page (median, range),`,
    `Lighthouse 12.2.3, mobile form factor with its default simulated throttling (slow 4G, 4× CPU), Debian chromium:`,
    '',
    '| page | performance | accessibility | LCP | total blocking time | bytes transferred |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    'First-screen JavaScript and CSS as built (brotli), the figures the budget test in `npm test` checks:',
    '',
    '| screen | brotli | files |',
    '|---|---|---|',
    ...costs.map((c) => `| ${c.screen} | ${(c.brotliBytes / 1024).toFixed(1)} KB | ${c.files} |`),
  ].join('\n');
  let text = fs.readFileSync(DOC, 'utf8');
  if (!text.includes(START)) text = `${text.trimEnd()}\n\n## Lighthouse: the first screens on a phone\n\n${START}\n${END}\n`;
  text = text.slice(0, text.indexOf(START) + START.length) + `\n${table}\n` + text.slice(text.indexOf(END));
  fs.writeFileSync(DOC, text);
  console.log(table);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
