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
import { refreshRoster } from './prep';
import { confirmationLine, type ScoreConfirmation } from '../../documents/index';

export type InvitationRow = {
  id: string; role: 'member' | 'exempt' | 'overseer' | 'guest'; person_id: string | null; partner_unit_id: string | null; name: string;
  title: string | null; standing: 'official' | 'probationary' | null; member_state: MemberState | null; guest: boolean;
  status: Exclude<AttendanceStatus, 'not_recorded'> | null; reason: string | null; method: string | null; recorded_at: Date | null;
};

export async function loadInvitations(q: Queryable, meetingId: string): Promise<InvitationRow[]> {
  return q.query<InvitationRow>(
    `SELECT i.id, i.role, i.person_id, i.partner_unit_id, i.name, i.title, i.standing, i.member_state, i.guest,
            a.status, a.reason, a.method, a.recorded_at
       FROM invitations i LEFT JOIN attendance a ON a.invitation_id = i.id
      WHERE i.meeting_id = $1
      ORDER BY CASE i.role WHEN 'overseer' THEN 0 WHEN 'member' THEN 1 WHEN 'exempt' THEN 2 ELSE 3 END, i.name, i.created_at`,
    [meetingId],
  );
}

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

export type VoteRecord = {
  id: string; agenda_item_id: string | null; subject: string; method: 'show_of_hands' | 'ballot' | 'electronic'; votes_for: number;
  votes_against: number; votes_other: number; is_resolution: boolean; created_at: Date;
};

export async function loadVotes(q: Queryable, meetingId: string): Promise<VoteRecord[]> {
  return q.query<VoteRecord>(
    `SELECT id, agenda_item_id, subject, method, votes_for, votes_against, votes_other, is_resolution, created_at
       FROM votes WHERE meeting_id = $1 ORDER BY created_at, id`,
    [meetingId],
  );
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
  await q.query(
    `UPDATE votes SET base = $2, eligible = $3, passed = (votes_for * 2 > $2 AND $2 > 0)
      WHERE meeting_id = $1 AND (base <> $2 OR eligible <> $3 OR passed <> (votes_for * 2 > $2 AND $2 > 0))`,
    [meetingId, base, eligible],
  );
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
  let m = await loadMeeting(q, id);
  // Until the meeting is held its roster follows the members (standing on the meeting's date).
  if (m.status === 'planned' || m.status === 'moved') {
    await refreshRoster(q, m);
    m = await loadMeeting(q, id);
  }
  const [prep, agenda, speeches, invitations, votes, dues, score, versions, numbers, people] = await seq([
    () => q.one<Record<string, unknown>>('SELECT * FROM meeting_preparation WHERE meeting_id = $1', [id]),
    () => q.query<{ id: string; position: number; template_key: string | null; title: string; content: string; conclusion: string | null }>(
      'SELECT id, position, template_key, title, content, conclusion FROM agenda_items WHERE meeting_id = $1 ORDER BY position, created_at',
      [id],
    ),
    () => q.query<{ id: string; agenda_item_id: string; speaker_person_id: string | null; speaker_name: string; gist: string }>(
      'SELECT id, agenda_item_id, speaker_person_id, speaker_name, gist FROM speeches WHERE meeting_id = $1 ORDER BY created_at, id',
      [id],
    ),
    () => loadInvitations(q, id),
    () => loadVotes(q, id),
    () => q.query<{ person_id: string; amount_paid: number; expected: number | null; note: string | null }>(
      'SELECT person_id, amount_paid, expected, note FROM dues_payments WHERE meeting_id = $1',
      [id],
    ),
    () => q.one<{ scheme_id: string; scheme_version: number; points: Record<string, number>; total: number; level: string; proposed_at: Date;
      confirmed_at: Date | null; confirmed_by: string | null; comment: string | null; scheme_name: string; confirmer: string | null;
      confirm_reason: string | null; body: { maxPoints?: number } | null }>(
      `SELECT s.*, sc.name AS scheme_name, sc.body, coalesce(p.full_name, a.username) AS confirmer FROM meeting_scores s
         JOIN scoring_schemes sc ON sc.id = s.scheme_id AND sc.version = s.scheme_version
         LEFT JOIN accounts a ON a.id = s.confirmed_by LEFT JOIN people p ON p.id = a.person_id
        WHERE s.meeting_id = $1`,
      [id],
    ),
    () => q.query<{ version: number; approved_at: Date; correction_reason: string | null; username: string | null }>(
      `SELECT v.version, v.approved_at, v.correction_reason, a.username FROM minutes_versions v
         LEFT JOIN accounts a ON a.id = v.approved_by WHERE v.meeting_id = $1 ORDER BY v.version`,
      [id],
    ),
    () => q.query<{ doc_type: string; scope_key: string; seq: number; voided_at: Date | null; void_reason: string | null }>(
      'SELECT doc_type, scope_key, seq, voided_at, void_reason FROM document_numbers WHERE meeting_id = $1 ORDER BY issued_at, seq',
      [id],
    ),
    () => q.query<{ id: string; full_name: string }>('SELECT id, full_name FROM people WHERE id = ANY ($1::uuid[])', [
      [m.chair_id, m.recorder_id].filter(Boolean),
    ]),
  ]);
  const addenda = await q.query<{ after_version: number; kind: 'score_confirmation'; body: ScoreConfirmation; created_at: Date; author: string | null }>(
    `SELECT d.after_version, d.kind, d.body, d.created_at, coalesce(p.full_name, a.username) AS author FROM minutes_addenda d
       LEFT JOIN accounts a ON a.id = d.created_by LEFT JOIN people p ON p.id = a.person_id
      WHERE d.meeting_id = $1 ORDER BY d.created_at`,
    [id],
  );
  const moves = await q.query<{ from_date: string; to_date: string; reason: string; status_at_move: string; moved_at: Date; username: string | null }>(
    `SELECT mv.from_date::text AS from_date, mv.to_date::text AS to_date, mv.reason, mv.status_at_move, mv.moved_at, a.username
       FROM meeting_moves mv LEFT JOIN accounts a ON a.id = mv.moved_by WHERE mv.meeting_id = $1 ORDER BY mv.moved_at, mv.id`,
    [id],
  );
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
