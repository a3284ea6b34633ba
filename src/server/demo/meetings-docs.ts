// The approved minutes' snapshot ({ minutes, resolution }), built from the demo rows by the same
// composeMeetingDocs that the meetings service's buildDocs calls with the rows it loads when the minutes
// are approved (src/server/modules/meetings/compose.ts); a test compares the two on the loaded demo.
import type { AttendanceRow } from '../../domain/meetings/index';
import { composeMeetingDocs, type MeetingDocs } from '../modules/meetings/compose';
import type {
  HistoryAgendaItemRow, HistoryAttendanceRow, HistoryInvitationRow, HistoryMeetingRow, HistoryScoreRow, HistorySpeechRow, HistoryVoteRow,
} from '../modules/meetings/history';

const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const ROLE_ORDER = { overseer: 0, member: 1, exempt: 2, guest: 3 } as const;

/** loadInvitations' order: role, then name, then when invited. */
export function invitationOrder(a: HistoryInvitationRow, b: HistoryInvitationRow): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || cmp(a.name, b.name) || cmp(a.created_at, b.created_at);
}

/** rollCallRows of the service: the cell's members at the meeting, as the domain's roll-call rows. */
export function rollCallRows(invitations: HistoryInvitationRow[], attendance: Map<string, HistoryAttendanceRow>): AttendanceRow[] {
  return invitations
    .filter((i) => (i.role === 'member' || i.role === 'exempt') && i.standing)
    .map((i) => {
      const a = attendance.get(i.id);
      return {
        ...(i.person_id ? { memberId: i.person_id } : {}),
        name: i.name,
        standing: i.standing!,
        state: i.member_state ?? 'active',
        status: a?.status ?? 'not_recorded',
        ...(a?.reason ? { reason: a.reason } : {}),
      };
    });
}

export interface DocsInput {
  meeting: HistoryMeetingRow;
  orgName: string;
  parentName: string;
  place: string;
  invitations: HistoryInvitationRow[];
  attendance: Map<string, HistoryAttendanceRow>;
  agenda: HistoryAgendaItemRow[];
  speeches: HistorySpeechRow[];
  votes: HistoryVoteRow[];
  score: HistoryScoreRow | null;
  schemeName: string;
  schemeMaxPoints: number;
  chair: { name: string; title: string };
  recorder: { name: string; title: string };
  secretaryName: string | null;
  numbers: { BB: string; NQ?: string };
}

/** The rows in the order the service's queries give them, then composed as the service composes them (version 1, approved). */
export function buildSnapshot(x: DocsInput): MeetingDocs {
  const invitations = [...x.invitations].sort(invitationOrder);
  const byTime = <T extends { created_at: string; id: string }>(a: T, b: T) => cmp(a.created_at, b.created_at) || cmp(a.id, b.id);
  return composeMeetingDocs({
    meeting: x.meeting,
    unit: { name: x.orgName, parentName: x.parentName, place: x.place },
    settings: { signOnBehalf: 'T/M CHI BỘ' },
    invitations: invitations.map((i) => ({ ...i, status: x.attendance.get(i.id)?.status ?? null })),
    rollCall: rollCallRows(invitations, x.attendance),
    agenda: [...x.agenda].sort((a, b) => a.position - b.position || cmp(a.created_at, b.created_at)),
    speeches: [...x.speeches].sort(byTime),
    votes: [...x.votes].sort(byTime),
    score: x.score ? { total: x.score.total, maxPoints: x.schemeMaxPoints, level: x.score.level, schemeName: x.schemeName, schemeVersion: x.score.scheme_version } : null,
    chair: x.chair, recorder: x.recorder, secretaryName: x.secretaryName, numbers: x.numbers, version: 1, approved: true,
  });
}
