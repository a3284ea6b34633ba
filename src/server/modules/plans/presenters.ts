// A cell's activity plan on the wire: the plan as written, the meetings of each month and quarter, the thematic
// meeting the schedule proposes, and the progress read from the records.
import { quarterOf } from '../../../domain/dates';
import type { CellPlanRow, PlanRow, YearMeetingRow } from './queries';
import type { Plan, PlanList } from './schemas';

const HELD = ['held', 'approved'];
const REGULAR = ['regular', 'combined', 'expanded'];
const THEMATIC = ['thematic', 'combined'];
const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);
const pad = (n: number) => String(n).padStart(2, '0');

export type PlanFacts = {
  orgId: string; orgName: string; year: number; today: string; upTo: string; row: PlanRow | undefined; meetings: YearMeetingRow[];
  att: { present: number; summoned: number } | undefined; admitted: number;
};

export function presentPlan({ orgId, orgName, year, today, upTo, row, meetings, att, admitted }: PlanFacts): Plan {
  const m = (x: YearMeetingRow) => ({ meetingId: x.meeting_id, date: x.date, type: x.type, status: x.status, topic: x.topic });
  const held = meetings.filter((x) => HELD.includes(x.status));
  const months = Array.from({ length: 12 }, (_, i) => ({
    month: i + 1,
    focus: row?.months.find((x) => x.month === i + 1)?.focus ?? '',
    meetings: meetings.filter((x) => Number(x.date.slice(5, 7)) === i + 1).map(m),
  }));
  const quarters = [1, 2, 3, 4].map((qn) => {
    const plan = row?.quarters.find((x) => x.quarter === qn);
    const thematic = meetings.filter((x) => THEMATIC.includes(x.type) && quarterOf(Number(x.date.slice(5, 7))) === qn);
    // The schedule proposes the thematic meeting from the plan: on the 20th of the month chosen (or the quarter's
    // middle month), while the quarter has none and the day is still ahead.
    const month = plan?.month ?? qn * 3 - 1;
    const proposed = `${year}-${pad(month)}-20`;
    return {
      quarter: qn, thematicTopic: plan?.thematicTopic ?? '', month: plan?.month ?? null, thematicHeld: thematic.map(m),
      proposedDate: plan?.thematicTopic && thematic.length === 0 && proposed >= today ? proposed : null,
    };
  });
  return {
    orgId, orgName, year, exists: !!row, status: row?.status ?? 'draft', months, quarters, targets: row?.targets ?? {},
    progress: {
      asOf: upTo,
      regularMeetings: held.filter((x) => REGULAR.includes(x.type)).length,
      thematicMeetings: held.filter((x) => THEMATIC.includes(x.type)).length,
      newMembers: admitted,
      attendanceRate: att && att.summoned ? Math.round((1000 * att.present) / att.summoned) / 10 : null,
    },
    submittedAt: iso(row?.submitted_at ?? null), approvedAt: iso(row?.approved_at ?? null), approvedBy: row?.approver ?? null,
    approvalNote: row?.approval_note ?? null, reopenedAt: iso(row?.reopened_at ?? null), reopenReason: row?.reopen_reason ?? null,
  };
}

/** One cell's line in the commune's list of plans. */
export const presentPlanItem = (r: CellPlanRow): PlanList['items'][number] => ({
  orgId: r.org_id, orgName: r.org_name, status: (r.status ?? 'none') as PlanList['items'][number]['status'],
  thematicTopics: (r.quarters ?? []).filter((x) => x.thematicTopic).length, approvedAt: iso(r.approved_at),
});
