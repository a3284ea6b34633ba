import type { QueryClient } from '@tanstack/react-query';
import { api, ApiError, setWriteInterceptor } from '../api/client';
import type { DuesList, Meeting } from '../api/contract';
import { countAttendance, eligibleVoters, isMeetingValid, quorumRequired, votingBase, type AttendanceRow } from '../../domain/meetings/attendance';
import { votesNeeded } from '../../domain/meetings/resolution';
import { scoreMeeting, type ScoringScheme } from '../../domain/meetings/scoring';

/**
 * Kept as one file over 400 lines on purpose: the queue's store, its sending loop, its conflict check and the
 * overlay of pending changes on cached answers share private state (the IndexedDB handle, the list the screen
 * subscribes to, the one-sender lock); split, that state would have to be exported and could be changed from
 * outside the queue.
 *
 * The meeting's writes on a phone with no signal. A save made while offline (or whose request the network
 * dropped) is kept on the device in IndexedDB and shown at once as if saved; when the connection returns the
 * queue is sent in order, each change with its own Idempotency-Key so that a retried send never doubles a
 * record. A change to a record the server changed meanwhile (another phone, the office) is not sent: it waits
 * as a conflict, both versions kept, until the secretary chooses one. Approval of the minutes is not queued.
 *
 * What may be queued: the roll call (one person, everyone present), dues, an agenda item's text, speeches,
 * votes, the score and the meeting's times (opening and closing) — see ROUTES.
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
export type Kind = 'attendance' | 'allPresent' | 'dues' | 'agenda' | 'speech' | 'vote' | 'score' | 'meeting';

type Route = {
  method: string;
  re: RegExp;
  kind: Kind;
  /** The record this change touches, as the meeting (or dues list) shows it now; null for a new record. */
  record?: (m: Meeting, d: DuesList | undefined, id: string, body: Record<string, unknown>) => Record<string, unknown> | null;
  subject: (m: Meeting, d: DuesList | undefined, id: string, body: Record<string, unknown>) => string;
  apply: (m: Meeting, id: string, body: Record<string, unknown>, key: string) => Meeting;
  applyDues?: (d: DuesList, id: string, body: Record<string, unknown>) => DuesList;
};

const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));
const invByPerson = (m: Meeting, personId: string) => m.invitations.find((i) => i.personId === personId && i.role !== 'guest');
const MEETING_FIELDS: Record<string, (m: Meeting) => unknown> = {
  chairId: (m) => m.chair?.personId ?? null,
  recorderId: (m) => m.recorder?.personId ?? null,
  startTime: (m) => m.startTime?.slice(0, 5) ?? null,
  endTime: (m) => m.endTime?.slice(0, 5) ?? null,
  earlyReason: (m) => m.earlyReason,
};

function setAttendance(m: Meeting, match: (i: Meeting['invitations'][number]) => boolean, status: string, reason: string | null): Meeting {
  const invitations = m.invitations.map((i) => (match(i) ? { ...i, status: status as typeof i.status, reason, method: 'manual' } : i));
  return withCounts({ ...m, invitations, status: m.status === 'planned' || m.status === 'moved' ? 'held' : m.status });
}

/** The roll call's counts, validity and who may vote, as the server works them out (src/server/modules/meetings/presenters.ts). */
function withCounts(m: Meeting): Meeting {
  const rows: AttendanceRow[] = m.invitations
    .filter((i) => (i.role === 'member' || i.role === 'exempt') && i.standing)
    .map((i) => ({
      ...(i.personId ? { memberId: i.personId } : {}),
      name: i.name,
      standing: i.standing!,
      state: (i.memberState ?? 'active') as AttendanceRow['state'],
      status: (i.status ?? 'not_recorded') as AttendanceRow['status'],
      ...(i.reason ? { reason: i.reason } : {}),
    }));
  const counts = countAttendance(rows);
  const quorum = m.attendance.quorum;
  const base = votingBase(rows);
  const attendance = {
    ...m.attendance, ...counts, quorum, quorumRequired: quorumRequired(counts, quorum), valid: isMeetingValid(counts, quorum),
    votingBase: base, eligibleVoters: eligibleVoters(rows), votesNeeded: votesNeeded(base),
  } as Meeting['attendance'];
  const votes = m.votes.map((v) => ({ ...v, base, eligible: attendance.eligibleVoters, passed: base > 0 && v.for * 2 > base, needed: votesNeeded(base) }));
  return { ...m, attendance, votes };
}

const ROUTES: Route[] = [
  {
    method: 'PUT', re: /^\/api\/meetings\/([^/]+)\/attendance\/([^/]+)$/, kind: 'attendance',
    record: (m, _d, id) => { const i = invByPerson(m, id); return i ? { status: i.status, reason: i.reason } : null; },
    subject: (m, _d, id) => invByPerson(m, id)?.name ?? '',
    apply: (m, id, b) => setAttendance(m, (i) => i.personId === id && i.role !== 'guest', String(b.status), (b.reason as string | null) ?? null),
  },
  {
    method: 'PUT', re: /^\/api\/meetings\/([^/]+)\/invitations\/([^/]+)\/attendance$/, kind: 'attendance',
    record: (m, _d, id) => { const i = m.invitations.find((x) => x.id === id); return i ? { status: i.status, reason: i.reason } : null; },
    subject: (m, _d, id) => { const i = m.invitations.find((x) => x.id === id); return i?.name || i?.title || ''; },
    apply: (m, id, b) => setAttendance(m, (i) => i.id === id, String(b.status), (b.reason as string | null) ?? null),
  },
  {
    method: 'POST', re: /^\/api\/meetings\/([^/]+)\/attendance\/all-present$/, kind: 'allPresent',
    subject: () => '',
    apply: (m) => setAttendance(m, (i) => (i.role === 'member' || i.role === 'overseer') && !i.status, 'present', null),
  },
  {
    method: 'PUT', re: /^\/api\/meetings\/([^/]+)\/dues\/([^/]+)$/, kind: 'dues',
    record: (_m, d, id) => { const r = d?.items.find((x) => x.personId === id); return r ? { amountPaid: r.paid } : null; },
    subject: (m, d, id) => d?.items.find((x) => x.personId === id)?.name ?? invByPerson(m, id)?.name ?? '',
    apply: (m, id, b) => ({ ...m, invitations: m.invitations.map((i) => (i.personId === id ? { ...i, duesPaid: Number(b.amountPaid) } : i)) }),
    applyDues: (d, id, b) => ({ ...d, items: d.items.map((r) => (r.personId === id ? { ...r, paid: Number(b.amountPaid) } : r)) }),
  },
  {
    method: 'PATCH', re: /^\/api\/meetings\/([^/]+)\/agenda\/([^/]+)$/, kind: 'agenda',
    record: (m, _d, id, b) => { const a = m.agenda.find((x) => x.id === id); return a ? pick(a as unknown as Record<string, unknown>, Object.keys(b)) : null; },
    subject: (m, _d, id) => m.agenda.find((x) => x.id === id)?.title ?? '',
    apply: (m, id, b) => ({ ...m, agenda: m.agenda.map((a) => (a.id === id ? { ...a, ...b } : a)).sort((x, y) => x.position - y.position) }),
  },
  {
    method: 'POST', re: /^\/api\/meetings\/([^/]+)\/speeches$/, kind: 'speech',
    subject: (m, _d, _id, b) => m.agenda.find((x) => x.id === b.agendaItemId)?.title ?? '',
    apply: (m, _id, b, key) => {
      const name = (b.speakerName as string | undefined) ?? m.invitations.find((i) => i.personId === b.speakerPersonId)?.name ?? '';
      const speech = { id: `local:${key}`, speakerPersonId: (b.speakerPersonId as string | undefined) ?? null, speakerName: name, gist: String(b.gist ?? '') };
      return { ...m, agenda: m.agenda.map((a) => (a.id === b.agendaItemId ? { ...a, speeches: [...a.speeches, speech] } : a)) };
    },
  },
  {
    method: 'POST', re: /^\/api\/meetings\/([^/]+)\/votes$/, kind: 'vote',
    subject: (_m, _d, _id, b) => String(b.subject ?? ''),
    apply: (m, _id, b, key) => {
      const base = m.attendance.votingBase;
      const votesFor = Number(b.for ?? 0);
      const vote = {
        id: `local:${key}`, agendaItemId: (b.agendaItemId as string | undefined) ?? null, subject: String(b.subject ?? ''),
        method: b.method as Meeting['votes'][number]['method'], base, eligible: m.attendance.eligibleVoters,
        for: votesFor, against: Number(b.against ?? 0), other: Number(b.other ?? 0), passed: base > 0 && votesFor * 2 > base,
        needed: votesNeeded(base), percent: base ? Math.round((votesFor * 1000) / base) / 10 : 0, isResolution: !!b.isResolution,
        exceedsEligible: votesFor + Number(b.against ?? 0) + Number(b.other ?? 0) > m.attendance.eligibleVoters,
      };
      return { ...m, votes: [...m.votes, vote] };
    },
  },
  {
    method: 'PUT', re: /^\/api\/meetings\/([^/]+)\/score$/, kind: 'score',
    record: (m) => (m.score ? { points: m.score.points, comment: m.score.comment } : { points: null, comment: null }),
    subject: () => '',
    apply: (m, _id, b) => {
      const points = Object.fromEntries(Object.entries((b.points ?? {}) as Record<string, number | null>).filter(([, v]) => v !== null)) as Record<string, number>;
      let total = Object.values(points).reduce((s, v) => s + v, 0);
      const prev = { ...(m.score ?? { schemeId: String(b.schemeId ?? ''), schemeVersion: 0, schemeName: '', level: '', confirmedAt: null, confirmedBy: null }) };
      const scheme = qc?.getQueryData<(ScoringScheme & { id: string; active: boolean })[]>(['scoring-schemes'])
        ?.filter((x) => x.id === (b.schemeId ?? prev.schemeId)).sort((x, y) => y.version - x.version)[0];
      let level = prev.level;
      if (scheme) {
        try {
          ({ total, level } = scoreMeeting(scheme, points));
        } catch {
          /* the server will say what is wrong when it gets the score */
        }
      }
      if (scheme) Object.assign(prev, { schemeId: scheme.id, schemeVersion: scheme.version, schemeName: scheme.name });
      const score = { ...prev, points, total, level, comment: (b.comment as string | null) ?? null, proposedAt: new Date().toISOString(), confirmedAt: null, confirmedBy: null };
      return { ...m, score: score as Meeting['score'] };
    },
  },
  {
    method: 'PATCH', re: /^\/api\/meetings\/([^/]+)$/, kind: 'meeting',
    record: (m, _d, _id, b) => Object.fromEntries(Object.keys(b).filter((k) => MEETING_FIELDS[k]).map((k) => [k, MEETING_FIELDS[k](m)])),
    subject: () => '',
    apply: (m, _id, b) => {
      const person = (id: unknown) => {
        const i = m.invitations.find((x) => x.personId === id);
        return i?.personId ? { personId: i.personId, fullName: i.name } : null;
      };
      const next = { ...m };
      if ('chairId' in b) next.chair = person(b.chairId);
      if ('recorderId' in b) next.recorder = person(b.recorderId);
      if (typeof b.startTime === 'string') next.startTime = b.startTime;
      if ('endTime' in b) next.endTime = (b.endTime as string | null) ?? null;
      if ('earlyReason' in b) next.earlyReason = (b.earlyReason as string | null) ?? null;
      return next;
    },
  },
];

function routeOf(method: string, path: string): { route: Route; meetingId: string; id: string } | null {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const hit = route.re.exec(path);
    if (!hit) continue;
    // A meeting PATCH is queued only for the fields the meeting holds offline (times, chair, recorder).
    return { route, meetingId: hit[1], id: hit[2] ?? '' };
  }
  return null;
}

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
const meetingKey = (id: string) => ['meeting', id];
const duesKey = (id: string) => ['meeting-dues', id];

/** The meeting as the server last said, with this device's changes not yet sent laid over it. */
export async function withPending(m: Meeting): Promise<Meeting> {
  await load();
  let out = m;
  for (const op of ops.filter((o) => o.meetingId === m.id && o.state !== 'failed')) {
    const r = routeOf(op.method, op.path);
    if (r) out = r.route.apply(out, r.id, op.body, op.key);
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
  const next = route.apply(m, id, body, op.key);
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
