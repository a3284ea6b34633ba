/**
 * What a heavy document render does to the rest of the server: the review's draft (60 agenda items of
 * 20,000 characters, past today's caps) rendered in the request thread, as before, and in the render pool.
 * While it renders, a timer ticks every 10 ms on the main thread: its worst delay is how long every other
 * request would have waited.
 *
 *   npx tsx bench/render-pool.ts            # prints, and rewrites the render-pool part of docs/benchmarks.md
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { composeMinutes } from '../src/server/documents/compose';
import { sampleMinutes } from '../src/server/documents/__fixtures__/sample';
import { renderPdf, renderPdfHere } from '../src/server/documents/pdf';
import { renderDocx, renderDocxHere } from '../src/server/documents/docx';
import { configureRenderPool } from '../src/server/documents/render-pool';
import type { MinutesDoc } from '../src/server/documents/model';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const words = 'Chi bộ thảo luận, thống nhất nội dung lãnh đạo thực hiện nhiệm vụ chính trị của địa phương trong tháng. ';
const heavy: MinutesDoc = {
  ...sampleMinutes,
  items: Array.from({ length: 60 }, (_, i) => ({
    ...sampleMinutes.items[0], title: `Nội dung ${i + 1}`, content: words.repeat(200).slice(0, 20_000),
  })),
};
const layout = composeMinutes(heavy);

async function measure(label: string, fn: () => Promise<Buffer>) {
  // A 10 ms tick on the main thread; a gap longer than that is time the thread could answer nothing.
  const gaps: number[] = [];
  let last = performance.now();
  const tick = setInterval(() => {
    const now = performance.now();
    gaps.push(Math.max(0, now - last - 10));
    last = now;
  }, 10);
  const t0 = performance.now();
  const buf = await fn();
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 30));
  clearInterval(tick);
  gaps.sort((a, b) => a - b);
  const p99 = gaps[Math.min(gaps.length - 1, Math.floor(gaps.length * 0.99))] ?? 0;
  return { label, ms: Math.round(ms), maxStallMs: Math.round(gaps.at(-1) ?? 0), p99StallMs: Math.round(p99), kb: Math.round(buf.length / 1024) };
}

async function main() {
  configureRenderPool({ workers: 1, queue: 16 });
  await renderPdf(composeMinutes(sampleMinutes)); // start the worker
  await renderPdfHere(composeMinutes(sampleMinutes)); // load pdfmake here too
  const rows = [];
  for (let round = 0; round < 2; round++) {
    rows.push(await measure('PDF, request thread (before)', () => renderPdfHere(layout)));
    rows.push(await measure('PDF, render pool', () => renderPdf(layout)));
    rows.push(await measure('DOCX, request thread (before)', () => renderDocxHere(layout)));
    rows.push(await measure('DOCX, render pool', () => renderDocx(layout)));
  }
  const lines = [
    `Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC, load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores; each case twice.`,
    '',
    '| render of the 60 × 20,000-character draft | time | size | longest stall of the main thread | p99 stall |',
    '|---|---:|---:|---:|---:|',
    ...rows.map((r) => `| ${r.label} | ${r.ms.toLocaleString('en')} ms | ${r.kb.toLocaleString('en')} KB | ${r.maxStallMs.toLocaleString('en')} ms | ${r.p99StallMs.toLocaleString('en')} ms |`),
    '',
  ];
  const text = lines.join('\n');
  console.log(text);
  if (!process.argv.includes('--no-doc')) {
    const doc = path.join(ROOT, 'docs/benchmarks.md');
    const s = fs.readFileSync(doc, 'utf8');
    const start = '<!-- render-pool:start -->';
    const end = '<!-- render-pool:end -->';
    if (s.includes(start)) fs.writeFileSync(doc, s.slice(0, s.indexOf(start) + start.length) + '\n' + text + s.slice(s.indexOf(end)));
  }
}

main().then(() => process.exit(0), (err) => {
  console.error(err);
  process.exit(1);
});
