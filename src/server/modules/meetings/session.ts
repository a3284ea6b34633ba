// During the meeting: roll call (by the secretary, or self check-in with the meeting's QR code), speeches,
// votes checked against who may vote, and party dues.
import crypto from 'node:crypto';
import type { Static } from '@sinclair/typebox';
import type { Db, Queryable } from '../../db/index';
import type { AttendanceBody, VoteBody } from './schemas';
import type { Principal } from '../../auth/policy';
import { Conflict, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { cleanName } from '../../../domain/text';
import { parseIsoDate } from '../../../domain/dates';
import {
  checkUnpaidReason, duesArrears, eligibleVoters, expectedDues, REGULAR_KINDS, validateVote, voteOutcome, votingBase, type DuesCategory, type DuesMonth,
} from '../../../domain/meetings/index';
import { loadEditable, loadMeeting, MEETING_CAPS, meetingAccess, meetingSettings, notEarly, rule, touch } from './common';
import { loadInvitations, meetingDetail, refreshVotes, rollCallRows } from './presenters';
import { personName, refreshRoster } from './prep';

export const ATTENDANCE_STATUSES = ['present', 'late', 'left_early', 'absent_excused', 'absent_unexcused'] as const;
/** A roll-call mark as the route's schema takes it. */
export type RollCallInput = Static<typeof AttendanceBody>;

async function mark(q: Queryable, who: Principal | null, meetingId: string, invitationId: string, input: RollCallInput, method: 'manual' | 'qr') {
  const reason = input.reason?.trim() || null;
  if (input.status === 'absent_excused' && !reason) throw Invalid('attendance_reason_required');
  await q.query(
    `INSERT INTO attendance (invitation_id, meeting_id, status, reason, method, recorded_by) VALUES ($1, $2, $3, $4, $5, $6)
     ON CONFLICT (invitation_id) DO UPDATE SET status = $3, reason = $4, method = $5, recorded_by = $6, recorded_at = now()`,
    [invitationId, meetingId, input.status, reason, method, who?.accountId ?? null],
  );
  // Once the roll call starts, the meeting is being held.
  await q.query(`UPDATE meetings SET status = 'held', updated_at = now() WHERE id = $1 AND status IN ('planned', 'moved')`, [meetingId]);
  // Votes follow the roll call: their base and result are those of the attendance as it now stands.
  await refreshVotes(q, meetingId);
}

/** Roll call of one person: only someone summoned or invited can be marked. */
export async function rollCall(db: Db, who: Principal, id: string, personId: string, input: RollCallInput) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    notEarly(m);
    await refreshRoster(q, m);
    const inv = await q.one<{ id: string; name: string }>('SELECT id, name FROM invitations WHERE meeting_id = $1 AND person_id = $2', [
      id, personId,
    ]);
    if (!inv) throw Invalid('attendance_not_invited', { name: await personName(q, who, personId) });
    await mark(q, who, id, inv.id, input, 'manual');
    await audit(q, who, {
      action: 'meeting.attendance', entity: 'attendance', entityId: inv.id, orgPath: m.org_path, summary: `${inv.name}: ${input.status}`,
      after: input,
    });
    return meetingDetail(q, who, id);
  });
}

/**
 * "Everyone present": every summoned member and committee member in charge not marked yet is marked
 * present in one step; the secretary then marks the exceptions. Rows already marked keep their mark;
 * exempt members and guests are left to be marked one by one.
 */
export async function rollCallAllPresent(db: Db, who: Principal, id: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    notEarly(m);
    await refreshRoster(q, m);
    const open = await q.query<{ id: string }>(
      `SELECT i.id FROM invitations i LEFT JOIN attendance a ON a.invitation_id = i.id
        WHERE i.meeting_id = $1 AND i.role IN ('member', 'overseer') AND a.invitation_id IS NULL`,
      [id],
    );
    for (const inv of open) await mark(q, who, id, inv.id, { status: 'present' }, 'manual');
    if (open.length > 0) {
      await audit(q, who, {
        action: 'meeting.attendance', entity: 'meeting', entityId: id, orgPath: m.org_path,
        summary: `present: ${open.length}`, after: { status: 'present', count: open.length },
      });
    }
    return meetingDetail(q, who, id);
  });
}

/** Roll call of an invitation (a guest with no person record). */
export async function rollCallInvitation(db: Db, who: Principal, id: string, invitationId: string, input: RollCallInput) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    notEarly(m);
    await refreshRoster(q, m);
    const inv = await q.one<{ id: string; name: string }>('SELECT id, name FROM invitations WHERE meeting_id = $1 AND id = $2', [
      id, invitationId,
    ]);
    if (!inv) throw NotFound();
    await mark(q, who, id, inv.id, input, 'manual');
    await audit(q, who, {
      action: 'meeting.attendance', entity: 'attendance', entityId: inv.id, orgPath: m.org_path, summary: `${inv.name}: ${input.status}`,
      after: input,
    });
    return meetingDetail(q, who, id);
  });
}

/** A new secret for the meeting's QR code; members scan it to check themselves in. */
export async function newCheckinToken(db: Db, who: Principal, id: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const token = crypto.randomBytes(18).toString('base64url');
    await q.query('UPDATE meetings SET checkin_token = $2, updated_at = now() WHERE id = $1', [id, token]);
    await audit(q, who, { action: 'meeting.checkin_token', entity: 'meeting', entityId: id, orgPath: m.org_path });
    return { token, path: `/checkin/${token}` };
  });
}

/** Self check-in: the logged-in person, summoned to the meeting whose QR code they scanned, is marked present. */
export async function checkin(db: Db, who: Principal, token: string) {
  return db.tx(async (q) => {
    const m = await q.one<{ id: string; status: string; org_path: string; date: string }>(
      `SELECT m.id, m.status, o.path AS org_path, m.date FROM meetings m JOIN orgs o ON o.id = m.org_id WHERE m.checkin_token = $1`,
      [token],
    );
    if (!m || m.status === 'approved' || m.status === 'cancelled') throw Invalid('checkin_invalid');
    notEarly(await loadMeeting(q, m.id));
    await refreshRoster(q, await loadMeeting(q, m.id));
    const inv = who.personId
      ? await q.one<{ id: string; name: string }>('SELECT id, name FROM invitations WHERE meeting_id = $1 AND person_id = $2', [m.id, who.personId])
      : undefined;
    if (!inv) throw Conflict('checkin_not_invited');
    await mark(q, who, m.id, inv.id, { status: 'present' }, 'qr');
    await audit(q, who, { action: 'meeting.checkin', entity: 'attendance', entityId: inv.id, orgPath: m.org_path, summary: inv.name });
    return { meetingId: m.id, name: inv.name, status: 'present' as const };
  });
}

// Speeches.

export type SpeechInput = { agendaItemId: string; speakerPersonId?: string | null; speakerName?: string | null; gist: string };

async function speakerOf(q: Queryable, who: Principal, meetingId: string, input: { speakerPersonId?: string | null; speakerName?: string | null }) {
  if (input.speakerPersonId) {
    const inv = await q.one<{ name: string }>('SELECT name FROM invitations WHERE meeting_id = $1 AND person_id = $2', [
      meetingId, input.speakerPersonId,
    ]);
    if (!inv) throw Invalid('meeting_not_invited', { name: await personName(q, who, input.speakerPersonId) });
    return { personId: input.speakerPersonId, name: inv.name };
  }
  const name = input.speakerName ? cleanName(input.speakerName) : '';
  if (!name) throw Invalid('validation', { detail: 'speakerName' });
  return { personId: null, name };
}

export async function addSpeech(db: Db, who: Principal, id: string, input: SpeechInput) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    notEarly(m);
    const item = await q.one('SELECT 1 FROM agenda_items WHERE id = $1 AND meeting_id = $2', [input.agendaItemId, id]);
    if (!item) throw NotFound();
    const n = await q.one<{ n: number }>('SELECT count(*)::int AS n FROM speeches WHERE meeting_id = $1', [id]);
    if ((n?.n ?? 0) >= MEETING_CAPS.speeches) throw Conflict('meeting_too_many', { what: 'ý kiến phát biểu', whatEn: 'speeches', max: MEETING_CAPS.speeches });
    const speaker = await speakerOf(q, who, id, input);
    const r = await q.one<{ id: string }>(
      `INSERT INTO speeches (meeting_id, agenda_item_id, speaker_person_id, speaker_name, gist) VALUES ($1, $2, $3, $4, $5) RETURNING id`,
      [id, input.agendaItemId, speaker.personId, speaker.name, input.gist.trim()],
    );
    await touch(q, id);
    await audit(q, who, { action: 'meeting.speech_add', entity: 'speech', entityId: r!.id, orgPath: m.org_path, summary: speaker.name, after: input });
    return meetingDetail(q, who, id);
  });
}

export async function updateSpeech(db: Db, who: Principal, id: string, speechId: string, input: Partial<SpeechInput>) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const before = await q.one<{ speaker_person_id: string | null; speaker_name: string; gist: string }>(
      'SELECT speaker_person_id, speaker_name, gist FROM speeches WHERE id = $1 AND meeting_id = $2',
      [speechId, id],
    );
    if (!before) throw NotFound();
    const speaker = input.speakerPersonId !== undefined || input.speakerName !== undefined ? await speakerOf(q, who, id, input) : null;
    await q.query(
      `UPDATE speeches SET gist = coalesce($3, gist), speaker_person_id = CASE WHEN $4::boolean THEN $5::uuid ELSE speaker_person_id END,
              speaker_name = coalesce($6, speaker_name) WHERE id = $1 AND meeting_id = $2`,
      [speechId, id, input.gist?.trim() ?? null, speaker !== null, speaker?.personId ?? null, speaker?.name ?? null],
    );
    await touch(q, id);
    await audit(q, who, { action: 'meeting.speech_update', entity: 'speech', entityId: speechId, orgPath: m.org_path, before, after: input });
    return meetingDetail(q, who, id);
  });
}

export async function deleteSpeech(db: Db, who: Principal, id: string, speechId: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const before = await q.one('SELECT speaker_name, gist FROM speeches WHERE id = $1 AND meeting_id = $2', [speechId, id]);
    if (!before) throw NotFound();
    await q.query('DELETE FROM speeches WHERE id = $1', [speechId]);
    await touch(q, id);
    await audit(q, who, { action: 'meeting.speech_delete', entity: 'speech', entityId: speechId, orgPath: m.org_path, before });
    return meetingDetail(q, who, id);
  });
}

// Votes.

export const VOTE_METHODS = ['show_of_hands', 'ballot', 'electronic'] as const;
/** A vote as the route's schema takes it. */
export type VoteInput = Static<typeof VoteBody>;

/**
 * Records a vote. The counts may not exceed the official members present (probationary members do not vote);
 * it passes only with more than half of the official members summoned (the voting base), not of those present.
 */
export async function addVote(db: Db, who: Principal, id: string, input: VoteInput) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    notEarly(m);
    if (input.agendaItemId) {
      const item = await q.one('SELECT 1 FROM agenda_items WHERE id = $1 AND meeting_id = $2', [input.agendaItemId, id]);
      if (!item) throw NotFound();
    }
    const rows = rollCallRows(await loadInvitations(q, id));
    const eligible = eligibleVoters(rows);
    const counts = { for: input.for, against: input.against, other: input.other };
    rule(() => validateVote(counts, eligible));
    const outcome = voteOutcome(counts, votingBase(rows));
    const r = await q.one<{ id: string }>(
      `INSERT INTO votes (meeting_id, agenda_item_id, subject, method, base, eligible, votes_for, votes_against, votes_other, passed, is_resolution)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) RETURNING id`,
      [id, input.agendaItemId ?? null, input.subject.trim(), input.method, outcome.base, eligible, input.for, input.against, input.other,
        outcome.passed, input.isResolution === true],
    );
    await touch(q, id);
    await audit(q, who, {
      action: 'meeting.vote', entity: 'vote', entityId: r!.id, orgPath: m.org_path, summary: input.subject,
      after: { ...input, base: outcome.base, eligible, passed: outcome.passed, isResolution: input.isResolution === true },
    });
    return meetingDetail(q, who, id);
  });
}

export async function deleteVote(db: Db, who: Principal, id: string, voteId: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const before = await q.one('SELECT * FROM votes WHERE id = $1 AND meeting_id = $2', [voteId, id]);
    if (!before) throw NotFound();
    await q.query('DELETE FROM votes WHERE id = $1', [voteId]);
    await touch(q, id);
    await audit(q, who, { action: 'meeting.vote_delete', entity: 'vote', entityId: voteId, orgPath: m.org_path, before });
    return meetingDetail(q, who, id);
  });
}

// Party dues.

/**
 * Each member's dues at this meeting: what was paid, what is expected from the member's category (rates and
 * area are inherited unit settings; salaried members and pensioners from their declared base), and the
 * arrears carried over from the cell's earlier meetings, with the months of the year left unpaid.
 * Temporarily exempt members still owe dues and are listed.
 */
export async function listDues(q: Queryable, who: Principal, id: string) {
  const m = await loadMeeting(q, id);
  const s = await meetingSettings(q, m.org_path);
  // Members' dues are read by those who may (meetingAccess); anyone else sees only their own line.
  const access = await meetingAccess(q, who, id, m.org_path);
  const rows = await q.query<{ person_id: string; name: string; dues_category: DuesCategory; dues_base: number | null; amount_paid: number | null;
    expected: number | null; note: string | null; unpaid_reason: string | null; reason_accepted: boolean | null }>(
    `SELECT i.person_id, i.name, mb.dues_category, mb.dues_base, d.amount_paid, d.expected, d.note, d.unpaid_reason, d.reason_accepted
       FROM invitations i JOIN members mb ON mb.person_id = i.person_id
       LEFT JOIN dues_payments d ON d.meeting_id = i.meeting_id AND d.person_id = i.person_id
      WHERE i.meeting_id = $1 AND i.role IN ('member', 'exempt') AND ($2::boolean OR i.person_id = $3::uuid) ORDER BY i.name`,
    [id, access.dues, access.personId],
  );
  // The cell's earlier regular meetings each member was summoned to (exempt members owe nothing there), and what was paid.
  const earlier = await q.query<{ person_id: string; date: string; original_date: string | null; amount_paid: number | null; expected: number | null;
    reason_accepted: boolean | null }>(
    `SELECT i.person_id, em.date::text AS date, em.original_date::text AS original_date, d.amount_paid, d.expected, d.reason_accepted
       FROM meetings em JOIN invitations i ON i.meeting_id = em.id
       LEFT JOIN dues_payments d ON d.meeting_id = em.id AND d.person_id = i.person_id
      WHERE em.org_id = $1 AND em.id <> $2 AND em.date < $3 AND em.status IN ('held', 'approved') AND em.type = ANY ($4::text[])
        AND i.role IN ('member', 'exempt') AND coalesce(i.member_state, 'active') IN ('active', 'temp_exempt')
        AND i.person_id = ANY ($5::uuid[])`,
    [m.org_id, id, m.date, REGULAR_KINDS, rows.map((r) => r.person_id)],
  );
  const { year, month } = parseIsoDate(m.original_date ?? m.date);
  return {
    month: `${String(month).padStart(2, '0')}/${year}`,
    area: s.duesArea,
    items: rows.map((r) => {
      let suggested: number | null = null;
      try {
        suggested = expectedDues(r.dues_category, { area: s.duesArea, ...(r.dues_base !== null ? { baseAmount: r.dues_base } : {}) }, s.duesRates);
      } catch {
        suggested = null; // salaried and pensioners without a declared base: entered with the payment
      }
      const months: DuesMonth[] = earlier.filter((e) => e.person_id === r.person_id).map((e) => {
        const d = parseIsoDate(e.original_date ?? e.date);
        // Recorded expected amount (duesMonthUnpaid); the suggestion only prices a month with nothing recorded.
        return { year: d.year, month: d.month, expected: e.expected ?? (e.amount_paid === null ? suggested : null), paid: e.amount_paid, excused: e.reason_accepted === true };
      });
      const owed = duesArrears(months, year);
      return {
        personId: r.person_id, name: r.name, category: r.dues_category, suggested, paid: r.amount_paid, expected: r.expected ?? suggested,
        note: r.note, unpaidReason: r.unpaid_reason, reasonAccepted: r.reason_accepted === true, arrears: owed.arrears, unpaidMonths: owed.unpaidMonths, level: owed.level,
      };
    }),
  };
}

export async function recordDues(
  db: Db, who: Principal, id: string, personId: string,
  input: { amountPaid: number; expected?: number | null; note?: string | null; unpaidReason?: string | null; reasonAccepted?: boolean },
) {
  rule(() => checkUnpaidReason(input));
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const inv = await q.one<{ name: string; dues_category: DuesCategory; dues_base: number | null }>(
      `SELECT i.name, mb.dues_category, mb.dues_base FROM invitations i JOIN members mb ON mb.person_id = i.person_id
        WHERE i.meeting_id = $1 AND i.person_id = $2 AND i.role IN ('member', 'exempt')`,
      [id, personId],
    );
    if (!inv) throw Invalid('meeting_not_invited', { name: await personName(q, who, personId) });
    let expected = input.expected ?? null;
    if (expected === null) {
      const s = await meetingSettings(q, m.org_path);
      try {
        expected = expectedDues(inv.dues_category, { area: s.duesArea, ...(inv.dues_base !== null ? { baseAmount: inv.dues_base } : {}) }, s.duesRates);
      } catch {
        expected = null;
      }
    }
    await q.query(
      `INSERT INTO dues_payments (meeting_id, person_id, amount_paid, expected, note, recorded_by, unpaid_reason, reason_accepted)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (meeting_id, person_id) DO UPDATE SET amount_paid = $3, expected = $4, note = $5, recorded_by = $6, recorded_at = now(),
         unpaid_reason = CASE WHEN $9 THEN $7 ELSE dues_payments.unpaid_reason END,
         reason_accepted = CASE WHEN $9 THEN $8 ELSE dues_payments.reason_accepted END`,
      // A payment entered without a reason keeps the reason recorded earlier.
      [id, personId, input.amountPaid, expected, input.note?.trim() || null, who.accountId, input.unpaidReason?.trim() || null,
        input.reasonAccepted === true, input.unpaidReason !== undefined || input.reasonAccepted !== undefined],
    );
    await touch(q, id);
    await audit(q, who, {
      action: 'meeting.dues', entity: 'dues_payment', entityId: personId, orgPath: m.org_path, summary: inv.name,
      after: { amountPaid: input.amountPaid, expected, unpaidReason: input.unpaidReason ?? null, reasonAccepted: input.reasonAccepted === true },
    });
    return listDues(q, who, id);
  });
}
