// The minutes and the resolution of a meeting as the document renderers take them, composed from rows
// already loaded: no database here. The meetings service (buildDocs in minutes.ts) loads the rows and
// calls it; the demo calls it with the rows it generates, so the demo's approved snapshots are the
// service's by construction.
import { formatDateVi, parseIsoDate, quarterOf, romanQuarter } from '../../../domain/dates';
import {
  countAttendance, noResolutionSentence, resolutionStatus, SCORE_LEVEL_LABELS, votingBase, type AttendanceRow, type MeetingType,
  type ResolutionStatus, type ScoreLevel, isPresentStatus, OVERSEER_TITLE
} from '../../../domain/meetings/index';
import { composeResolutionIntro, type MinutesDoc, type ResolutionDoc } from '../../documents/index';
import type { MeetingRow } from './common';
import { topicAfterVe } from './wording';

const upper = (s: string) => s.toLocaleUpperCase('vi');
const pad2 = (n: number) => String(n).padStart(2, '0');

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

type Person = { name: string; title: string };

/** What the minutes and the resolution are made of. Lists are in the order the documents show them. */
export interface MeetingDocsInput {
  meeting: Pick<MeetingRow, 'type' | 'topic' | 'original_date' | 'date' | 'start_time' | 'end_time' | 'location' | 'documents' | 'resolution'>
    & { no_resolution?: boolean };
  /** The cell (its name), the level above it (its name, if any) and the place the documents are dated at. */
  unit: { name: string; parentName?: string; place: string };
  settings: { signOnBehalf: string; recipients?: string[] };
  /** Everyone invited, in the order of loadInvitations, with their attendance status (null: not recorded). */
  invitations: { role: 'member' | 'exempt' | 'overseer' | 'guest'; name: string; title: string | null; status: string | null }[];
  /** The cell's members at the meeting, as the domain's roll-call rows. */
  rollCall: AttendanceRow[];
  agenda: { id: string; title: string; content: string; conclusion: string | null }[];
  speeches: { agenda_item_id: string; speaker_name: string; gist: string }[];
  /** Votes with base and result computed from the roll call (tallyVote); is_resolution marks the resolution vote. */
  votes: {
    subject: string; method: 'show_of_hands' | 'ballot' | 'electronic'; base: number;
    votes_for: number; votes_against: number; votes_other: number; passed: boolean; is_resolution: boolean;
  }[];
  score: { total: number; maxPoints: number; level: ScoreLevel; schemeName: string; schemeVersion: number } | null;
  chair: Person;
  recorder: Person;
  /** The cell secretary on the meeting's day, who signs the resolution (else the chair signs). */
  secretaryName: string | null;
  /** NQ only when the resolution is adopted (or for a draft). */
  numbers: { BB: string; NQ?: string };
  version: number;
  approved: boolean;
}

export type MeetingDocs = { minutes: MinutesDoc; resolution: ResolutionDoc | null; resolutionStatus?: ResolutionStatus };

/**
 * The minutes, and the resolution only when the cell adopted it (a resolution vote passed): otherwise the
 * minutes say why there is none (the vote failed, or no resolution this month) and `resolution` is null.
 */
export function composeMeetingDocs(x: MeetingDocsInput): MeetingDocs {
  const m = x.meeting;
  const issuer = { parentName: upper(x.unit.parentName ?? ''), unitName: upper(x.unit.name), place: x.unit.place };
  const counts = countAttendance(x.rollCall);
  const { invitations, votes } = x;
  const tasks = (m.resolution?.tasks ?? []).map((t) => ({ content: t.content, assignee: t.assignee, ...(t.due ? { due: t.due } : {}) }));
  const status = resolutionStatus({
    noResolution: m.no_resolution ?? false, votes: votes.map((v) => ({ isResolution: v.is_resolution, passed: v.passed })),
  });
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
      upperLevel: invitations.filter((i) => i.role === 'overseer' && isPresentStatus(i.status))
        .map((i) => ({ name: i.name, title: i.title ?? OVERSEER_TITLE })),
      guests: invitations.filter((i) => i.role === 'guest' && isPresentStatus(i.status)).map((i) => ({ name: i.name, title: i.title ?? '' })),
    },
    items: x.agenda
      .map((a) => ({
        title: a.title, content: a.content,
        speeches: x.speeches.filter((sp) => sp.agenda_item_id === a.id).map((sp) => ({ speaker: sp.speaker_name, gist: sp.gist })),
        ...(a.conclusion ? { conclusion: a.conclusion } : {}),
      }))
      .filter((a) => a.content.trim() || a.speeches.length || a.conclusion),
    votes: votes.map((v) => ({
      subject: v.subject, method: v.method, base: v.base, for: v.votes_for, against: v.votes_against, other: v.votes_other, passed: v.passed,
    })),
    tasks,
    ...(status !== 'adopted' && (x.approved || status !== 'not_voted') ? { resolutionNote: noResolutionSentence(status) } : {}),
    ...(x.score
      ? { score: { total: Number(x.score.total), maxPoints: Number(x.score.maxPoints), levelLabel: SCORE_LEVEL_LABELS[x.score.level], schemeName: x.score.schemeName, schemeVersion: x.score.schemeVersion } }
      : {}),
    approved: x.approved, version: x.version,
  };
  const { year, month } = parseIsoDate(m.original_date ?? m.date);
  if (status === 'failed' || status === 'none' || (x.approved && status === 'not_voted')) {
    return { minutes, resolution: null, resolutionStatus: status };
  }
  // The resolution vote that adopted it; a draft before any vote shows the base from the roll call.
  const decisive = [...votes].reverse().find((v) => v.is_resolution && v.passed);
  const resolution: ResolutionDoc = {
    issuer, number: x.numbers.NQ ?? '', date: m.date,
    ...(m.original_date && m.original_date.slice(0, 7) !== m.date.slice(0, 7) ? { periodDate: m.original_date } : {}),
    title: m.resolution?.title || (m.type === 'thematic' && m.topic?.trim()
      ? `về ${topicAfterVe(m.topic)}`
      : `về lãnh đạo thực hiện nhiệm vụ tháng ${pad2(month)} năm ${year}`),
    intro: composeResolutionIntro(minutes, { unitLabel: x.unit.name }),
    results: m.resolution?.results ?? [], shortcomings: m.resolution?.shortcomings ?? [], tasks,
    implementation: m.resolution?.implementation ?? [],
    vote: { for: decisive?.votes_for ?? 0, base: decisive?.base ?? votingBase(x.rollCall) },
    signer: x.secretaryName ? { name: x.secretaryName, title: 'BÍ THƯ' } : { name: x.chair.name, title: upper(x.chair.title || 'Chủ trì') },
    signOnBehalf: x.settings.signOnBehalf,
    recipients: x.settings.recipients ?? [
      `${x.unit.parentName ?? 'Cấp ủy cấp trên'} (để báo cáo)`, 'Đồng chí đảng ủy viên phụ trách', 'Các đoàn thể', 'Đảng viên trong chi bộ', 'Lưu chi bộ',
    ],
    approved: x.approved, version: x.version,
  };
  return { minutes, resolution, resolutionStatus: status };
}
