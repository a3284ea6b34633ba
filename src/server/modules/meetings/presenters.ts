// The wire format of a meeting: everything the meeting page needs in one object.
import type { Queryable } from '../../db/index';
import { can, type Principal } from '../../auth/policy';
import { addDays, vnLocalToInstant } from '../../../domain/dates';
import {
  countAttendance, durationMinutes, durationWarning, eligibleVoters, hasResolutionContent, isMeetingValid, quorumRequired,
  MIN_OFFICIAL_MEMBERS, resolutionStatus, tallyVote, tooFewOfficials, votesNeeded, votingBase, type AttendanceRow,
  type AttendanceStatus, type MemberState, type RuleCode, type VoteTally,
} from '../../../domain/meetings/index';
import { loadMeeting, meetingAccess, meetingSettings, type MeetingRow } from './common';
import { liveInvitations } from './roster';
import { confirmationLine, type ScoreConfirmation } from '../../documents/index';
import * as sql from './queries';
import { loadInvitations, loadVotes, type InvitationRow, type VoteRecord } from './queries';

export { loadInvitations, loadVotes } from './queries';
export type { InvitationRow, VoteRecord } from './queries';

/** The members of the cell at the meeting, as the domain's roll-call rows. */
export function rollCallRows(invitations: InvitationRow[]): AttendanceRow[] {
  return invitations
    .filter((i) => (i.role === 'member' || i.role === 'exempt') && i.standing)
    .map((i) => ({
      ...(i.person_id ? { memberId: i.person_id } : {}),
      name: i.name,
      standing: i.standing!,
      state: i.member_state ?? 'active',
      status: i.status ?? 'not_recorded',
      ...(i.reason ? { reason: i.reason } : {}),
    }));
}

/** Each vote with its result computed from the roll call as it stands (never from what was stored when it was entered). */
export function talliedVotes(votes: VoteRecord[], rows: AttendanceRow[]): (VoteRecord & { tally: VoteTally })[] {
  return votes.map((v) => ({ ...v, tally: tallyVote({ for: v.votes_for, against: v.votes_against, other: v.votes_other }, rows) }));
}

/**
 * Brings the stored base, eligible and result of the meeting's votes in line with the roll call (for readers of
 * the table such as reports); called after every change of the roll call or of those summoned.
 */
export async function refreshVotes(q: Queryable, meetingId: string): Promise<void> {
  const rows = rollCallRows(await loadInvitations(q, meetingId));
  const base = votingBase(rows);
  const eligible = eligibleVoters(rows);
  await sql.updateVoteTallies(q, meetingId, base, eligible);
}

/** Present, expected, validity, who may vote: what the roll call screen shows. */
export function rollCallSummary(m: Pick<MeetingRow, 'quorum_num' | 'quorum_den'>, rows: AttendanceRow[]) {
  const counts = countAttendance(rows);
  const quorum = { num: m.quorum_num, den: m.quorum_den };
  return {
    ...counts,
    quorum,
    quorumRequired: quorumRequired(counts, quorum),
    valid: isMeetingValid(counts, quorum),
    votingBase: votingBase(rows),
    eligibleVoters: eligibleVoters(rows),
    votesNeeded: votesNeeded(votingBase(rows)),
  };
}

/** Runs queries one after another: inside a transaction they share one connection (pg queues, but warns). */
export async function seq<const T extends readonly (() => Promise<unknown>)[]>(fns: T): Promise<{ [K in keyof T]: Awaited<ReturnType<T[K]>> }> {
  const out: unknown[] = [];
  for (const f of fns) out.push(await f());
  return out as { [K in keyof T]: Awaited<ReturnType<T[K]>> };
}

const iso = (d: Date | null) => (d ? new Date(d).toISOString() : null);

/** HD 42: notice and documents reach members at least one day before the meeting. */
export function preparationChecklist(m: MeetingRow, prep: Record<string, unknown> | undefined, now = new Date()) {
  const start = vnLocalToInstant(m.date, m.start_time);
  const dayBefore = new Date(start.getTime() - 24 * 3600 * 1000);
  const lateIf = (at: Date | null) => (at ? new Date(at) > dayBefore : now > dayBefore);
  const items = [
    { key: 'content_preparer', label: 'Phân công người chuẩn bị nội dung', done: !!prep?.content_preparer_id, late: false },
    { key: 'resolution_preparer', label: 'Phân công người chuẩn bị dự thảo nghị quyết', done: !!prep?.resolution_preparer_id, late: false },
    { key: 'committee_meeting', label: 'Chi ủy họp trước thống nhất nội dung', done: !!prep?.committee_meeting_on, late: false },
    { key: 'content_agreed', label: 'Nội dung sinh hoạt đã thống nhất', done: !!prep?.content_agreed_at, late: false },
    {
      key: 'notice_sent', label: 'Thông báo thời gian, địa điểm, nội dung tới đảng viên và đồng chí cấp ủy viên phụ trách',
      done: !!m.notice_sent_at, late: lateIf(m.notice_sent_at),
    },
    { key: 'documents_ready', label: 'Tài liệu sẵn sàng trước ít nhất 1 ngày', done: !!m.documents_ready_at, late: lateIf(m.documents_ready_at) },
  ];
  return {
    contentPreparerId: (prep?.content_preparer_id as string | null) ?? null,
    resolutionPreparerId: (prep?.resolution_preparer_id as string | null) ?? null,
    committeeMeetingOn: (prep?.committee_meeting_on as string | null) ?? null,
    contentAgreedAt: iso((prep?.content_agreed_at as Date | null) ?? null),
    noticeSentAt: iso(m.notice_sent_at),
    documentsReadyAt: iso(m.documents_ready_at),
    note: (prep?.note as string | null) ?? null,
    items,
    missing: items.filter((i) => !i.done).map((i) => i.key),
    deadline: addDays(m.date, -1),
  };
}

export async function meetingDetail(q: Queryable, who: Principal, id: string) {
  const m = await loadMeeting(q, id);
  const [prep, agenda, speeches, invitations, votes, dues, score, versions, numbers, people] = await seq([
    () => sql.preparationRow(q, id),
    () => sql.agendaItems(q, id),
    () => sql.speechRows(q, id),
    // Until the meeting is held its roster follows the members (standing on the meeting's date), computed without writing.
    () => liveInvitations(q, m),
    () => loadVotes(q, id),
    () => sql.duesPayments(q, id),
    () => sql.scoreRow(q, id),
    () => sql.versionRows(q, id),
    () => sql.numberRows(q, id),
    () => sql.peopleNames(q, [m.chair_id, m.recorder_id].filter((x): x is string => !!x)),
  ]);
  const addenda = await sql.addendaRows(q, id);
  const moves = await sql.moveRows(q, id);
  const nameOf = (pid: string | null) => (pid ? people.find((p) => p.id === pid)?.full_name ?? null : null);
  // A guest reads the meeting, not its record: no one else's absence reason, dues or login name.
  const access = await meetingAccess(q, who, id, m.org_path);
  const own = (pid: string | null) => pid !== null && pid === access.personId;
  const login = (username: string | null) => (access.record ? username : null);
  const rows = rollCallRows(invitations);
  const summary = rollCallSummary(m, rows);
  const tallied = talliedVotes(votes, rows);
  const resolutionState = resolutionStatus({
    noResolution: m.no_resolution, votes: tallied.map((v) => ({ isResolution: v.is_resolution, passed: v.tally.passed })),
  });
  let minutes: number | null = null;
  let minimumMinutes: number | null = null;
  let durationWarn = null;
  if (m.end_time) {
    try {
      minutes = durationMinutes(m.start_time, m.end_time);
      const minimums = (await meetingSettings(q, m.org_path)).minDuration;
      minimumMinutes = minimums[m.type] ?? null;
      durationWarn = durationWarning(m.type, minutes, minimums);
    } catch {
      minutes = null;
    }
  }
  const checklist = preparationChecklist(m, prep);
  // A warning goes out as its code and parameters; each reader's screen words it in its own language.
  const warnings: { code: RuleCode; params: Record<string, string | number> }[] = [];
  const warn = (code: RuleCode, params: Record<string, string | number> = {}) => warnings.push({ code, params });
  if (durationWarn) warn(durationWarn.code, { minimum: durationWarn.minimum, actual: durationWarn.actual });
  if (m.status === 'planned' || m.status === 'moved') {
    for (const i of checklist.items) {
      if ((i.key === 'notice_sent' || i.key === 'documents_ready') && i.late) warn(i.key === 'notice_sent' ? 'notice_sent_late' : 'documents_ready_late');
    }
  }
  const orgPath = m.org_path;
  for (const v of tallied) {
    if (v.tally.exceedsEligible) {
      warn('vote_exceeds_roll_call', { subject: v.subject, total: v.tally.total, eligible: v.tally.eligible });
    }
  }
  // The cell's own official members (a member of another cell attending here is not one; Charter art. 21).
  const few = tooFewOfficials(invitations.filter((i) => (i.role === 'member' || i.role === 'exempt') && i.standing)
    .map((i) => ({ standing: i.standing!, guest: i.guest })));
  if (few) {
    warn('cell_too_few_officials', { official: few.official, minimum: MIN_OFFICIAL_MEMBERS });
  }
  if (resolutionState === 'adopted' && !hasResolutionContent(m.resolution)) {
    warn('resolution_empty');
  }
  return {
    id: m.id, orgId: m.org_id, orgName: m.org_name, type: m.type, topic: m.topic, date: m.date, originalDate: m.original_date,
    startTime: m.start_time, endTime: m.end_time, durationMinutes: minutes, minimumMinutes, location: m.location, status: m.status,
    locked: m.status === 'approved', moveReason: m.move_reason, cancelReason: m.cancel_reason, correctionReason: m.correction_reason,
    chair: m.chair_id ? { personId: m.chair_id, fullName: nameOf(m.chair_id) } : null,
    recorder: m.recorder_id ? { personId: m.recorder_id, fullName: nameOf(m.recorder_id) } : null,
    documents: m.documents ?? [],
    earlyReason: m.early_reason,
    moves: moves.map((x) => ({
      fromDate: x.from_date, toDate: x.to_date, reason: x.reason, statusAtMove: x.status_at_move, movedAt: iso(x.moved_at)!, movedBy: login(x.username),
    })),
    resolution: {
      title: m.resolution?.title ?? null, results: m.resolution?.results ?? [], shortcomings: m.resolution?.shortcomings ?? [],
      tasks: m.resolution?.tasks ?? [], implementation: m.resolution?.implementation ?? [],
    },
    preparation: checklist,
    agenda: agenda.map((a) => ({
      id: a.id, position: a.position, templateKey: a.template_key, title: a.title, content: a.content, conclusion: a.conclusion,
      speeches: speeches.filter((s) => s.agenda_item_id === a.id).map((s) => ({
        id: s.id, speakerPersonId: s.speaker_person_id, speakerName: s.speaker_name, gist: s.gist,
      })),
    })),
    invitations: invitations.map((i) => ({
      id: i.id, role: i.role, personId: i.person_id, partnerUnitId: i.partner_unit_id, name: i.name, title: i.title, standing: i.standing,
      memberState: i.member_state, status: i.status, reason: access.record || own(i.person_id) ? i.reason : null, method: i.method,
      recordedAt: iso(i.recorded_at),
      duesPaid: access.dues || own(i.person_id) ? dues.find((d) => d.person_id === i.person_id)?.amount_paid ?? null : null,
    })),
    attendance: {
      total: summary.total, official: summary.official, probationary: summary.probationary, exempt: summary.exempt,
      notSummoned: summary.notSummoned, presentExpected: summary.presentExpected, presentNotExpected: summary.presentNotExpected,
      officialAbsentExcused: summary.officialAbsentExcused,
      expected: summary.expected, officialExpected: summary.officialExpected, present: summary.present,
      presentOfficial: summary.presentOfficial, presentProbationary: summary.presentProbationary, late: summary.late,
      leftEarly: summary.leftEarly, absentExcused: summary.absentExcused, absentUnexcused: summary.absentUnexcused,
      notRecorded: summary.notRecorded,
      absentees: access.record ? summary.absentees : summary.absentees.map(({ reason: _reason, ...a }) => a), quorum: summary.quorum, quorumRequired: summary.quorumRequired,
      valid: summary.valid, votingBase: summary.votingBase, eligibleVoters: summary.eligibleVoters, votesNeeded: summary.votesNeeded,
    },
    votes: tallied.map((v) => ({
      id: v.id, agendaItemId: v.agenda_item_id, subject: v.subject, method: v.method, base: v.tally.base, eligible: v.tally.eligible,
      for: v.votes_for, against: v.votes_against, other: v.votes_other, passed: v.tally.passed, needed: v.tally.needed, percent: v.tally.percent,
      isResolution: v.is_resolution, exceedsEligible: v.tally.exceedsEligible,
    })),
    resolutionStatus: resolutionState,
    noResolution: m.no_resolution,
    dues: access.dues
      ? {
          collected: dues.reduce((s, d) => s + d.amount_paid, 0),
          expected: dues.reduce((s, d) => s + (d.expected ?? 0), 0),
          payers: dues.length,
        }
      : null,
    score: score
      ? {
          schemeId: score.scheme_id, schemeVersion: score.scheme_version, schemeName: score.scheme_name, points: score.points,
          total: Number(score.total), level: score.level, proposedAt: iso(score.proposed_at), confirmedAt: iso(score.confirmed_at),
          confirmedBy: score.confirmed_at ? score.confirmer : null, comment: score.comment,
          confirmReason: score.confirmed_at ? score.confirm_reason : null, maxPoints: Number(score.body?.maxPoints ?? 100),
        }
      : null,
    versions: versions.map((v) => ({
      version: v.version, approvedAt: iso(v.approved_at), approvedBy: login(v.username), correctionReason: v.correction_reason,
    })),
    addenda: addenda.map((d) => ({
      afterVersion: d.after_version, kind: d.kind, createdAt: iso(d.created_at)!, createdBy: d.author, text: confirmationLine(d.body),
    })),
    numbers: Object.fromEntries(numbers.filter((n) => !n.voided_at).map((n) => [n.doc_type, n.seq])) as { BB?: number; NQ?: number },
    voidedNumbers: numbers.filter((n) => n.voided_at).map((n) => ({
      docType: n.doc_type, seq: n.seq, voidedAt: iso(n.voided_at), reason: n.void_reason,
    })),
    warnings,
    can: {
      manage: can(who, 'meeting.manage', { orgPath }),
      observe: can(who, 'meeting.observe', { orgPath }),
    },
  };
}
