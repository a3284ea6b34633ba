/**
 * Documents (PDF, DOCX) are rendered off the request thread, in a small pool of worker threads with a
 * bounded queue: a heavy render keeps one worker busy while the server goes on answering everything else,
 * and when every worker is busy and the queue is full a render is refused at once with
 * `503 render_busy` and `Retry-After`, instead of piling up work the server cannot finish.
 *
 * CHIBO_RENDER_WORKERS (default: one less than the cores, 1 to 2) and CHIBO_RENDER_QUEUE (renders waiting
 * for a worker, default 16) size it. Workers start on the first render and stay; one that dies is replaced.
 */
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { AppError } from '../errors';
import type { Layout } from './layout';

export type RenderKind = 'pdf' | 'docx';
type Job =
  | { id: number; kind: RenderKind; layout: Layout }
  | { id: number; kind: 'hold'; signal: SharedArrayBuffer };
type Pending = { job: Job; resolve: (b: Buffer) => void; reject: (e: unknown) => void };
type Slot = { worker: Worker; busy: Pending | null };

/** Seconds a refused client is asked to wait. */
export const RETRY_AFTER_SECONDS = 5;
/** A render that takes longer than this is stopped (its worker replaced) and answered with 503. */
const RENDER_TIMEOUT_MS = 120_000;
/** Heap of one worker: a document at the caps needs far less. */
const WORKER_HEAP_MB = 512;

function envInt(name: string, fallback: number, min: number, max: number): number {
  const v = Number(process.env[name]);
  return Number.isInteger(v) && v >= min && v <= max ? v : fallback;
}

const settings = {
  workers: envInt('CHIBO_RENDER_WORKERS', Math.min(2, Math.max(1, os.availableParallelism() - 1)), 1, 32),
  queue: envInt('CHIBO_RENDER_QUEUE', 16, 0, 1000),
};

const slots: Slot[] = [];
const waiting: Pending[] = [];
let nextId = 1;
let rendered = 0;
let refused = 0;

export const busy = () => new AppError(503, 'render_busy', 'render_busy', { seconds: RETRY_AFTER_SECONDS });

function startWorker(): Slot {
  const worker = new Worker(new URL('./render-worker.mjs', import.meta.url), {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
  });
  const slot: Slot = { worker, busy: null };
  worker.unref();
  worker.on('message', (msg: { id: number; ok: boolean; bytes?: Uint8Array; error?: string }) => {
    const p = slot.busy;
    if (!p || p.job.id !== msg.id) return;
    slot.busy = null;
    worker.unref();
    if (msg.ok) {
      rendered++;
      p.resolve(Buffer.from(msg.bytes!.buffer, msg.bytes!.byteOffset, msg.bytes!.byteLength));
    } else p.reject(new Error(`render failed: ${msg.error}`));
    pump();
  });
  const lost = (err: unknown) => {
    const i = slots.indexOf(slot);
    if (i >= 0) slots.splice(i, 1);
    const p = slot.busy;
    slot.busy = null;
    if (p) p.reject(err instanceof Error ? err : new Error(String(err)));
    pump();
  };
  worker.on('error', lost);
  worker.on('exit', (code) => lost(new Error(`render worker exited (${code})`)));
  slots.push(slot);
  return slot;
}

/** Takes a worker out of the pool at once, then stops it. */
function retire(slot: Slot): void {
  const i = slots.indexOf(slot);
  if (i >= 0) slots.splice(i, 1);
  void slot.worker.terminate();
}

function pump(): void {
  while (waiting.length) {
    let slot = slots.find((s) => !s.busy);
    if (!slot && slots.length < settings.workers) slot = startWorker();
    if (!slot) return;
    const p = waiting.shift()!;
    run(slot, p);
  }
}

function run(slot: Slot, p: Pending): void {
  slot.busy = p;
  slot.worker.ref();
  const timer = setTimeout(() => {
    if (slot.busy !== p) return;
    p.reject(busy());
    slot.busy = null;
    retire(slot);
  }, RENDER_TIMEOUT_MS);
  timer.unref();
  const { resolve, reject } = p;
  p.resolve = (b) => {
    clearTimeout(timer);
    resolve(b);
  };
  p.reject = (e) => {
    clearTimeout(timer);
    reject(e);
  };
  slot.worker.postMessage(p.job);
}

function submit(job: Job): Promise<Buffer> {
  const free = slots.some((s) => !s.busy) || slots.length < settings.workers;
  if (!free && waiting.length >= settings.queue) {
    refused++;
    return Promise.reject(busy());
  }
  return new Promise<Buffer>((resolve, reject) => {
    waiting.push({ job, resolve, reject });
    pump();
  });
}

/** Renders a layout in a worker; `503 render_busy` when every worker is busy and the queue is full. */
export function renderInWorker(kind: RenderKind, layout: Layout): Promise<Buffer> {
  return submit({ id: nextId++, kind, layout });
}

/**
 * Keeps one worker (or, once all are busy, one queue place) taken until `release()` is called: how the
 * tests and the benchmark fill the pool without depending on how long a render takes.
 */
export function holdRenderSlot(): { release: () => void; done: Promise<void> } {
  const signal = new SharedArrayBuffer(4);
  const done = submit({ id: nextId++, kind: 'hold', signal }).then(() => undefined);
  return {
    release: () => {
      const a = new Int32Array(signal);
      Atomics.store(a, 0, 1);
      Atomics.notify(a, 0);
    },
    done,
  };
}

/** Sizes the pool (tests, benchmark); workers beyond the new size stop when they finish. */
export function configureRenderPool(opts: { workers?: number; queue?: number }): void {
  if (opts.workers !== undefined) settings.workers = opts.workers;
  if (opts.queue !== undefined) settings.queue = opts.queue;
  for (const s of slots.filter((x) => !x.busy).slice(0, Math.max(0, slots.length - settings.workers))) retire(s);
  pump();
}

export function renderPoolStats() {
  return {
    workers: settings.workers, queue: settings.queue, running: slots.filter((s) => s.busy).length,
    waiting: waiting.length, rendered, refused,
  };
}
