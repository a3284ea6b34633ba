import type { QueryClient } from '@tanstack/react-query';
import { api, ApiError, setWriteInterceptor } from '../api/client';
import type { DuesList, Meeting } from '../api/contract';
import { MEETING_FIELDS, pick, routeOf, type CachedScheme, type Kind } from './routes';

/**
 * The meeting's writes on a phone with no signal. A save made while offline (or whose request the network
 * dropped) is kept on the device in IndexedDB and shown at once as if saved; when the connection returns the
 * queue is sent in order, each change with its own Idempotency-Key so that a retried send never doubles a
 * record. A change to a record the server changed meanwhile (another phone, the office) is not sent: it waits
 * as a conflict, both versions kept, until the secretary chooses one. Approval of the minutes is not queued.
 *
 * What may be queued: the roll call (one person, everyone present), dues, an agenda item's text, speeches,
 * votes, the score and the meeting's times (opening and closing) — see ROUTES in routes.ts.
 */

export type OpState = 'pending' | 'conflict' | 'failed';
export type Op = {
  key: string; // the Idempotency-Key, and the queue's key
  at: number;
  meetingId: string;
  method: string;
  path: string;
  body: Record<string, unknown>;
  kind: Kind;
  /** What the change is about, for the person reading the queue: a member's name, an item's title. */
  subject: string;
  /** The record as it was on this device before the change (null for a new record): the conflict check. */
  base: Record<string, unknown> | null;
  /** The change itself, in the same fields as base. */
  mine: Record<string, unknown> | null;
  state: OpState;
  /** In a conflict: the record as the server now has it. */
  server?: Record<string, unknown> | null;
  error?: string;
};
// ---- IndexedDB: one store, the queue, keyed by the Idempotency-Key ----

const DB = 'chibo-outbox';
const STORE = 'ops';
let dbp: Promise<IDBDatabase> | null = null;
function idb(): Promise<IDBDatabase> {
  dbp ??= new Promise((resolve, reject) => {
    const req = indexedDB.open(DB, 1);
    req.onupgradeneeded = () => req.result.createObjectStore(STORE, { keyPath: 'key' });
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  return dbp;
}
async function tx<T>(mode: IDBTransactionMode, fn: (s: IDBObjectStore) => IDBRequest<T> | void): Promise<T | undefined> {
  const db = await idb();
  return new Promise((resolve, reject) => {
    const t = db.transaction(STORE, mode);
    const r = fn(t.objectStore(STORE));
    t.oncomplete = () => resolve(r ? r.result : undefined);
    t.onerror = () => reject(t.error);
    t.onabort = () => reject(t.error);
  });
}

// ---- The queue in memory (mirrors IndexedDB), and who listens to it ----

let ops: Op[] = [];
let loaded: Promise<void> | null = null;
const listeners = new Set<() => void>();
let snapshot: readonly Op[] = ops;
function changed() {
  ops.sort((a, b) => a.at - b.at);
  snapshot = [...ops];
  for (const l of listeners) l();
}
export const outboxStore = {
  subscribe(cb: () => void) {
    listeners.add(cb);
    return () => listeners.delete(cb);
  },
  get: (): readonly Op[] => snapshot,
};

function load(): Promise<void> {
  loaded ??= tx<Op[]>('readonly', (s) => s.getAll())
    .then((all) => {
      ops = all ?? [];
      changed();
    })
    .catch(() => undefined);
  return loaded;
}
async function save(op: Op) {
  const i = ops.findIndex((o) => o.key === op.key);
  if (i >= 0) ops[i] = op;
  else ops.push(op);
  changed();
  await tx('readwrite', (s) => s.put(op));
}
async function remove(key: string) {
  ops = ops.filter((o) => o.key !== key);
  changed();
  await tx('readwrite', (s) => s.delete(key));
}

const newKey = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (b) => b.toString(16).padStart(2, '0')).join('');

const same = (a: unknown, b: unknown) => JSON.stringify(norm(a)) === JSON.stringify(norm(b));
function norm(v: unknown): unknown {
  if (v === undefined || v === '') return null;
  if (Array.isArray(v)) return v.map(norm);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return Object.fromEntries(Object.keys(o).sort().map((k) => [k, norm(o[k])]));
  }
  return v;
}

// ---- Showing the queue's changes on the meeting, online or not ----

let qc: QueryClient | null = null;
const cachedSchemes = () => qc?.getQueryData<CachedScheme[]>(['scoring-schemes']);
const meetingKey = (id: string) => ['meeting', id];
const duesKey = (id: string) => ['meeting-dues', id];

/** The meeting as the server last said, with this device's changes not yet sent laid over it. */
export async function withPending(m: Meeting): Promise<Meeting> {
  await load();
  let out = m;
  for (const op of ops.filter((o) => o.meetingId === m.id && o.state !== 'failed')) {
    const r = routeOf(op.method, op.path);
    if (r) out = r.route.apply(out, r.id, op.body, op.key, cachedSchemes());
  }
  return out;
}
export async function duesWithPending(meetingId: string, d: DuesList): Promise<DuesList> {
  await load();
  let out = d;
  for (const op of ops.filter((o) => o.meetingId === meetingId && o.kind === 'dues' && o.state !== 'failed')) {
    const r = routeOf(op.method, op.path);
    if (r?.route.applyDues) out = r.route.applyDues(out, r.id, op.body);
  }
  return out;
}

/** Keeps a change on the device and shows it at once; the answer is what the screen would have had from the server. */
async function enqueue(method: string, path: string, body: Record<string, unknown>, hit: NonNullable<ReturnType<typeof routeOf>>): Promise<unknown> {
  await load();
  const { route, meetingId, id } = hit;
  const m = qc?.getQueryData<Meeting>(meetingKey(meetingId));
  if (!m) throw new ApiError(0, 'network', '');
  const dues = qc?.getQueryData<DuesList>(duesKey(meetingId));
  const record = route.record ? route.record(m, dues, id, body) : null;
  const mine = route.record
    ? route.kind === 'score'
      ? { points: Object.fromEntries(Object.entries((body.points ?? {}) as Record<string, unknown>).filter(([, v]) => v !== null)), comment: body.comment ?? null }
      : pick(body, Object.keys(record ?? body))
    : null;
  // A second change to a record already waiting replaces it, keeping the version it started from.
  const earlier = route.record ? ops.find((o) => o.state !== 'failed' && o.method === method && o.path === path) : undefined;
  const op: Op = earlier
    ? { ...earlier, body: { ...earlier.body, ...body }, mine: { ...earlier.mine, ...mine }, at: earlier.at }
    : { key: newKey(), at: Date.now(), meetingId, method, path, body, kind: route.kind, subject: route.subject(m, dues, id, body), base: record, mine, state: 'pending' };
  await save(op);
  const next = route.apply(m, id, body, op.key, cachedSchemes());
  qc?.setQueryData(meetingKey(meetingId), next);
  if (route.applyDues && dues) {
    const d = route.applyDues(dues, id, body);
    qc?.setQueryData(duesKey(meetingId), d);
    if (route.kind === 'dues') return d;
  }
  if (navigator.onLine) void sync();
  return next;
}

/** Every meeting write passes here: sent at once when possible, kept on the device when not. */
function intercept(method: string, path: string, body: unknown): Promise<unknown> | null {
  const hit = routeOf(method, path);
  if (!hit || (body !== undefined && (typeof body !== 'object' || body === null))) return null;
  const b = (body ?? {}) as Record<string, unknown>;
  if (hit.route.kind === 'meeting' && !Object.keys(b).every((k) => MEETING_FIELDS[k])) return null;
  const waiting = ops.some((o) => o.meetingId === hit.meetingId);
  if (!navigator.onLine || waiting) return enqueue(method, path, b, hit);
  const key = newKey();
  return api(path, { method, body: b, headers: { 'idempotency-key': key }, direct: true }).catch((e: unknown) => {
    // The request never reached the server (or its answer never came back): keep it; the same key makes a resend safe.
    if (e instanceof ApiError && e.status === 0) return enqueue(method, path, b, hit);
    throw e;
  });
}

// ---- Sending the queue ----

/** Asks the server itself, not the copy the service worker kept (src/web/sw.template.js). */
const FRESH = { 'x-chibo-fresh': '1' };
let running: Promise<void> | null = null;
export function sync(): Promise<void> {
  running ??= runSync().finally(() => {
    running = null;
  });
  return running;
}

async function runSync() {
  await load();
  const fresh = new Map<string, { m: Meeting; dues?: DuesList }>();
  const touched = new Set<string>();
  for (const op of [...ops]) {
    if (op.state !== 'pending' || !navigator.onLine) continue;
    const hit = routeOf(op.method, op.path);
    if (!hit) {
      await remove(op.key);
      continue;
    }
    try {
      if (hit.route.record && op.base) {
        // Has the server changed this record since this device last saw it?
        let now = fresh.get(op.meetingId);
        if (!now) {
          now = { m: await api<Meeting>(`/api/meetings/${op.meetingId}`, { headers: FRESH }) };
          fresh.set(op.meetingId, now);
        }
        if (hit.route.kind === 'dues' && !now.dues) now.dues = await api<DuesList>(`/api/meetings/${op.meetingId}/dues`, { headers: FRESH });
        const server = hit.route.record(now.m, now.dues, hit.id, op.body);
        if (server && !same(server, op.base) && !same(server, op.mine)) {
          await save({ ...op, state: 'conflict', server });
          touched.add(op.meetingId);
          continue;
        }
      }
      const out = await api<unknown>(op.path, { method: op.method, body: op.body, headers: { 'idempotency-key': op.key }, direct: true });
      await remove(op.key);
      touched.add(op.meetingId);
      if (out && typeof out === 'object' && 'agenda' in out) fresh.set(op.meetingId, { m: out as Meeting });
      else fresh.delete(op.meetingId);
    } catch (e) {
      // No connection after all, or the same key's first send still running on the server: try again later.
      if (e instanceof ApiError && (e.status === 0 || e.code === 'idempotency_in_progress')) break;
      await save({ ...op, state: 'failed', error: e instanceof ApiError ? e.message || e.code : String(e) });
      touched.add(op.meetingId);
    }
  }
  for (const id of touched) {
    await qc?.invalidateQueries({ queryKey: meetingKey(id) });
    await qc?.invalidateQueries({ queryKey: duesKey(id) });
  }
}

/** The secretary's choice in a conflict: her version is sent over the server's, or the server's is kept. */
export async function resolveConflict(key: string, keep: 'mine' | 'server') {
  const op = ops.find((o) => o.key === key);
  if (!op) return;
  if (keep === 'server') {
    await remove(key);
    await qc?.invalidateQueries({ queryKey: meetingKey(op.meetingId) });
    await qc?.invalidateQueries({ queryKey: duesKey(op.meetingId) });
  } else {
    await save({ ...op, state: 'pending', base: op.server ?? null, server: undefined, error: undefined });
    await sync();
  }
}

/** Starts the queue: loads what was kept, sends it when the connection returns (and every half minute while something waits). */
export function initOutbox(client: QueryClient) {
  if (typeof indexedDB === 'undefined') return;
  qc = client;
  setWriteInterceptor(intercept);
  void load().then(() => (navigator.onLine ? sync() : undefined));
  window.addEventListener('online', () => void sync());
  window.setInterval(() => {
    if (navigator.onLine && ops.some((o) => o.state === 'pending')) void sync();
  }, 30_000);
}

/** Signing out (after the person agreed to drop what was not sent): the queue goes with the rest of the kept data. */
export async function forgetOutbox() {
  ops = [];
  changed();
  await tx('readwrite', (st) => st.clear()).catch(() => undefined);
}
