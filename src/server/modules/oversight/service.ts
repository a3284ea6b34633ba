// The committee members in charge of cells (QĐ 296-QĐ/TW 2025, ongoing supervision): the cells each is
// assigned, those cells' meetings and whether he attended (the roll call), his observation after each
// attended meeting, what waits for him, and the commune's month view of cells with no one from the committee.
import { isPresentStatus } from '../../../domain/meetings/index';
import type { Db } from '../../db/index';
import { can, scopesFor, type Principal } from '../../auth/policy';
import { Conflict, NotFound } from '../../errors';
import { audit } from '../../audit';
import { daysInMonth, todayVn, addDays } from '../../../domain/dates';
import { loadMeeting } from '../meetings/common';
import * as Q from './queries';
import { observationItem, type ObservationInput } from './presenters';

const HELD = ['held', 'approved'];

/**
 * A person's cells and their meetings of the year, with his attendance and observations. He sees his own;
 * others see the cells their oversight.read grants cover (a leader: the whole commune; a member: nothing).
 */
export async function observationsOf(db: Db, who: Principal, personId: string, year: number) {
  const person = await Q.personName(db, personId);
  if (!person) throw NotFound('person_not_found');
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const self = who.personId === personId;
  const scopes = scopesFor(who, 'oversight.read');
  const visible = (path: string) => self || scopes === null || scopes.some((s) => path.startsWith(s));
  const paths = new Map((await Q.cellPaths(db)).map((o) => [o.id, o.path]));
  const cells = (await Q.assignments(db, personId, from, to)).filter((a) => visible(paths.get(a.org_id) ?? ''));
  const rows = (await Q.overseenMeetings(db, personId, from, to, HELD)).filter((m) => visible(paths.get(m.org_id) ?? ''));
  return {
    personId, fullName: person.full_name, year,
    cells: cells.map((c) => ({ orgId: c.org_id, orgName: c.org_name, startedOn: c.started_on, endedOn: c.ended_on })),
    items: rows.map(observationItem),
  };
}

/**
 * Writes (or rewrites) the observation after a meeting. Only the committee member in charge of the cell, and
 * only for a held meeting the roll call says he attended. `at`: when it was written (now unless the caller
 * records an earlier day: the demo's year).
 */
export async function writeObservation(db: Db, who: Principal, meetingId: string, input: ObservationInput, at = new Date()) {
  return db.tx(async (q) => {
    const m = await loadMeeting(q, meetingId);
    if (!who.personId) throw Conflict('observation_no_person');
    if (!(await Q.overseesOn(q, m.org_id, who.personId, m.date))) throw Conflict('observation_not_in_charge', { unit: m.org_name });
    if (!HELD.includes(m.status)) throw Conflict('observation_not_held');
    const inv = await Q.attendanceOf(q, meetingId, who.personId);
    if (!isPresentStatus(inv?.status)) throw Conflict('observation_not_attended');
    const before = await Q.observationOf(q, meetingId, who.personId);
    const clean = (s: string | null | undefined) => (s ?? '').trim() || null;
    const o = { leadership: input.leadership.trim(), mood: input.mood.trim(), residents: clean(input.residents), proposals: clean(input.proposals) };
    await Q.upsertObservation(q, meetingId, who.personId, who.accountId, o, at);
    await audit(q, who, {
      action: before ? 'oversight.observation_update' : 'oversight.observation_write', entity: 'meeting', entityId: meetingId,
      orgPath: m.org_path, summary: m.org_name, before: before ?? undefined, after: o,
    });
    const [row] = (await Q.overseenMeetings(q, who.personId, m.date, m.date, HELD)).filter((r) => r.meeting_id === meetingId);
    return observationItem(row);
  });
}

/** What waits for the committee member in charge: scores to confirm, observations to write, his cells' next meetings. */
export async function myOversight(db: Db, who: Principal, today = todayVn()) {
  if (!who.personId) return { cells: [], scoresToConfirm: [], recentlyConfirmed: [], observationsToWrite: [], nextMeetings: [] };
  const personId = who.personId;
  const cells = await Q.assignments(db, personId, today, today);
  const since = new Date(Date.now() - 30 * 86_400_000);
  const scores = await Q.scoresOfCells(db, personId, since);
  const year = Number(today.slice(0, 4));
  const held = await Q.overseenMeetings(db, personId, `${year - 1}-01-01`, today, HELD);
  const next = await Q.overseenMeetings(db, personId, today, addDays(today, 62), ['planned', 'moved']);
  const score = (s: Q.ScoreWaitingRow) => ({
    meetingId: s.meeting_id, orgId: s.org_id, orgName: s.org_name, date: s.date, type: s.type, total: Number(s.total), level: s.level,
    proposedAt: new Date(s.proposed_at).toISOString(), confirmedAt: s.confirmed_at ? new Date(s.confirmed_at).toISOString() : null,
    confirmedBy: s.confirmer, comment: s.comment,
  });
  return {
    cells: cells.map((c) => ({ orgId: c.org_id, orgName: c.org_name, startedOn: c.started_on, endedOn: c.ended_on })),
    scoresToConfirm: scores.filter((s) => !s.confirmed_at).map(score),
    recentlyConfirmed: scores.filter((s) => s.confirmed_at).slice(0, 10).map(score),
    observationsToWrite: held.filter((r) => isPresentStatus(r.attendance) && !r.leadership).reverse().map(observationItem),
    nextMeetings: next.map((r) => ({
      meetingId: r.meeting_id, orgId: r.org_id, orgName: r.org_name, date: r.date, startTime: r.start_time, type: r.type,
      topic: r.topic, status: r.status, location: r.location,
    })),
  };
}

/**
 * The commune's month: for each cell under the unit, who is in charge, its meetings, who from the committee
 * attended each, and which of those who attended in charge have not written their observation.
 */
export async function monthView(db: Db, who: Principal, orgId: string, month: string) {
  const org = await Q.orgOf(db, orgId);
  if (!org) throw NotFound('org_not_found');
  const [y, mo] = month.split('-').map(Number);
  const from = `${month}-01`;
  const to = `${month}-${String(daysInMonth(y, mo)).padStart(2, '0')}`;
  const cells = (await Q.cellsUnder(db, org.path)).filter((c) => can(who, 'oversight.read', { orgPath: c.path }));
  const ids = cells.map((c) => c.org_id);
  const overseers = await Q.overseersOfCells(db, ids, from, to);
  const meetings = await Q.meetingsOfCells(db, ids, from, to);
  const present = await Q.committeePresent(db, meetings.map((m) => m.meeting_id));
  const rows = cells.map((c) => {
    const ms = meetings.filter((m) => m.org_id === c.org_id).map((m) => {
      const here = present.filter((p) => p.meeting_id === m.meeting_id);
      const isHeld = HELD.includes(m.status);
      return {
        meetingId: m.meeting_id, date: m.date, type: m.type, status: m.status,
        committeePresent: here.map((p) => ({ personId: p.person_id, name: p.name, inCharge: p.in_charge, observed: p.observed })),
        observationsMissing: isHeld ? here.filter((p) => p.in_charge && !p.observed).map((p) => ({ personId: p.person_id, name: p.name })) : [],
      };
    });
    const heldMeetings = ms.filter((m) => HELD.includes(m.status));
    return {
      orgId: c.org_id, orgName: c.org_name,
      overseers: overseers.filter((o) => o.org_id === c.org_id).map((o) => ({ personId: o.person_id, name: o.full_name })),
      meetings: ms,
      noCommittee: heldMeetings.length > 0 && heldMeetings.every((m) => m.committeePresent.length === 0),
      missingObservations: ms.reduce((n, m) => n + m.observationsMissing.length, 0),
    };
  });
  return {
    orgId, orgName: org.name, month,
    summary: {
      cells: rows.length,
      held: rows.filter((r) => r.meetings.some((m) => HELD.includes(m.status))).length,
      withoutCommittee: rows.filter((r) => r.noCommittee).length,
      missingObservations: rows.reduce((n, r) => n + r.missingObservations, 0),
    },
    cells: rows,
  };
}

