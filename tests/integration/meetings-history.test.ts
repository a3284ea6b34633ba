import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS, freshDb } from '../support/db';
import type { Db } from '../../src/server/db/index';
import type { Principal } from '../../src/server/auth/policy';
import { AppError } from '../../src/server/errors';
import { recordHistory, type MeetingHistory } from '../../src/server/modules/meetings/history';
import { loadMeeting } from '../../src/server/modules/meetings/common';
import { meetingDetail } from '../../src/server/modules/meetings/presenters';
import { updatePreparation } from '../../src/server/modules/meetings/prep';
import { generateDemo, loadDemo } from '../../src/server/demo/index';
import { actorOf } from '../../src/server/demo/actors';

/**
 * A commune enters the meetings its cells held on paper (recordHistory): each record is judged by the rules the phase
 * services apply, at its own time; a history with one record the rules refuse is refused whole, with the rule's code.
 */
const d = generateDemo();
const cell = d.cellIds['phieng-loi'];

/** Phiêng Lơi's meetings with every record of them. */
function cellHistory(): MeetingHistory {
  const { absentees: _a, ...all } = structuredClone(d.meetings);
  const ids = new Set(all.meetings.filter((m) => m.org_id === cell).map((m) => m.id));
  const mine = <T extends { meeting_id: string }>(rows: T[]) => rows.filter((r) => ids.has(r.meeting_id));
  return {
    meetings: all.meetings.filter((m) => ids.has(m.id)), meetingPreparation: mine(all.meetingPreparation), agendaItems: mine(all.agendaItems),
    invitations: mine(all.invitations), attendance: mine(all.attendance), speeches: mine(all.speeches), votes: mine(all.votes),
    duesPayments: mine(all.duesPayments), meetingScores: mine(all.meetingScores), minutesVersions: mine(all.minutesVersions),
    minutesAddenda: mine(all.minutesAddenda), documentNumbers: mine(all.documentNumbers),
  };
}

async function refusal(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(() => null, (x: unknown) => x);
  expect(e).toBeInstanceOf(AppError);
  return e as AppError;
}

describe.each(DB_KINDS)('a meeting history entered at once (%s)', (kind) => {
  let db: Db;
  let admin: Principal;
  const count = async (table: string) => (await db.one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))!.n;

  beforeAll(async () => {
    db = await freshDb(kind);
    await loadDemo(db, d, { meetings: false });
    admin = await actorOf(db, d, 'admin');
  }, 240_000);
  afterAll(async () => db?.close());

  const held = (h: MeetingHistory) => h.meetings.find((m) => m.status === 'approved')!;

  it('refuses a vote whose result is not what the roll call gives, and writes nothing', async () => {
    const h = cellHistory();
    const v = h.votes.find((x) => x.meeting_id === held(h).id)!;
    v.base += 1;
    const e = await refusal(recordHistory(db, admin, h));
    expect(e.code).toBe('meeting_history_mismatch');
    expect(e.localized('en')).toMatch(/vote ".*" says \d+, the rules give \d+/);
    expect(await count('meetings')).toBe(0);
  });

  it('refuses more votes for than official members present', async () => {
    const h = cellHistory();
    const v = h.votes.find((x) => x.meeting_id === held(h).id)!;
    v.votes_for = v.eligible + 1;
    expect((await refusal(recordHistory(db, admin, h))).code).toBe('vote_exceeds_eligible');
  });

  it('refuses an excused absence without its reason', async () => {
    const h = cellHistory();
    const a = h.attendance.find((x) => x.status === 'absent_excused')!;
    a.reason = ' ';
    expect((await refusal(recordHistory(db, admin, h))).code).toBe('attendance_reason_required');
  });

  it('refuses a roll call recorded before the meeting’s day', async () => {
    const h = cellHistory();
    const m = held(h);
    const a = h.attendance.find((x) => x.meeting_id === m.id)!;
    a.recorded_at = new Date(Date.parse(a.recorded_at) - 3 * 86_400_000).toISOString();
    expect((await refusal(recordHistory(db, admin, h))).code).toBe('meeting_not_yet');
  });

  it('refuses a score whose total is not its scheme’s, and a number issued twice', async () => {
    const h = cellHistory();
    h.meetingScores[0].total += 5;
    expect((await refusal(recordHistory(db, admin, h))).code).toBe('meeting_history_mismatch');
    const again = cellHistory();
    const bb = again.documentNumbers.filter((n) => n.doc_type === 'BB').sort((a, b) => a.seq - b.seq);
    bb[1].seq = bb[0].seq;
    const e = await refusal(recordHistory(db, admin, again));
    expect([e.code, e.params.what]).toEqual(['meeting_history_mismatch', 'số BB']);
  });

  it('refuses approved minutes without a resolution vote, or without a recorder', async () => {
    const h = cellHistory();
    const m = held(h);
    h.votes.find((x) => x.meeting_id === m.id && x.is_resolution)!.is_resolution = false;
    expect((await refusal(recordHistory(db, admin, h))).code).toBe('resolution_vote_missing');
    const h2 = cellHistory();
    held(h2).recorder_id = null;
    expect((await refusal(recordHistory(db, admin, h2))).code).toBe('meeting_needs_chair_recorder');
  });

  it('enters a valid history as it stood: one audit entry per meeting, the meeting readable as the service reads it', async () => {
    const h = cellHistory();
    const before = await count('audit_log');
    expect(await recordHistory(db, admin, h)).toEqual({ meetings: h.meetings.length });
    expect(await count('meetings')).toBe(h.meetings.length);
    expect(await count('attendance')).toBe(h.attendance.length);
    expect(await count('document_numbers')).toBe(h.documentNumbers.length);
    expect(await count('audit_log')).toBe(before + h.meetings.length);
    const m = held(h);
    expect(await loadMeeting(db, m.id)).toMatchObject({ status: 'approved', date: m.date, chair_id: m.chair_id });
    // Entering it again would issue its numbers a second time.
    expect((await refusal(recordHistory(db, admin, cellHistory()))).code).toBe('meeting_history_mismatch');
  });

  it('shows a planned meeting’s roster as it stands without writing it; the next write stores the same roster, the same ids', async () => {
    const m = cellHistory().meetings.find((x) => x.status === 'planned')!;
    const stored = await db.query<{ id: string; person_id: string; role: string }>('SELECT id, person_id, role FROM invitations WHERE meeting_id = $1', [m.id]);
    const member = stored.find((i) => i.role === 'member' && i.person_id !== m.chair_id && i.person_id !== m.recorder_id)!;
    // A member exempted since the planning, and a member of another cell attending here temporarily.
    await db.query(`UPDATE members SET state = 'exempt' WHERE person_id = $1`, [member.person_id]);
    const visitor = (await db.one<{ person_id: string }>(
      `SELECT ms.person_id FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id
        WHERE ms.org_id <> $1 AND ms.kind = 'official' AND ms.ended_on IS NULL AND mb.state = 'active' LIMIT 1`, [cell]))!.person_id;
    await db.query(`INSERT INTO memberships (person_id, org_id, kind, started_on) VALUES ($1, $2, 'temporary', $3)`, [visitor, cell, m.date]);
    const audited = await count('audit_log');
    const shown = await meetingDetail(db, admin, m.id);
    const inv = (personId: string) => shown.invitations.find((i) => i.personId === personId)!;
    expect(inv(member.person_id)).toMatchObject({ role: 'exempt', memberState: 'exempt' });
    expect(inv(visitor)).toMatchObject({ role: 'member' });
    // Nothing written by reading it.
    expect(await db.query('SELECT id, person_id, role FROM invitations WHERE meeting_id = $1', [m.id])).toEqual(stored);
    expect(await count('audit_log')).toBe(audited);
    // The first write stores the roster that was shown, with the ids that were shown.
    await updatePreparation(db, admin, m.id, { note: 'Chi ủy họp thống nhất nội dung' });
    const after = await db.query<{ id: string; person_id: string; role: string }>('SELECT id, person_id, role FROM invitations WHERE meeting_id = $1', [m.id]);
    expect(after.find((i) => i.person_id === member.person_id)?.role).toBe('exempt');
    expect(after.find((i) => i.person_id === visitor)?.id).toBe(inv(visitor).id);
    expect((await meetingDetail(db, admin, m.id)).invitations).toEqual(shown.invitations);
  });
});
