// Section: the meeting rules the demo shows (docs/rules.md). One cell's regular meeting, three months before today's
// month, ends with a resolution vote that does not reach more than half of the official members summoned (Charter
// art. 9): the minutes are approved with their BB number and say that the resolution was not adopted; no NQ number
// is taken and no task comes from it. Members made official between the planning and the holding of a meeting are
// summoned as official by the roster of the meeting's date (src/domain/meetings/roster.ts); members behind with
// their dues come from the meetings' dues (src/domain/meetings/dues.ts).
import { eligibleVoters, votesNeeded, votingBase, type AttendanceRow } from '../../domain/meetings/index';
import { ymAdd } from './calendar';

/** The cell whose resolution vote failed (bản Nà Hai), and the month: three months before today's. */
export const FAILED_VOTE_CELL = 'na-hai';
export const failedVoteMonth = (today: string): string => ymAdd(today.slice(0, 7), -3);

/** Whether a held meeting is the demo's failed resolution vote: the cell's regular-kind meeting of that month. */
export const isFailedVoteMeeting = (cellKey: string, ym: string, regular: boolean, today: string): boolean =>
  regular && cellKey === FAILED_VOTE_CELL && ym === failedVoteMonth(today);

/** A show of hands one short of the majority of the voting base: the rest against. */
export function failedVote(rows: AttendanceRow[]) {
  const eligible = eligibleVoters(rows);
  const base = votingBase(rows);
  const votesFor = Math.max(0, Math.min(eligible, votesNeeded(base) - 1));
  return { base, eligible, votes_for: votesFor, votes_against: eligible - votesFor, votes_other: 0, passed: false };
}

/** NQ numbers not taken in a numbering scope of a cell: the resolutions that follow number on without a gap. */
const skipped = new WeakMap<object, Map<string, number>>();
export const nqSkipped = (cell: object, scope: string): number => skipped.get(cell)?.get(scope) ?? 0;
export function skipNq(cell: object, scope: string): void {
  const m = skipped.get(cell) ?? new Map<string, number>();
  m.set(scope, (m.get(scope) ?? 0) + 1);
  skipped.set(cell, m);
}
