// Section: the meeting rules the demo shows (docs/rules.md). One cell's regular meeting, three months before today's
// month, ends with a resolution vote that does not reach more than half of the official members summoned (Charter
// art. 9): the minutes are approved with their BB number and say that the resolution was not adopted; no NQ number
// is taken and no task comes from it. Members made official between the planning and the holding of a meeting are
// summoned as official by the roster of the meeting's date (src/domain/meetings/roster.ts); members behind with
// their dues come from the meetings' dues (src/domain/meetings/dues.ts). A score confirmed after the minutes were
// approved is an addendum with its own time and author (docs/scoring.md), confirmed by the committee member in charge
// who attended or, when none did, by a commune leader with the reason.
import { toVnDate } from '../../domain/dates';
import { eligibleVoters, votesNeeded, votingBase, type AttendanceRow, OVERSEER_TITLE } from '../../domain/meetings/index';
import { positionInDocuments } from '../../domain/members';
import { ymAdd } from './calendar';
import type { Roster } from './meetings-roster';
import type { HistoryAddendumRow, HistoryScoreRow } from '../modules/meetings/history';

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

export type Confirmer = { personId: string; name: string; title: string; attended: boolean; reason: string | null; accountId: string | null };

/**
 * Who confirms a meeting's score (scoreConfirmedAs): the committee member in charge who attended; when none attended, the
 * commune's secretary (or its deputy, when the secretary is in charge of the cell) in their place, with the reason.
 */
export function scoreConfirmer(
  roster: Roster, cellId: string, date: string, present: { personId: string; name: string } | null, assigned: boolean,
): Confirmer {
  const accountId = (pid: string) => roster.accountOf.get(pid) ?? null;
  if (present) {
    return { ...present, title: OVERSEER_TITLE, attended: true, reason: null, accountId: accountId(present.personId) };
  }
  const root = roster.d.root.id;
  const inCharge = (pid: string) => roster.d.orgOverseers.some((o) => o.org_id === cellId && o.person_id === pid);
  const title = (['commune_secretary', 'commune_deputy'] as const).find((t) => roster.holders(root, date, t).some((pid) => !inCharge(pid)))!;
  const personId = roster.holders(root, date, title).find((pid) => !inCharge(pid))!;
  return {
    personId, name: roster.person(personId).full_name, title: positionInDocuments(title)!, attended: false, accountId: accountId(personId),
    reason: assigned ? 'Đồng chí đảng ủy viên phụ trách chi bộ bận công tác, không dự buổi sinh hoạt'
      : 'Đảng ủy xã chưa phân công đảng ủy viên phụ trách chi bộ',
  };
}

/** The confirmation given after approval, as the meetings service adds it (minutes_addenda): its own time and author. */
export function scoreAddendum(sc: HistoryScoreRow, who: Confirmer, afterVersion: number): HistoryAddendumRow {
  return {
    meeting_id: sc.meeting_id, after_version: afterVersion, kind: 'score_confirmation',
    body: {
      name: who.name, title: who.title, date: toVnDate(new Date(sc.confirmed_at!)), attended: who.attended,
      ...(who.reason ? { reason: who.reason } : {}), total: sc.total, level: sc.level, comment: sc.comment,
    },
    created_by: sc.confirmed_by, created_at: sc.confirmed_at!,
  };
}
