// The approved minutes' snapshot ({ minutes, resolution }), built from the demo rows exactly as the
// meetings service's buildDocs builds it from the database when the minutes are approved
// (src/server/modules/meetings/minutes.ts); a test compares the two on the loaded demo.
import { formatDateVi, parseIsoDate, quarterOf, romanQuarter } from '../../domain/dates';
import {
  countAttendance, SCORE_LEVEL_LABELS, votingBase, type AttendanceRow, type MeetingType,
} from '../../domain/meetings/index';
import { composeResolutionIntro, type MinutesDoc, type ResolutionDoc } from '../documents/index';
import type {
  AgendaItemRow, AttendanceRowD, InvitationRow, MeetingRowD, MeetingScoreRow, SpeechRow, VoteRow,
} from './types';

const upper = (s: string) => s.toLocaleUpperCase('vi');
const pad2 = (n: number) => String(n).padStart(2, '0');
const cmp = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** minutesTitle of the service. */
export function minutesTitle(type: MeetingType, date: string): string {
  const { year, month } = parseIsoDate(date);
  const ym = `THÁNG ${pad2(month)} NĂM ${year}`;
  switch (type) {
    case 'regular': return `SINH HOẠT CHI BỘ THƯỜNG KỲ ${ym}`;
    case 'expanded': return `SINH HOẠT CHI BỘ MỞ RỘNG ${ym}`;
    case 'combined': return `SINH HOẠT CHI BỘ THƯỜNG KỲ KẾT HỢP CHUYÊN ĐỀ ${ym}`;
    case 'thematic': return `SINH HOẠT CHI BỘ CHUYÊN ĐỀ QUÝ ${romanQuarter(quarterOf(month))} NĂM ${year}`;
    case 'extraordinary': return `SINH HOẠT CHI BỘ BẤT THƯỜNG NGÀY ${formatDateVi(date)}`;
  }
}

const ROLE_ORDER = { overseer: 0, member: 1, exempt: 2, guest: 3 } as const;

/** loadInvitations' order: role, then name, then when invited. */
export function invitationOrder(a: InvitationRow, b: InvitationRow): number {
  return ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || cmp(a.name, b.name) || cmp(a.created_at, b.created_at);
}

/** rollCallRows of the service: the cell's members at the meeting, as the domain's roll-call rows. */
export function rollCallRows(invitations: InvitationRow[], attendance: Map<string, AttendanceRowD>): AttendanceRow[] {
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
  meeting: MeetingRowD;
  orgName: string;
  parentName: string;
  place: string;
  invitations: InvitationRow[];
  attendance: Map<string, AttendanceRowD>;
  agenda: AgendaItemRow[];
  speeches: SpeechRow[];
  votes: VoteRow[];
  score: MeetingScoreRow | null;
  schemeName: string;
  chair: { name: string; title: string };
  recorder: { name: string; title: string };
  secretaryName: string | null;
  numbers: { BB: string; NQ: string };
}

export function buildSnapshot(x: DocsInput): { minutes: MinutesDoc; resolution: ResolutionDoc } {
  const m = x.meeting;
  const issuer = { parentName: upper(x.parentName), unitName: upper(x.orgName), place: x.place };
  const invitations = [...x.invitations].sort(invitationOrder);
  const rows = rollCallRows(invitations, x.attendance);
  const counts = countAttendance(rows);
  const base = votingBase(rows);
  const statusOf = (i: InvitationRow) => x.attendance.get(i.id)?.status ?? null;
  const present = (st: string | null) => st === 'present' || st === 'late' || st === 'left_early';
  const agenda = [...x.agenda].sort((a, b) => a.position - b.position || cmp(a.created_at, b.created_at));
  const byTime = <T extends { created_at: string; id: string }>(a: T, b: T) => cmp(a.created_at, b.created_at) || cmp(a.id, b.id);
  const speeches = [...x.speeches].sort(byTime);
  const votes = [...x.votes].sort(byTime);
  const tasks = (m.resolution?.tasks ?? []).map((t) => ({ content: t.content, assignee: t.assignee, ...(t.due ? { due: t.due } : {}) }));
  const minutes: MinutesDoc = {
    issuer, number: x.numbers.BB, date: m.date, meetingType: m.type, title: minutesTitle(m.type, m.original_date ?? m.date),
    ...(m.topic ? { topic: m.topic } : {}),
    startTime: m.start_time, ...(m.end_time ? { endTime: m.end_time } : {}),
    location: m.location ?? issuer.place, chair: x.chair, recorder: x.recorder, documents: m.documents ?? [],
    attendance: {
      total: counts.total, official: counts.official, probationary: counts.probationary, exempt: counts.exempt,
      present: counts.present, presentOfficial: counts.presentOfficial, presentProbationary: counts.presentProbationary,
      absentExcused: counts.absentees.filter((a) => a.status === 'absent_excused').map((a) => ({ name: a.name, reason: a.reason ?? '' })),
      absentUnexcused: counts.absentees.filter((a) => a.status === 'absent_unexcused').map((a) => ({ name: a.name })),
      upperLevel: invitations.filter((i) => i.role === 'overseer' && present(statusOf(i)))
        .map((i) => ({ name: i.name, title: i.title ?? 'Đảng ủy viên phụ trách chi bộ' })),
      guests: invitations.filter((i) => i.role === 'guest' && present(statusOf(i))).map((i) => ({ name: i.name, title: i.title ?? '' })),
    },
    items: agenda
      .map((a) => ({
        title: a.title, content: a.content,
        speeches: speeches.filter((sp) => sp.agenda_item_id === a.id).map((sp) => ({ speaker: sp.speaker_name, gist: sp.gist })),
        ...(a.conclusion ? { conclusion: a.conclusion } : {}),
      }))
      .filter((a) => a.content.trim() || a.speeches.length || a.conclusion),
    votes: votes.map((v) => ({
      subject: v.subject, method: v.method, base: v.base, for: v.votes_for, against: v.votes_against, other: v.votes_other, passed: v.passed,
    })),
    tasks,
    ...(x.score
      ? { score: { total: Number(x.score.total), levelLabel: SCORE_LEVEL_LABELS[x.score.level], schemeName: x.schemeName, schemeVersion: x.score.scheme_version } }
      : {}),
    approved: true, version: 1,
  };
  const { year, month } = parseIsoDate(m.original_date ?? m.date);
  const decisive = [...votes].reverse().find((v) => v.passed) ?? votes[votes.length - 1];
  const resolution: ResolutionDoc = {
    issuer, number: x.numbers.NQ, date: m.date,
    title: m.resolution?.title || (m.type === 'thematic' && m.topic
      ? `về ${m.topic}`
      : `về lãnh đạo thực hiện nhiệm vụ tháng ${pad2(month)} năm ${year}`),
    intro: composeResolutionIntro(minutes, { unitLabel: x.orgName }),
    results: m.resolution?.results ?? [], shortcomings: m.resolution?.shortcomings ?? [], tasks,
    implementation: m.resolution?.implementation ?? [],
    vote: { for: decisive?.votes_for ?? 0, base: decisive?.base ?? base },
    signer: x.secretaryName ? { name: x.secretaryName, title: 'BÍ THƯ' } : { name: x.chair.name, title: upper(x.chair.title || 'Chủ trì') },
    signOnBehalf: 'T/M CHI BỘ',
    recipients: [`${x.parentName} (để báo cáo)`, 'Đồng chí đảng ủy viên phụ trách', 'Các đoàn thể', 'Đảng viên trong chi bộ', 'Lưu chi bộ'],
    approved: true, version: 1,
  };
  return { minutes, resolution };
}
