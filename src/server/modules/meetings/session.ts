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
  checkUnpaidReason, duesArrears, eligibleVoters, expectedDues, REGULAR_KINDS, validateVote, voteOutcome, votingBase, type AttendanceRow, type DuesCategory, type DuesMonth,
} from '../../../domain/meetings/index';
import { loadEditable, loadMeeting, MEETING_CAPS, meetingAccess, meetingSettings, notEarly, rule, touch, type MeetingSettings } from './common';
import { loadInvitations, meetingDetail, refreshVotes, rollCallRows } from './presenters';
import { liveInvitations, personName, refreshRoster } from './prep';
import * as sql from './queries-session';

export const ATTENDANCE_STATUSES = ['present', 'late', 'left_early', 'absent_excused', 'absent_unexcused'] as const;
/** A roll-call mark as the route's schema takes it. */
export type RollCallInput = Static<typeof AttendanceBody>;

/** A roll-call mark's reason as stored: an excused absence needs one. */
export function markReason(input: { status: string; reason?: string | null }): string | null {
  const reason = input.reason?.trim() || null;
  if (input.status === 'absent_excused' && !reason) throw Invalid('attendance_reason_required');
  return reason;
}

async function mark(q: Queryable, who: Principal | null, meetingId: string, invitationId: string, input: RollCallInput, method: 'manual' | 'qr') {
  const reason = markReason(input);
  await sql.upsertAttendance(q, { invitationId, meetingId, status: input.status, reason, method, recordedBy: who?.accountId ?? null });
  // Once the roll call starts, the meeting is being held.
  await sql.markHeld(q, meetingId);
  // Votes follow the roll call: their base and result are those of the attendance as it now stands.
  await refreshVotes(q, meetingId);
}

/** Roll call of one person: only someone summoned or invited can be marked. */
export async function rollCall(db: Db, who: Principal, id: string, personId: string, input: RollCallInput) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    notEarly(m);
    const inv = await sql.invitationOfPerson(q, id, personId);
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
    const open = await sql.unmarkedSummons(q, id);
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
    const inv = await sql.invitationById(q, id, invitationId);
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
    await sql.setCheckinToken(q, id, token);
    await audit(q, who, { action: 'meeting.checkin_token', entity: 'meeting', entityId: id, orgPath: m.org_path });
    return { token, path: `/checkin/${token}` };
  });
}

/** Self check-in: the logged-in person, summoned to the meeting whose QR code they scanned, is marked present. */
export async function checkin(db: Db, who: Principal, token: string) {
  return db.tx(async (q) => {
    const m = await sql.meetingByCheckinToken(q, token);
    if (!m || m.status === 'approved' || m.status === 'cancelled') throw Invalid('checkin_invalid');
    notEarly(await loadMeeting(q, m.id));
    await refreshRoster(q, await loadMeeting(q, m.id));
    const inv = who.personId
      ? await sql.invitationOfPerson(q, m.id, who.personId)
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
    const inv = await sql.invitationOfPerson(q, meetingId, input.speakerPersonId);
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
    if (!(await sql.agendaItemExists(q, id, input.agendaItemId))) throw NotFound();
    if ((await sql.speechCount(q, id)) >= MEETING_CAPS.speeches) throw Conflict('meeting_too_many', { what: 'ý kiến phát biểu', whatEn: 'speeches', max: MEETING_CAPS.speeches });
    const speaker = await speakerOf(q, who, id, input);
    const speechId = await sql.insertSpeech(q, { meetingId: id, agendaItemId: input.agendaItemId, personId: speaker.personId, name: speaker.name, gist: input.gist.trim() });
    await touch(q, id);
    await audit(q, who, { action: 'meeting.speech_add', entity: 'speech', entityId: speechId, orgPath: m.org_path, summary: speaker.name, after: input });
    return meetingDetail(q, who, id);
  });
}

export async function updateSpeech(db: Db, who: Principal, id: string, speechId: string, input: Partial<SpeechInput>) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const before = await sql.speech(q, id, speechId);
    if (!before) throw NotFound();
    const speaker = input.speakerPersonId !== undefined || input.speakerName !== undefined ? await speakerOf(q, who, id, input) : null;
    await sql.updateSpeech(q, id, speechId, { gist: input.gist?.trim() ?? null, speaker });
    await touch(q, id);
    await audit(q, who, { action: 'meeting.speech_update', entity: 'speech', entityId: speechId, orgPath: m.org_path, before, after: input });
    return meetingDetail(q, who, id);
  });
}

export async function deleteSpeech(db: Db, who: Principal, id: string, speechId: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const speech = await sql.speech(q, id, speechId);
    if (!speech) throw NotFound();
    const before = { speaker_name: speech.speaker_name, gist: speech.gist };
    await sql.deleteSpeech(q, speechId);
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
 * A vote's counts against the roll call: no more than the official members present (probationary members do not
 * vote); its base (the official members summoned) and whether it passed (more than half of the base).
 */
export function countVote(counts: { for: number; against: number; other: number }, rows: AttendanceRow[]) {
  const eligible = eligibleVoters(rows);
  rule(() => validateVote(counts, eligible));
  const outcome = voteOutcome(counts, votingBase(rows));
  return { base: outcome.base, eligible, passed: outcome.passed };
}

/**
 * Records a vote. The counts may not exceed the official members present (probationary members do not vote);
 * it passes only with more than half of the official members summoned (the voting base), not of those present.
 */
export async function addVote(db: Db, who: Principal, id: string, input: VoteInput) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    notEarly(m);
    if (input.agendaItemId) {
      if (!(await sql.agendaItemExists(q, id, input.agendaItemId))) throw NotFound();
    }
    const rows = rollCallRows(await loadInvitations(q, id));
    const { base, eligible, passed } = countVote({ for: input.for, against: input.against, other: input.other }, rows);
    const voteId = await sql.insertVote(q, {
      meetingId: id, agendaItemId: input.agendaItemId ?? null, subject: input.subject.trim(), method: input.method, base, eligible,
      for: input.for, against: input.against, other: input.other, passed, isResolution: input.isResolution === true,
    });
    await touch(q, id);
    await audit(q, who, {
      action: 'meeting.vote', entity: 'vote', entityId: voteId, orgPath: m.org_path, summary: input.subject,
      after: { ...input, base, eligible, passed, isResolution: input.isResolution === true },
    });
    return meetingDetail(q, who, id);
  });
}

export async function deleteVote(db: Db, who: Principal, id: string, voteId: string) {
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const before = await sql.vote(q, id, voteId);
    if (!before) throw NotFound();
    await sql.deleteVote(q, voteId);
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
  // The members as the meeting's roster lists them: for a planned meeting the live roster the meeting page shows.
  const members = (await liveInvitations(q, m)).filter((i) => (i.role === 'member' || i.role === 'exempt') && i.person_id !== null
    && (access.dues || i.person_id === access.personId));
  const rows = await sql.duesLines(q, id, members.map((i) => ({ personId: i.person_id!, name: i.name })));
  // The cell's earlier regular meetings each member was summoned to (exempt members owe nothing there), and what was paid.
  const earlier = await sql.earlierDues(q, m, rows.map((r) => r.person_id));
  const { year, month } = parseIsoDate(m.original_date ?? m.date);
  return {
    month: `${String(month).padStart(2, '0')}/${year}`,
    area: s.duesArea,
    items: rows.map((r) => {
      const suggested = suggestedDues(r, s);
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

/**
 * A member's monthly dues from their category, the unit's area and rates (QĐ 342-QĐ/TW); null for salaried members
 * and pensioners without a declared base (their amount is entered with the payment).
 */
export function suggestedDues(payer: { dues_category: DuesCategory; dues_base: number | null }, s: Pick<MeetingSettings, 'duesArea' | 'duesRates'>): number | null {
  try {
    return expectedDues(payer.dues_category, { area: s.duesArea, ...(payer.dues_base !== null ? { baseAmount: payer.dues_base } : {}) }, s.duesRates);
  } catch {
    return null;
  }
}

export async function recordDues(
  db: Db, who: Principal, id: string, personId: string,
  input: { amountPaid: number; expected?: number | null; note?: string | null; unpaidReason?: string | null; reasonAccepted?: boolean },
) {
  rule(() => checkUnpaidReason(input));
  return db.tx(async (q) => {
    const m = await loadEditable(q, id);
    const inv = await sql.duesPayer(q, id, personId);
    if (!inv) throw Invalid('meeting_not_invited', { name: await personName(q, who, personId) });
    const expected = input.expected ?? suggestedDues(inv, await meetingSettings(q, m.org_path));
    await sql.upsertDues(q, {
      meetingId: id, personId, amountPaid: input.amountPaid, expected, note: input.note?.trim() || null, recordedBy: who.accountId,
      // A payment entered without a reason keeps the reason recorded earlier.
      reason: input.unpaidReason !== undefined || input.reasonAccepted !== undefined
        ? { unpaidReason: input.unpaidReason?.trim() || null, accepted: input.reasonAccepted === true } : null,
    });
    await touch(q, id);
    await audit(q, who, {
      action: 'meeting.dues', entity: 'dues_payment', entityId: personId, orgPath: m.org_path, summary: inv.name,
      after: { amountPaid: input.amountPaid, expected, unpaidReason: input.unpaidReason ?? null, reasonAccepted: input.reasonAccepted === true },
    });
    return listDues(q, who, id);
  });
}
