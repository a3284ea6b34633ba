// A person's meetings ("my meetings"), a member's attendance history with the absence rule, and the
// iCalendar feeds (per person, per unit) behind secret tokens. Feeds are emitted in UTC.
import crypto from 'node:crypto';
import ical, { ICalEventStatus } from 'ical-generator';
import type { Db, Queryable } from '../../db/index';
import { can, ROLE_ACTIONS, type Principal } from '../../auth/policy';
import { accountGrants } from '../../auth/sessions';
import { Forbidden, Invalid, NotFound } from '../../errors';
import { audit } from '../../audit';
import { addDays, isIsoDate, parseIsoDate, todayVn, vnLocalToInstant } from '../../../domain/dates';
import {
  meetingMonth,
  absenceStatus, DEFAULT_MINIMUM_MINUTES, longestExcusedStreak, MAX_EXCUSED_STREAK, MEETING_TYPE_LABELS, type AttendanceStatus,
  type MeetingType,
} from '../../../domain/meetings/index';
import { listMeetings, type ListItem } from './schedule';
import { checkRange } from './common';
import { liveInvitations } from './roster';
import * as sql from './queries-personal';

/** Meetings a person is summoned to, and the coming ones of their cell that the rule generates. */
export async function personMeetings(db: Db, personId: string, from: string, to: string): Promise<(ListItem & { role: string | null })[]> {
  if (!isIsoDate(from) || !isIsoDate(to)) throw Invalid('date_invalid', { value: `${from} – ${to}` });
  checkRange(from, to);
  const invited = await sql.invitedMeetings(db, personId, from, to);
  // A planned meeting summons whom its live roster lists, the one the meeting page shows (liveInvitations), unwritten.
  for (const { chairId, recorderId, ...m } of await sql.plannedMeetingsNear(db, personId, from, to)) {
    const roster = await liveInvitations(db, { id: m.id, status: m.status, org_id: m.orgId, date: m.date, chair_id: chairId, recorder_id: recorderId });
    const mine = roster.find((i) => i.person_id === personId);
    if (mine) invited.push({ ...m, role: mine.role });
  }
  const cells = await sql.unitsFollowed(db, personId);
  const out: (ListItem & { role: string | null })[] = invited.map((m) => ({ ...m, month: meetingMonth(m) }));
  for (const c of cells) {
    // The cell's coming meetings that the rule generates (not yet planned, so nobody is summoned yet).
    for (const m of (await listMeetings(db, c.org_id, { from, to })).items) if (m.virtual) out.push({ ...m, role: null });
  }
  return out.sort((a, b) => (a.date === b.date ? a.startTime.localeCompare(b.startTime) : a.date < b.date ? -1 : 1));
}

/** A member's attendance at held meetings, and the absence rule (warning at 2, flag at 3 months without reason in a year). */
export async function attendanceHistory(db: Db, personId: string, year: number) {
  const rows = await sql.heldAttendanceOf(db, personId);
  const records = rows.filter((r) => r.role === 'member').map((r) => ({
    date: r.date, ...(r.original_date ? { originalDate: r.original_date } : {}), status: r.status ?? 'not_recorded' as const, type: r.type,
  }));
  const { message: _worded, ...absence } = absenceStatus(records, year); // the wire carries the rule's parameters, each screen words them
  const streak = longestExcusedStreak(records, year);
  return {
    personId, year, absence,
    excusedStreak: { longest: streak, tooLong: streak > MAX_EXCUSED_STREAK },
    // The year's meetings (by the month they belong to, even when moved); the rule is counted on the same set.
    items: rows.filter((r) => (r.original_date ?? r.date).startsWith(`${year}-`)).map((r) => ({
      meetingId: r.meeting_id, date: r.date, originalDate: r.original_date, type: r.type, orgName: r.org_name, exempt: r.role === 'exempt',
      status: r.status ?? 'not_recorded', reason: r.reason,
    })),
  };
}

// Calendar feeds.

const digest = (token: string) => crypto.createHash('sha256').update(token).digest('hex');

export async function listFeeds(db: Db, who: Principal) {
  const rows = await sql.feedsOf(db, who.accountId);
  return rows.map((r) => ({ id: r.id, kind: r.kind, subjectId: r.subject_id, createdAt: new Date(r.created_at).toISOString() }));
}

/** A secret calendar URL for the caller's own meetings, or for a unit they may read. The token is shown once. */
export async function createFeed(db: Db, who: Principal, input: { kind: 'person' | 'org'; orgId?: string }) {
  let subjectId: string;
  let orgPath: string | null = null;
  if (input.kind === 'person') {
    if (!who.personId) throw Invalid('person_not_found');
    subjectId = who.personId;
  } else {
    const o = input.orgId ? await sql.orgPath(db, input.orgId) : undefined;
    if (!o) throw NotFound('org_not_found');
    if (!can(who, 'meeting.read', { orgPath: o.path })) throw Forbidden();
    subjectId = input.orgId!;
    orgPath = o.path;
  }
  const token = crypto.randomBytes(24).toString('base64url');
  const id = await db.tx(async (q) => {
    const feedId = await sql.insertFeed(q, { tokenHash: digest(token), kind: input.kind, subjectId, accountId: who.accountId });
    await audit(q, who, { action: 'calendar.create', entity: 'calendar_feed', entityId: feedId, orgPath, summary: input.kind });
    return feedId;
  });
  return { id, kind: input.kind, subjectId, token, path: `/api/calendar/${token}.ics` };
}

export async function revokeFeed(db: Db, who: Principal, feedId: string) {
  await db.tx(async (q) => {
    if (!(await sql.revokeFeed(q, feedId, who.accountId))) throw NotFound('calendar_not_found');
    await audit(q, who, { action: 'calendar.revoke', entity: 'calendar_feed', entityId: feedId, orgPath: await sql.feedPath(q, feedId) });
  });
  return { ok: true };
}

/**
 * A feed serves only what its owner may read today, checked at every fetch: a person's feed while the
 * account is still that person's, a unit's feed while one of the account's grants still reads the unit's
 * meetings. A feed whose owner lost the grant serves nothing (and comes back if the grant does).
 */
async function feedStillAllowed(q: Queryable, feed: sql.FeedRow): Promise<boolean> {
  if (feed.kind === 'person') return feed.person_id === feed.subject_id;
  if (!feed.org_path) return false;
  const grants = await accountGrants(q, feed.account_id);
  return grants.some((g) => g.role === 'admin' || (g.orgPath !== null && feed.org_path!.startsWith(g.orgPath) && ROLE_ACTIONS[g.role].includes('meeting.read')));
}

/** The iCalendar text of a feed: 3 months back, 12 months ahead; times in UTC (correct for Asia/Ho_Chi_Minh). */
export async function renderFeed(db: Db, token: string): Promise<string> {
  const feed = await sql.feedByToken(db, digest(token));
  if (!feed || feed.disabled_at || !(await feedStillAllowed(db, feed))) throw NotFound('calendar_not_found');
  const from = addDays(todayVn(), -92);
  const to = addDays(todayVn(), 366);
  const items = feed.kind === 'person'
    ? await personMeetings(db, feed.subject_id, from, to)
    : (await listMeetings(db, feed.subject_id, { from, to })).items;
  const name = feed.kind === 'person' ? await sql.personName(db, feed.subject_id) : await sql.orgName(db, feed.subject_id);
  const cal = ical({ name: `Sinh hoạt chi bộ — ${name ?? ''}`, prodId: { company: 'chibo', product: 'chibo', language: 'VI' } });
  for (const m of items) {
    const start = vnLocalToInstant(m.date, m.startTime);
    const end = m.endTime && m.endTime > m.startTime
      ? vnLocalToInstant(m.date, m.endTime)
      : new Date(start.getTime() + (DEFAULT_MINIMUM_MINUTES[m.type] ?? 90) * 60_000);
    const { month, year } = parseIsoDate(m.originalDate ?? m.date);
    const moved = m.status === 'moved' && m.moveReason ? `\nDời lịch: ${m.moveReason}` : '';
    cal.createEvent({
      id: m.id ? `${m.id}@chibo` : `plan-${m.orgId}-${m.originalDate}@chibo`,
      start, end,
      summary: `${MEETING_TYPE_LABELS[m.type]} tháng ${String(month).padStart(2, '0')}/${year} — ${m.orgName}`,
      description: `${m.topic ? `Chuyên đề: ${m.topic}\n` : ''}${m.virtual ? 'Dự kiến theo lịch sinh hoạt của chi bộ.' : ''}${moved}`.trim(),
      location: m.location ?? undefined,
      status: m.status === 'cancelled' ? ICalEventStatus.CANCELLED : m.virtual ? ICalEventStatus.TENTATIVE : ICalEventStatus.CONFIRMED,
    });
  }
  return cal.toString();
}
