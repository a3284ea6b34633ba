// Votes and the resolution of a meeting, computed from the roll call as it stands.
// Charter art. 3, 9 and QĐ 24-QĐ/TW 9.3.2: a resolution passes with more than half of the official
// members summoned (the voting base), not of those present; probationary members do not vote.
import { eligibleVoters, passes, votingBase, type AttendanceRow, type Vote } from './attendance';

/** Votes in favour a resolution needs: more than half of the voting base (0 when nobody counts). */
export function votesNeeded(base: number): number {
  return base > 0 ? Math.floor(base / 2) + 1 : 0;
}

export type VoteTally = {
  /** Official members summoned who count for the vote (the denominator). */
  base: number;
  /** Official members present, who may vote. */
  eligible: number;
  /** Votes cast: for + against + other. */
  total: number;
  /** Votes in favour needed to pass. */
  needed: number;
  /** Percent of the base in favour, one decimal. */
  percent: number;
  passed: boolean;
  /** More votes than official members present: the record contradicts the roll call. */
  exceedsEligible: boolean;
};

/** One vote's result against the roll call as it stands: recomputed whenever the roll call changes. */
export function tallyVote(vote: Vote, rows: readonly AttendanceRow[]): VoteTally {
  const base = votingBase(rows);
  const eligible = eligibleVoters(rows);
  const total = vote.for + vote.against + vote.other;
  return {
    base,
    eligible,
    total,
    needed: votesNeeded(base),
    percent: base > 0 ? Math.round((vote.for * 1000) / base) / 10 : 0,
    passed: passes(vote.for, base),
    exceedsEligible: total > eligible,
  };
}

/**
 * Where the meeting's resolution stands:
 * - 'adopted': a vote marked as the resolution vote passed;
 * - 'failed': resolution votes were taken and none passed;
 * - 'none': the cell issues no resolution this month (an explicit choice);
 * - 'not_voted': no resolution vote yet.
 * Only 'adopted' gives a resolution (and its NQ number).
 */
export type ResolutionStatus = 'adopted' | 'failed' | 'none' | 'not_voted';

export function resolutionStatus(x: { noResolution: boolean; votes: readonly { isResolution: boolean; passed: boolean }[] }): ResolutionStatus {
  if (x.noResolution) return 'none';
  const marked = x.votes.filter((v) => v.isResolution);
  if (marked.some((v) => v.passed)) return 'adopted';
  return marked.length ? 'failed' : 'not_voted';
}

export type ResolutionContent = {
  title?: string | null; results?: readonly string[]; shortcomings?: readonly string[];
  tasks?: readonly { content: string }[]; implementation?: readonly string[];
};

/** The resolution says something: results, shortcomings, tasks or how it is carried out (a title alone is not content). */
export function hasResolutionContent(r: ResolutionContent | null | undefined): boolean {
  if (!r) return false;
  const some = (xs?: readonly string[]) => (xs ?? []).some((x) => x.trim() !== '');
  return some(r.results) || some(r.shortcomings) || some(r.implementation) || (r.tasks ?? []).some((t) => t.content.trim() !== '');
}

/** Sentence the minutes print when no resolution came out of the meeting. */
export function noResolutionSentence(status: Exclude<ResolutionStatus, 'adopted'>): string {
  switch (status) {
    case 'failed': return 'Biểu quyết thông qua nghị quyết không đạt quá nửa số đảng viên chính thức được triệu tập: nghị quyết không được thông qua.';
    case 'none': return 'Chi bộ không ban hành nghị quyết trong tháng này.';
    case 'not_voted': return 'Chi bộ chưa biểu quyết thông qua nghị quyết.';
  }
}
