import type { DuesList, Meeting } from '../api/contract';
import { countAttendance, eligibleVoters, isMeetingValid, quorumRequired, votingBase, type AttendanceRow } from '../../domain/meetings/attendance';
import { tallyVote, votesNeeded } from '../../domain/meetings/resolution';
import { scoreMeeting, type ScoringScheme } from '../../domain/meetings/scoring';

/**
 * What the offline queue (outbox.ts) may hold, one entry per API write: the route it matches, the record it touches
 * (to detect a conflict), and how the change shows on the cached meeting (or dues list) before the server has it.
 * Pure functions of the cached answers; the queue's state stays in outbox.ts.
 */
export type CachedScheme = ScoringScheme & { id: string; active: boolean };
export type Kind = 'attendance' | 'allPresent' | 'dues' | 'agenda' | 'speech' | 'vote' | 'score' | 'meeting';

export type Route = {
  method: string;
  re: RegExp;
  kind: Kind;
  /** The record this change touches, as the meeting (or dues list) shows it now; null for a new record. */
  record?: (m: Meeting, d: DuesList | undefined, id: string, body: Record<string, unknown>) => Record<string, unknown> | null;
  subject: (m: Meeting, d: DuesList | undefined, id: string, body: Record<string, unknown>) => string;
  /** schemes: the scoring schemes the app has cached, to level an offline score as the server will. */
  apply: (m: Meeting, id: string, body: Record<string, unknown>, key: string, schemes?: CachedScheme[]) => Meeting;
  applyDues?: (d: DuesList, id: string, body: Record<string, unknown>) => DuesList;
};

export const pick = (o: Record<string, unknown>, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o[k] ?? null]));
const invByPerson = (m: Meeting, personId: string) => m.invitations.find((i) => i.personId === personId && i.role !== 'guest');
export const MEETING_FIELDS: Record<string, (m: Meeting) => unknown> = {
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

/** The roll-call rows of a cached meeting, as the server builds them (presenters.ts rollCallRows). */
function rollRows(m: Meeting): AttendanceRow[] {
  return m.invitations
    .filter((i) => (i.role === 'member' || i.role === 'exempt') && i.standing)
    .map((i) => ({
      ...(i.personId ? { memberId: i.personId } : {}),
      name: i.name,
      standing: i.standing!,
      state: (i.memberState ?? 'active') as AttendanceRow['state'],
      status: (i.status ?? 'not_recorded') as AttendanceRow['status'],
      ...(i.reason ? { reason: i.reason } : {}),
    }));
}

/** The roll call's counts, validity and who may vote, as the server works them out (src/server/modules/meetings/presenters.ts). */
function withCounts(m: Meeting): Meeting {
  const rows = rollRows(m);
  const counts = countAttendance(rows);
  const quorum = m.attendance.quorum;
  const base = votingBase(rows);
  const attendance = {
    ...m.attendance, ...counts, quorum, quorumRequired: quorumRequired(counts, quorum), valid: isMeetingValid(counts, quorum),
    votingBase: base, eligibleVoters: eligibleVoters(rows), votesNeeded: votesNeeded(base),
  } as Meeting['attendance'];
  // Each vote recounted from the roll call as it now stands, by the server's rule (tallyVote).
  const votes = m.votes.map((v) => ({ ...v, ...tally(v, rows) }));
  return { ...m, attendance, votes };
}

/** A vote's base, eligible voters, majority and result, as the server shows them (tallyVote in src/domain). */
function tally(v: { for: number; against: number; other: number }, rows: AttendanceRow[]) {
  const { base, eligible, needed, percent, passed, exceedsEligible } = tallyVote(v, rows);
  return { base, eligible, needed, percent, passed, exceedsEligible };
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
      const counted = { for: Number(b.for ?? 0), against: Number(b.against ?? 0), other: Number(b.other ?? 0) };
      const vote = {
        id: `local:${key}`, agendaItemId: (b.agendaItemId as string | undefined) ?? null, subject: String(b.subject ?? ''),
        method: b.method as Meeting['votes'][number]['method'], ...counted, ...tally(counted, rollRows(m)), isResolution: !!b.isResolution,
      };
      return { ...m, votes: [...m.votes, vote] };
    },
  },
  {
    method: 'PUT', re: /^\/api\/meetings\/([^/]+)\/score$/, kind: 'score',
    record: (m) => (m.score ? { points: m.score.points, comment: m.score.comment } : { points: null, comment: null }),
    subject: () => '',
    apply: (m, _id, b, _key, schemes) => {
      const points = Object.fromEntries(Object.entries((b.points ?? {}) as Record<string, number | null>).filter(([, v]) => v !== null)) as Record<string, number>;
      let total = Object.values(points).reduce((s, v) => s + v, 0);
      const prev = { ...(m.score ?? { schemeId: String(b.schemeId ?? ''), schemeVersion: 0, schemeName: '', level: '', confirmedAt: null, confirmedBy: null }) };
      const scheme = schemes
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

export function routeOf(method: string, path: string): { route: Route; meetingId: string; id: string } | null {
  for (const route of ROUTES) {
    if (route.method !== method) continue;
    const hit = route.re.exec(path);
    if (!hit) continue;
    // A meeting PATCH is queued only for the fields the meeting holds offline (times, chair, recorder).
    return { route, meetingId: hit[1], id: hit[2] ?? '' };
  }
  return null;
}
