import type { ScoringScheme } from './scoring';

// Points chibo can propose for a meeting's score from what it already knows: the roll call, the duration
// and whether the notice and documents reached members in time. The cell reviews and may change every one
// (self-scoring is the cell's own assessment, confirmed by the committee member in charge: DOMAIN.md).
// Criteria are matched by their keys in the built-in schemes (and the unit schemes copied from them).

/** What the proposal rests on, worded by the client from its code and params. */
export type ProposalBasis =
  | { code: 'attendance_rate'; params: { present: number; expected: number; percent: number; threshold: number } }
  | { code: 'unexcused'; params: { count: number } }
  | { code: 'punctual'; params: { late: number; leftEarly: number } }
  | { code: 'duration'; params: { minutes: number; minimum: number } }
  | { code: 'notice'; params: { notice: 'on_time' | 'late' | 'not_sent'; documents: 'on_time' | 'late' | 'not_ready' } };

export type ScoreProposal = { points: number; basis: ProposalBasis };

export type ScoreFacts = {
  /** The roll call as it stands; proposals from it wait until nobody is left unrecorded. */
  attendance: { expected: number; presentExpected: number; absentUnexcused: number; late: number; leftEarly: number; notRecorded: number };
  /** Minutes from start to end (null until the end is recorded) and the minimum in force (null: none for this kind). */
  duration: { minutes: number | null; minimum: number | null };
  /** The HD 42-HD/BTCTW checklist: notice and documents to members at least one day before. */
  notice: { sent: boolean; late: boolean };
  documents: { ready: boolean; late: boolean };
};

type Kind = 'attendance_rate' | 'unexcused' | 'punctual' | 'duration' | 'notice';

/** Criterion keys of the built-in schemes whose points follow from the facts. */
export const PROPOSED_CRITERIA: Readonly<Record<string, Kind>> = {
  att_rate: 'attendance_rate', th_att_rate: 'attendance_rate',
  att_no_unexcused: 'unexcused', th_att_no_unexcused: 'unexcused',
  att_punctual: 'punctual',
  con_duration: 'duration', th_duration: 'duration',
  prep_notice: 'notice', th_notice: 'notice',
};

/** The schemes' attendance criterion asks for more than 85% of the members expected ("trên 85% số phải dự"). */
export const ATTENDANCE_FULL_ABOVE = 0.85;

/** Points are entered in half points. */
const half = (x: number) => Math.floor(x * 2 + 1e-9) / 2;

function propose(kind: Kind, max: number, f: ScoreFacts): ScoreProposal | null {
  const a = f.attendance;
  const rollDone = a.expected > 0 && a.notRecorded === 0;
  switch (kind) {
    case 'attendance_rate': {
      if (!rollDone) return null;
      const rate = a.presentExpected / a.expected;
      const params = { present: a.presentExpected, expected: a.expected, percent: Math.round(rate * 1000) / 10, threshold: ATTENDANCE_FULL_ABOVE * 100 };
      // Full marks above the threshold; below it, the share of the points the rate reaches.
      return { points: rate > ATTENDANCE_FULL_ABOVE ? max : half(max * rate), basis: { code: 'attendance_rate', params } };
    }
    case 'unexcused':
      if (!rollDone) return null;
      return { points: a.absentUnexcused === 0 ? max : 0, basis: { code: 'unexcused', params: { count: a.absentUnexcused } } };
    case 'punctual':
      if (!rollDone) return null;
      return { points: a.late + a.leftEarly === 0 ? max : 0, basis: { code: 'punctual', params: { late: a.late, leftEarly: a.leftEarly } } };
    case 'duration': {
      const { minutes, minimum } = f.duration;
      if (minutes === null || minimum === null) return null;
      return { points: minutes >= minimum ? max : 0, basis: { code: 'duration', params: { minutes, minimum } } };
    }
    case 'notice': {
      const notice = !f.notice.sent ? 'not_sent' : f.notice.late ? 'late' : 'on_time';
      const documents = !f.documents.ready ? 'not_ready' : f.documents.late ? 'late' : 'on_time';
      // The notice on time earns half the points, the documents on time the other half.
      const points = (notice === 'on_time' ? half(max / 2) : 0) + (documents === 'on_time' ? max - half(max / 2) : 0);
      return { points, basis: { code: 'notice', params: { notice, documents } } };
    }
  }
}

/** The proposed points of the scheme's criteria that chibo can judge, by criterion key; the others are left to the cell. */
export function proposeScore(scheme: ScoringScheme, facts: ScoreFacts): Record<string, ScoreProposal> {
  const out: Record<string, ScoreProposal> = {};
  for (const g of scheme.groups) {
    for (const c of g.criteria) {
      const kind = PROPOSED_CRITERIA[c.key];
      if (!kind) continue;
      const p = propose(kind, c.maxPoints, facts);
      if (p) out[c.key] = p;
    }
  }
  return out;
}
