// The schedule of cell meetings: the list (with the coming regular meetings of each cell generated from its
// rule ON READ — a month with no meeting row shows a "virtual" planned meeting; it becomes a row when someone
// plans it, moves it or cancels it), planning a meeting, moving, cancelling and editing it, and the unit's rule.
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { Conflict, Invalid, RuleRefusal } from '../../errors';
import { audit } from '../../audit';
import { getOrg } from '../orgs/service';
import { addDays, daysInMonth, isIsoDate, parseIsoDate, quarterOf, todayVn, toIsoDate } from '../../../domain/dates';
import {
  durationMinutes, meetingMonth, planMeetings, plannedDate, quartersWithoutThematic, REGULAR_KINDS, validateRule, type MeetingType,
} from '../../../domain/meetings/index';
import { checkRange, loadEditable, loadMeeting, meetingSettings, notEarly, orgChain, rule, settingsFrom, type MeetingRow } from './common';
import { autoInvite, personName, refreshRoster, seedAgenda } from './prep';
import { meetingDetail } from './presenters';
import { orgsById } from './queries';
import * as sql from './queries-schedule';

const monthKey = (d: string) => d.slice(0, 7);
const isRegularKind = (t: MeetingType) => REGULAR_KINDS.includes(t);

export type ListItem = {
  id: string | null; virtual: boolean; orgId: string; orgName: string; type: MeetingType; topic: string | null; date: string;
  originalDate: string | null; startTime: string; endTime: string | null; location: string | null; status: string;
  moveReason: string | null; cancelReason: string | null;
  /** The month the meeting belongs to (meetingMonth): a meeting moved into another month stays in its own. */
  month: string;
};

const presentRow = (m: MeetingRow): ListItem => ({
  id: m.id, virtual: false, orgId: m.org_id, orgName: m.org_name, type: m.type, topic: m.topic, date: m.date,
  originalDate: m.original_date, startTime: m.start_time, endTime: m.end_time, location: m.location, status: m.status,
  moveReason: m.move_reason, cancelReason: m.cancel_reason, month: meetingMonth({ date: m.date, originalDate: m.original_date }),
});

/** Meetings of a unit's subtree between two dates, with each active cell's coming regular meetings from its rule. */
export async function listMeetings(db: Db, orgId: string, range: { from: string; to: string }) {
  const { from, to } = range;
  if (!isIsoDate(from)) throw Invalid('date_invalid', { value: from });
  if (!isIsoDate(to)) throw Invalid('date_invalid', { value: to });
  checkRange(from, to);
  const org = await getOrg(db, orgId);
  const rows = await sql.meetingsOfSubtree(db, org.path, from, to);
  // Regular-kind meetings already materialized, by cell and month, so the rule does not show them twice.
  const taken = new Set(rows.filter((m) => isRegularKind(m.type)).map((m) => `${m.org_id}:${monthKey(m.original_date ?? m.date)}`));
  const cells = await sql.activeCells(db, org.path);
  const ancestorIds = [...new Set(cells.flatMap((c) => c.path.split('/').filter(Boolean)))];
  const all = ancestorIds.length ? await orgsById(db, ancestorIds) : [];
  const byId = new Map(all.map((o) => [o.id, o]));
  const items: ListItem[] = rows.map(presentRow);
  const start = from > todayVn() ? from : todayVn();
  if (start <= to) {
    for (const cell of cells) {
      const chain = cell.path.split('/').filter(Boolean).reverse().map((id) => byId.get(id)!).filter(Boolean);
      const s = settingsFrom(chain);
      for (const p of rule(() => planMeetings({ rule: s.rule, from: start, to }))) {
        if (taken.has(`${cell.id}:${monthKey(p.originalDate)}`)) continue;
        items.push({
          id: null, virtual: true, orgId: cell.id, orgName: cell.name, type: 'regular', topic: null, date: p.date,
          originalDate: p.originalDate, startTime: p.time, endTime: null, location: s.location, status: 'planned',
          moveReason: null, cancelReason: null, month: meetingMonth(p),
        });
      }
    }
  }
  items.sort((a, b) => (a.date === b.date ? a.startTime.localeCompare(b.startTime) || a.orgName.localeCompare(b.orgName, 'vi') : a.date < b.date ? -1 : 1));
  // HD 12-HD/BTCTW: at least one thematic meeting a quarter. Every quarter the range touches is judged whole,
  // from all the meetings of that quarter (a thematic meeting on 15/10 covers Q4 in a list from 01/11).
  const warnings: { orgId: string; orgName: string; year: number; quarter: number }[] = [];
  const quarters = quartersOverlapping(from, to);
  if (cells.length && quarters.length) {
    const thematic = await sql.thematicMeetings(db, org.path, quarters[0].start, quarters[quarters.length - 1].end);
    for (const cell of cells) {
      const own = thematic.filter((m) => m.org_id === cell.id);
      for (const { year, quarter } of quarters) {
        if (quartersWithoutThematic(own, year).includes(quarter)) warnings.push({ orgId: cell.id, orgName: cell.name, year, quarter });
      }
    }
  }
  return { items, quartersWithoutThematic: warnings };
}

/** The calendar quarters that overlap [from, to], each with its first and last day. */
export function quartersOverlapping(from: string, to: string): { year: number; quarter: number; start: string; end: string }[] {
  const a = parseIsoDate(from);
  const b = parseIsoDate(to);
  const out: { year: number; quarter: number; start: string; end: string }[] = [];
  for (let i = a.year * 4 + quarterOf(a.month) - 1; i <= b.year * 4 + quarterOf(b.month) - 1; i++) {
    const year = Math.floor(i / 4);
    const quarter = (i % 4) + 1;
    const lastMonth = quarter * 3;
    out.push({
      year, quarter, start: toIsoDate(year, lastMonth - 2, 1), end: toIsoDate(year, lastMonth, daysInMonth(year, lastMonth)),
    });
  }
  return out;
}

export type CreateInput = {
  type: MeetingType; date?: string; originalDate?: string; startTime?: string; location?: string | null; topic?: string | null;
  reason?: string | null;
};

/** Plans a meeting of a cell: regular-kind meetings belong to a month of the rule; the others need a date. */
export async function createMeeting(db: Db, who: Principal, orgId: string, input: CreateInput) {
  return db.tx(async (q) => {
    const org = await getOrg(q, orgId);
    if (org.kind !== 'cell') throw Invalid('meeting_org_not_cell');
    if (org.status !== 'active') throw Conflict('org_inactive');
    const s = await meetingSettings(q, org.path);
    for (const d of [input.date, input.originalDate]) if (d !== undefined && !isIsoDate(d)) throw Invalid('date_invalid', { value: d });
    let originalDate: string | null = null;
    let date = input.date;
    if (isRegularKind(input.type)) {
      const base = parseIsoDate(input.originalDate ?? input.date ?? todayVn());
      originalDate = input.originalDate ?? plannedDate(base.year, base.month, s.rule.dayOfMonth);
      date = date ?? originalDate;
      const other = await sql.regularMeetingOfMonth(q, orgId, monthKey(originalDate));
      if (other) {
        const { year, month } = parseIsoDate(originalDate);
        throw Conflict('meeting_month_taken', { month: `${String(month).padStart(2, '0')}/${year}` });
      }
    }
    if (!date) throw Invalid('date_invalid', { value: '' });
    const moved = originalDate !== null && date !== originalDate;
    const reason = input.reason?.trim() || null;
    if (moved && !reason) throw Invalid('meeting_move_reason');
    const startTime = input.startTime ?? s.rule.time;
    rule(() => validateRule({ dayOfMonth: 1, time: startTime }));
    const id = await sql.insertMeeting(q, {
      orgId, type: input.type, topic: input.topic?.trim() || null, originalDate, date, startTime, location: input.location ?? s.location,
      status: moved ? 'moved' : 'planned', moveReason: moved ? reason : null, quorum: s.quorum, createdBy: who.accountId,
    });
    const meeting = await loadMeeting(q, id);
    await autoInvite(q, meeting);
    await seedAgenda(q, meeting);
    await audit(q, who, {
      action: 'meeting.create', entity: 'meeting', entityId: id, orgPath: org.path, summary: `${org.name} ${date}`,
      after: { type: input.type, date, originalDate, startTime, moved, reason },
    });
    return meetingDetail(q, who, id);
  });
}

export type UpdateInput = {
  type?: MeetingType; topic?: string | null; date?: string; startTime?: string; endTime?: string | null; location?: string | null;
  chairId?: string | null; recorderId?: string | null; documents?: string[]; status?: 'held' | 'cancelled'; reason?: string | null;
  earlyReason?: string | null;
};

/** Edits, moves (a new date with a reason), cancels (with a reason) or marks a meeting held. */
export async function updateMeeting(db: Db, who: Principal, id: string, input: UpdateInput) {
  return db.tx(async (q) => {
    const before = await loadEditable(q, id);
    const reason = input.reason?.trim() || null;
    const changes: Record<string, unknown> = {};
    const set = (col: sql.MeetingColumn, v: unknown) => {
      changes[col] = v;
    };
    if (input.date !== undefined && input.date !== before.date) {
      if (!isIsoDate(input.date)) throw Invalid('date_invalid', { value: input.date });
      const held = before.status === 'held';
      const backToRule = before.original_date !== null && input.date === before.original_date;
      // Re-dating a meeting already held changes the record: it always needs a reason, kept with the history.
      if ((held || !backToRule) && !reason) throw Invalid('meeting_move_reason');
      set('date', input.date);
      if (before.status === 'planned' || before.status === 'moved') {
        set('status', backToRule ? 'planned' : 'moved');
        set('move_reason', backToRule ? null : reason);
      } else {
        set('move_reason', reason);
      }
      await sql.insertMove(q, {
        meetingId: id, fromDate: before.date, toDate: input.date, fromTime: before.start_time, toTime: input.startTime ?? before.start_time,
        reason: reason ?? 'Trở lại ngày theo quy định', statusAtMove: before.status, movedBy: who.accountId,
      });
    }
    if (input.earlyReason !== undefined) set('early_reason', input.earlyReason?.trim() || null);
    if (input.type !== undefined) set('type', input.type);
    if (input.topic !== undefined) set('topic', input.topic?.trim() || null);
    if (input.location !== undefined) set('location', input.location?.trim() || null);
    if (input.documents !== undefined) set('documents', JSON.stringify(input.documents.map((d) => d.trim()).filter(Boolean)));
    const start = input.startTime ?? before.start_time;
    const end = input.endTime === undefined ? before.end_time : input.endTime;
    if (input.startTime !== undefined || input.endTime !== undefined) {
      rule(() => validateRule({ dayOfMonth: 1, time: start }));
      if (end) rule(() => durationMinutes(start, end));
      set('start_time', start);
      set('end_time', end);
    }
    for (const [key, col] of [['chairId', 'chair_id'], ['recorderId', 'recorder_id']] as const) {
      const personId = input[key];
      if (personId === undefined) continue;
      if (personId !== null) await requireSummoned(q, who, id, personId);
      set(col, personId);
    }
    if (input.status === 'cancelled') {
      if (!reason) throw Invalid('meeting_cancel_reason');
      set('status', 'cancelled');
      set('cancel_reason', reason);
    } else if (input.status === 'held') {
      notEarly({ date: input.date ?? before.date, early_reason: input.earlyReason === undefined ? before.early_reason : input.earlyReason });
      set('status', 'held');
    }
    await sql.updateMeetingColumns(q, id, changes);
    const after = await loadMeeting(q, id);
    // Moved and still to be held: the roster stored is the new date's, the one its readers are shown from now on.
    if (after.date !== before.date) await refreshRoster(q, after);
    const action = input.status === 'cancelled' ? 'meeting.cancel' : after.date !== before.date ? 'meeting.move' : 'meeting.update';
    await audit(q, who, {
      action, entity: 'meeting', entityId: id, orgPath: before.org_path, summary: reason ?? undefined,
      before: pickCols(before), after: pickCols(after),
    });
    return meetingDetail(q, who, id);
  });
}

const pickCols = (m: MeetingRow) => ({
  type: m.type, topic: m.topic, date: m.date, startTime: m.start_time, endTime: m.end_time, location: m.location, status: m.status,
  moveReason: m.move_reason, cancelReason: m.cancel_reason, chairId: m.chair_id, recorderId: m.recorder_id, documents: m.documents,
});

/** Chair and recorder come from those summoned (members, exempt members who came, the committee member in charge). */
export async function requireSummoned(q: Queryable, who: Principal, meetingId: string, personId: string) {
  if (!(await sql.summonedRole(q, meetingId, personId))) {
    throw Invalid('meeting_not_invited', { name: await personName(q, who, personId) });
  }
}

/** The unit's meeting rule as it applies (inherited), and its own settings. */
export async function getMeetingRule(db: Db, orgId: string) {
  const org = await getOrg(db, orgId);
  const chain = await orgChain(db, org.path);
  const s = settingsFrom(chain);
  const next = rule(() => planMeetings({ rule: s.rule, from: todayVn(), to: addDays(todayVn(), 62) }))[0] ?? null;
  return {
    orgId, dayOfMonth: s.rule.dayOfMonth, time: s.rule.time, inheritedFrom: s.ruleSource,
    own: { dayOfMonth: (org.settings.meetingDay as number | undefined) ?? null, time: (org.settings.meetingTime as string | undefined) ?? null },
    quorum: s.quorum, nextDate: next?.date ?? null,
    documents: { docSuffix: s.docSuffix, signOnBehalf: s.signOnBehalf, numberingBy: s.numberingBy, termStart: s.termStart ?? null },
    minDuration: { regular: s.minDuration.regular!, combined: s.minDuration.combined! },
    dues: { area: s.duesArea, rates: s.duesRates },
  };
}

/** Sets (or clears, with null) the unit's own meeting and document settings; units below inherit them. */
export async function setMeetingRule(
  db: Db, who: Principal, orgId: string,
  input: {
    dayOfMonth?: number | null; time?: string | null; quorum?: { num: number; den: number } | null;
    docSuffix?: string | null; signOnBehalf?: string | null; numberingBy?: 'year' | 'term' | null; termStart?: string | null;
    minDuration?: { regular?: number; combined?: number } | null;
    duesArea?: string | null;
    duesRates?: Record<string, unknown> | null;
  },
) {
  await db.tx(async (q) => {
    const org = await getOrg(q, orgId);
    const settings = { ...org.settings };
    const apply = (key: string, v: unknown) => {
      if (v === undefined) return;
      if (v === null) delete settings[key];
      else settings[key] = v;
    };
    apply('meetingDay', input.dayOfMonth);
    apply('meetingTime', input.time);
    apply('quorum', input.quorum);
    apply('docSuffix', input.docSuffix);
    apply('signOnBehalf', input.signOnBehalf);
    apply('numberingBy', input.numberingBy);
    apply('termStart', input.termStart);
    apply('minDuration', input.minDuration);
    apply('duesArea', input.duesArea);
    apply('duesRates', input.duesRates);
    rule(() => validateRule({ dayOfMonth: (settings.meetingDay as number) ?? 3, time: (settings.meetingTime as string) ?? '08:00' }));
    if (input.quorum && (input.quorum.num > input.quorum.den || input.quorum.num < 1)) {
      throw new RuleRefusal(400, 'meeting_rule', 'invalid_quorum', input.quorum);
    }
    await sql.saveOrgSettings(q, orgId, settings);
    await audit(q, who, {
      action: 'meeting.rule', entity: 'org', entityId: orgId, orgPath: org.path, summary: org.name,
      before: Object.fromEntries(
        ['meetingDay', 'meetingTime', 'quorum', 'docSuffix', 'signOnBehalf', 'numberingBy', 'termStart', 'minDuration', 'duesArea', 'duesRates'].map((k) => [k, org.settings[k] ?? null]),
      ),
      after: input,
    });
  });
  return getMeetingRule(db, orgId);
}
