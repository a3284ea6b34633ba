/**
 * Memory and time of reading member spreadsheets: a real 2,000-row list, and uploads built to inflate far
 * past it (the review's "XLSX bomb"). Each case runs in its own child process, so its peak memory (max RSS)
 * is its own. For comparison, the same files are loaded whole with exceljs, as the import did before.
 *
 *   npx tsx bench/import-bomb.ts            # prints, and rewrites the import-bomb part of docs/benchmarks.md
 *   npx tsx bench/import-bomb.ts --no-doc
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { hugeCell, memberRows, wideRow, xlsxWithSheet } from '../tests/support/xlsx-bomb';
import { readMemberSheet } from '../src/server/modules/imports/xlsx-read';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const flag = (name: string) => process.argv.includes(`--${name}`);

const CASES: Record<string, { label: string; build: () => Promise<Buffer>; old: boolean }> = {
  real: { label: 'a real list: 2,000 members (the cap)', build: () => xlsxWithSheet(memberRows(2000)), old: true },
  rows: { label: 'bomb: 200,000 members', build: () => xlsxWithSheet(memberRows(200_000)), old: true },
  cells: { label: 'bomb: one row of 1,000,000 cells', build: () => xlsxWithSheet(wideRow(1_000_000)), old: false },
  bytes: { label: 'bomb: one 400 MB cell', build: () => xlsxWithSheet(hugeCell(400)), old: false },
};

/** One case in this process: builds the file, notes the RSS, reads it, reports the peak. */
async function one(name: string, how: 'stream' | 'exceljs'): Promise<void> {
  const file = await CASES[name].build();
  global.gc?.();
  const base = process.memoryUsage().rss;
  let peak = base;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const t0 = performance.now();
  let outcome: string;
  try {
    if (how === 'stream') {
      const sheet = await readMemberSheet(file);
      outcome = `${sheet.rows.length} rows read`;
    } else {
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(file as unknown as ArrayBuffer);
      outcome = `${wb.worksheets[0]?.rowCount ?? 0} rows loaded`;
    }
  } catch (err) {
    outcome = `refused (${(err as Error).constructor.name})`;
  }
  const ms = performance.now() - t0;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  console.log(JSON.stringify({ name, how, fileKb: Math.round(file.length / 1024), ms: Math.round(ms), extraMb: Math.round((peak - base) / 1048576), outcome }));
}

async function main() {
  const only = process.argv.indexOf('--one');
  if (only >= 0) return one(process.argv[only + 1], process.argv[only + 2] as 'stream' | 'exceljs');
  const results: { name: string; how: string; fileKb: number; ms: number; extraMb: number; outcome: string }[] = [];
  for (const name of Object.keys(CASES)) {
    for (const how of CASES[name].old ? ['stream', 'exceljs'] : ['stream']) {
      const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', fileURLToPath(import.meta.url), '--one', name, how], {
        cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 20,
      });
      const r = JSON.parse(out.trim().split('\n').pop()!);
      console.log(r);
      results.push(r);
    }
  }
  const lines = [
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores.`,
    '',
    '| file | upload | reader | time | extra memory (peak RSS) | outcome |',
    '|---|---:|---|---:|---:|---|',
    ...results.map((r) =>
      `| ${CASES[r.name].label} | ${r.fileKb.toLocaleString('en')} KB | ${r.how === 'stream' ? 'chibo (streamed, capped)' : 'exceljs, whole file (before)'} | ` +
        `${r.ms.toLocaleString('en')} ms | ${r.extraMb} MB | ${r.outcome} |`),
    '',
  ];
  const text = lines.join('\n');
  console.log(text);
  if (!flag('no-doc')) {
    const doc = path.join(ROOT, 'docs/benchmarks.md');
    const s = fs.readFileSync(doc, 'utf8');
    const start = '<!-- import-bomb:start -->';
    const end = '<!-- import-bomb:end -->';
    if (s.includes(start)) fs.writeFileSync(doc, s.slice(0, s.indexOf(start) + start.length) + '\n' + text + s.slice(s.indexOf(end)));
  }
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
