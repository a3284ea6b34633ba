// The report to the upper level at province scale, the code before a change against the code after it, back to back
// in one run on the same kept PostgreSQL cluster (bench/province-dashboard.ts --keep DIR loads it):
//
//   npx tsx bench/party-report.ts --keep DIR [--before REF --before-keep DIR2] [--rounds 2] [--alternations 2] [--period YYYY]
//                                 [--org province|commune-1]
//
// REF (a commit) is unpacked with `git archive` into a temporary folder sharing this tree's node_modules; its side runs on
// DIR2, a copy of the same loaded cluster (a later migration may drop what the code before reads), migrated by its own
// code. Each side runs
// in its own process (bench/party-report-child.ts), the two alternating (before, after, after, before, …) so that a
// change in the machine's load falls on both. Prints Markdown: p50/p95 per format and side, the ratio, the load average,
// and the profile of one report (SQL, assembling, rendering; the slowest statements).
import { execFileSync, execSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { keptCluster } from './kept-cluster';
import { openPostgres } from '../src/server/db/index';
import { percentile } from './load';

const arg = (name: string, dflt: string) => (process.argv.includes(`--${name}`) ? process.argv[process.argv.indexOf(`--${name}`) + 1] : dflt);
const keep = arg('keep', '');
const before = arg('before', '');
const beforeKeep = arg('before-keep', '');
const rounds = arg('rounds', '2');
const alternations = Number(arg('alternations', '2'));
const period = arg('period', String(new Date().getFullYear()));
const org = arg('org', 'province');
if (!keep) throw new Error('--keep DIR: a cluster loaded by bench/province-dashboard.ts --keep DIR');
const here = path.resolve(import.meta.dirname, '..');
const sides: { name: string; root: string; url?: string; keep?: string }[] = [];
let tmp: string | null = null;
if (before) {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-before-'));
  execSync(`git archive ${before} | tar -x -C ${tmp}`, { cwd: here });
  fs.symlinkSync(path.join(here, 'node_modules'), path.join(tmp, 'node_modules'));
  sides.push({ name: `before (${before.slice(0, 7)})`, root: tmp, keep: beforeKeep || keep });
}
sides.push({ name: 'after', root: here, keep });

const clusters = new Map<string, Awaited<ReturnType<typeof keptCluster>>>();
const log = (s: string) => console.error(s);
try {
  for (const s of sides) {
    if (!clusters.has(s.keep!)) clusters.set(s.keep!, await keptCluster(path.resolve(s.keep!)));
    const k = clusters.get(s.keep!)!;
    if (!k.reused) throw new Error(`${s.keep} holds no loaded province`);
    s.url = k.url;
    // Each side's schema by its own migrations.
    execFileSync('npx', ['tsx', path.join(here, 'bench/party-report-child.ts'), '--root', s.root, '--url', k.url, '--migrate-only'],
      { cwd: here, stdio: ['ignore', 'inherit', 'inherit'] });
    const db = await openPostgres(k.url);
    await db.exec('ANALYZE');
    await db.close();
  }
  const load0 = os.loadavg();
  const results = new Map<string, { formats: Record<string, { times: number[]; bytes: number }>; profile?: any }[]>();
  for (let a = 0; a < alternations; a++) {
    const order = a % 2 === 0 ? sides : [...sides].reverse();
    for (const s of order) {
      const argv = ['tsx', path.join(here, 'bench/party-report-child.ts'), '--root', s.root, '--url', s.url!, '--rounds', rounds, '--period', period, '--org', org];
      if (a === alternations - 1 || alternations === 1) argv.push('--profile');
      const t = performance.now();
      const outp = execFileSync('npx', argv, { cwd: here, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'inherit'] });
      const r = JSON.parse(outp.trim().split('\n').pop()!);
      log(`${s.name}: ${((performance.now() - t) / 1000).toFixed(0)} s, ${JSON.stringify(Object.fromEntries(Object.entries(r.formats).map(([f, v]: [string, any]) => [f, v.times.map(Math.round)])))}`);
      results.set(s.name, [...(results.get(s.name) ?? []), r]);
    }
  }
  const load1 = os.loadavg();
  const out: string[] = [];
  out.push(`Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, report of ${org === 'province' ? 'the province' : org} for ${period}; ` +
    `load average ${load0[0].toFixed(1)} at the start, ${load1[0].toFixed(1)} at the end (1 min), ${os.cpus().length} cores; ` +
    `${alternations} alternations × ${rounds} requests per format and side, after one warm-up request.`, '');
  const names = sides.map((s) => s.name);
  out.push(`| format | ${names.map((n) => `${n} p50 / p95`).join(' | ')} | ${names.length > 1 ? 'p50 before / after |' : ''} size (${names.join(' / ')}) |`);
  out.push(`|---|${names.map(() => '---:').join('|')}|${names.length > 1 ? '---:|' : ''}---:|`);
  for (const f of ['xlsx', 'pdf', 'docx']) {
    const per = names.map((n) => results.get(n)!.flatMap((r) => r.formats[f]?.times ?? []));
    if (!per[0].length) continue;
    const p50 = per.map((t) => percentile(t, 50));
    const row = per.map((t, i) => `${Math.round(p50[i]).toLocaleString('en-US')} / ${Math.round(percentile(t, 95)).toLocaleString('en-US')} ms`);
    const size = names.map((n) => `${Math.round(results.get(n)![0].formats[f].bytes / 1024).toLocaleString('en-US')} KB`).join(' / ');
    out.push(`| ${f.toUpperCase()} | ${row.join(' | ')} | ${names.length > 1 ? `${(p50[0] / p50[p50.length - 1]).toFixed(1)}× |` : ''} ${size} |`);
  }
  for (const n of names) {
    const pr = results.get(n)!.at(-1)!.profile;
    if (!pr) continue;
    out.push('', `Profile, ${n}: the model ${Math.round(pr.steps.model)} ms (${pr.statements} statements, ${Math.round(pr.sqlSum)} ms summed over ` +
      `statements that partly run together), rendering XLSX ${Math.round(pr.steps.xlsx)} ms, PDF ${Math.round(pr.steps.pdf)} ms, ` +
      `DOCX ${Math.round(pr.steps.docx)} ms; the model as JSON ${pr.modelJsonKb.toLocaleString('en-US')} KB. Slowest statements:`, '');
    for (const s of pr.slowest) out.push(`- ${s.ms} ms \`${s.sql}\``);
  }
  console.log(out.join('\n'));
} finally {
  for (const k of clusters.values()) k.stop();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
}
