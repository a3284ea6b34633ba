// A history of meetings entered at once: a commune entering the meetings its cells held on paper before they used
// chibo (and those already planned), each as it stood — summoned, roll call, speeches, votes, dues, score, approved
// minutes and their numbers. The phase services record a meeting step by step as it happens, judging each step
// against today; a history is written in the past, so each record is judged against its own time, by the same
// rules and the same functions: the roll call's marks (markReason), each vote against the roll call (countVote),
// dues (suggestedDues), the score against its scheme (scoreMeeting), who confirms it (scoreConfirmedAs), what
// approval needs (checkApprovable) and the numbers (numberingScope, nextNumber). The module computes what a rule
// decides (a vote's base and result, a score's total and level, the dues expected) and refuses a record that says
// otherwise, so the history holds nothing the phase services would not have written. One transaction, one audit
// entry per meeting; the rows are written table by table (queries-history.ts), which keeps a commune's year and
// a half of meetings a matter of seconds.
import type { Db, Queryable } from '../../db/index';
import type { Principal } from '../../auth/policy';
import { auditMany } from '../../audit';
import { Invalid } from '../../errors';
import { formatDateVi, toVnDate } from '../../../domain/dates';
import {
  isRuleError, nextNumber, numberingScope, numbersCountedInScope, scoreConfirmedAs, scoreMeeting, type ScoringScheme, isPresentStatus
} from '../../../domain/meetings/index';
import { MEETING_CAPS, notEarly, rule, ruleError, settingsFrom, type MeetingSettings, type OrgSettingsRow } from './common';
import { rollCallRows, type InvitationRow, type VoteRecord } from './presenters';
import { countVote, markReason, suggestedDues } from './session';
import { checkApprovable, resolutionState } from './minutes';
import { ensureBuiltinSchemes } from './scoring';
import { orgsById } from './queries';
import { allSchemes } from './queries-scoring';
import * as sql from './queries-history';
import type {
  HistoryAddendumRow, HistoryAgendaItemRow, HistoryAttendanceRow, HistoryDuesRow, HistoryInvitationRow, HistoryMeetingRow,
  HistoryMinutesRow, HistoryNumberRow, HistoryPreparationRow, HistoryScoreRow, HistorySpeechRow, HistoryVoteRow,
} from './queries-history';

export type * from './queries-history';
export type { ResolutionParts, TaskParts } from './queries';

/** Meetings as they stood, with every record of them, one array per kind of record. */
export interface MeetingHistory {
  meetings: HistoryMeetingRow[];
  meetingPreparation: HistoryPreparationRow[];
  agendaItems: HistoryAgendaItemRow[];
  invitations: HistoryInvitationRow[];
  attendance: HistoryAttendanceRow[];
  speeches: HistorySpeechRow[];
  votes: HistoryVoteRow[];
  duesPayments: HistoryDuesRow[];
  meetingScores: HistoryScoreRow[];
  minutesVersions: HistoryMinutesRow[];
  minutesAddenda: HistoryAddendumRow[];
  documentNumbers: HistoryNumberRow[];
}

/** A meeting's records, gathered from the history's arrays. */
type Records = {
  m: HistoryMeetingRow; invitations: HistoryInvitationRow[]; attendance: HistoryAttendanceRow[]; agenda: HistoryAgendaItemRow[];
  speeches: HistorySpeechRow[]; votes: HistoryVoteRow[]; dues: HistoryDuesRow[]; score?: HistoryScoreRow; versions: HistoryMinutesRow[];
  addenda: HistoryAddendumRow[]; numbers: HistoryNumberRow[]; prep: HistoryPreparationRow[];
};

function gather(h: MeetingHistory): Map<string, Records> {
  const byId = new Map<string, Records>(h.meetings.map((m) => [m.id, {
    m, invitations: [], attendance: [], agenda: [], speeches: [], votes: [], dues: [], versions: [], addenda: [], numbers: [], prep: [],
  }]));
  const of = (id: string) => {
    const r = byId.get(id);
    if (!r) throw Invalid('meeting_not_found');
    return r;
  };
  for (const x of h.invitations) of(x.meeting_id).invitations.push(x);
  for (const x of h.attendance) of(x.meeting_id).attendance.push(x);
  for (const x of h.agendaItems) of(x.meeting_id).agenda.push(x);
  for (const x of h.speeches) of(x.meeting_id).speeches.push(x);
  for (const x of h.votes) of(x.meeting_id).votes.push(x);
  for (const x of h.duesPayments) of(x.meeting_id).dues.push(x);
  for (const x of h.minutesVersions) of(x.meeting_id).versions.push(x);
  for (const x of h.minutesAddenda) of(x.meeting_id).addenda.push(x);
  for (const x of h.documentNumbers) of(x.meeting_id).numbers.push(x);
  for (const x of h.meetingPreparation) of(x.meeting_id).prep.push(x);
  for (const x of h.meetingScores) {
    const r = of(x.meeting_id);
    if (r.score) throw refused(r.m, 'hai bản chấm điểm', 'two scores');
    r.score = x;
  }
  return byId;
}

const refused = (m: HistoryMeetingRow, what: string, whatEn: string) =>
  Invalid('meeting_history_record', { date: formatDateVi(m.date), what, whatEn });

function mismatch(m: HistoryMeetingRow, what: string, whatEn: string, given: unknown, expected: unknown): never {
  throw Invalid('meeting_history_mismatch', { date: formatDateVi(m.date), what, whatEn, given: String(given), expected: String(expected) });
}

const HELD = new Set(['held', 'approved']);
const day = (instant: string) => toVnDate(new Date(instant));

/** What the rules read once for the whole history: each unit's settings, the members' dues, schemes, confirmers, overseers. */
type Context = {
  settings: Map<string, MeetingSettings & { orgName: string; orgPath: string }>;
  payers: Map<string, sql.PayerRow>;
  schemes: Map<string, ScoringScheme>;
  issued: Map<string, { seq: number; scope: string; date: string }[]>;
  confirmers: Map<string, { personId: string | null; grants: { role: string; orgPath: string | null }[] }>;
  overseers: sql.OverseerSpanRow[];
};

async function contextOf(q: Queryable, h: MeetingHistory): Promise<Context> {
  const orgIds = [...new Set(h.meetings.map((m) => m.org_id))];
  const units = await orgsById(q, orgIds);
  const chainIds = [...new Set(units.flatMap((u) => u.path.split('/').filter(Boolean)))];
  const chainRows = new Map((await orgsById(q, chainIds)).map((o) => [o.id, o]));
  const settings: Context['settings'] = new Map();
  for (const u of units) {
    const chain = u.path.split('/').filter(Boolean).map((id) => chainRows.get(id)).filter((o): o is OrgSettingsRow => !!o)
      .sort((a, b) => b.path.length - a.path.length);
    settings.set(u.id, { ...settingsFrom(chain), orgName: u.name, orgPath: u.path });
  }
  for (const id of orgIds) if (!settings.has(id)) throw Invalid('org_not_found');
  await ensureBuiltinSchemes(q);
  const schemes = new Map((await allSchemes(q)).map((s) => [`${s.body.id}@${s.body.version}`, s.body]));
  const payerIds = [...new Set(h.duesPayments.map((d) => d.person_id))];
  const payers = new Map((await sql.payers(q, payerIds)).map((p) => [p.person_id, p]));
  const issued: Context['issued'] = new Map();
  for (const n of await sql.issuedNumbers(q, orgIds)) {
    const key = `${n.org_id} ${n.doc_type}`;
    issued.set(key, [...(issued.get(key) ?? []), { seq: n.seq, scope: n.scope_key, date: n.date }]);
  }
  const confirmers: Context['confirmers'] = new Map();
  const accountIds = [...new Set(h.meetingScores.map((s) => s.confirmed_by).filter((x): x is string => !!x))];
  for (const r of await sql.confirmers(q, accountIds)) {
    const c = confirmers.get(r.account_id) ?? { personId: r.person_id, grants: [] };
    if (r.role) c.grants.push({ role: r.role, orgPath: r.org_path });
    confirmers.set(r.account_id, c);
  }
  return { settings, payers, schemes, issued, confirmers, overseers: await sql.overseerSpans(q, orgIds) };
}

/** The roll call as the service's queries give it (loadInvitations), for the domain's rules. */
function invitationRows(r: Records): InvitationRow[] {
  const marks = new Map(r.attendance.map((a) => [a.invitation_id, a]));
  return r.invitations.map((i) => {
    const a = marks.get(i.id);
    return {
      id: i.id, role: i.role, person_id: i.person_id, partner_unit_id: i.partner_unit_id, name: i.name, title: i.title, standing: i.standing,
      member_state: i.member_state, guest: false, status: a?.status ?? null, reason: a?.reason ?? null, method: a?.method ?? null,
      recorded_at: a ? new Date(a.recorded_at) : null,
    };
  });
}

/** In charge of the unit on the day, or still in charge (as the scoring service asks it). */
const inCharge = (ctx: Context, orgId: string, personId: string, date: string) => ctx.overseers.some((o) => o.org_id === orgId
  && o.person_id === personId && ((o.started_on <= date && (o.ended_on === null || o.ended_on >= date)) || o.ended_on === null));

/** Checks one meeting's records by the rules and returns them as they are written (what a rule decides computed here). */
function judge(ctx: Context, r: Records, issuedSoFar: Context['issued']): Records {
  const { m } = r;
  const s = ctx.settings.get(m.org_id)!;
  const held = HELD.has(m.status);
  if (!held && (r.attendance.length || r.speeches.length || r.votes.length || r.dues.length || r.score || r.versions.length || r.numbers.length)) {
    throw refused(m, 'buổi sinh hoạt chưa họp không có điểm danh, biểu quyết, đảng phí, điểm hay biên bản',
      'a meeting not held has no roll call, votes, dues, score or minutes');
  }
  if (m.status === 'cancelled' && !m.cancel_reason?.trim()) throw Invalid('meeting_cancel_reason');
  if (r.agenda.length > MEETING_CAPS.agendaItems) throw Invalid('meeting_too_many', { what: 'nội dung', whatEn: 'agenda items', max: MEETING_CAPS.agendaItems });
  if (r.speeches.length > MEETING_CAPS.speeches) throw Invalid('meeting_too_many', { what: 'ý kiến phát biểu', whatEn: 'speeches', max: MEETING_CAPS.speeches });
  // Nothing is recorded before the meeting's day (unless the meeting records why it was held early).
  const notBefore = (instant: string) => notEarly({ date: m.date, early_reason: null }, day(instant));

  // Roll call: only those summoned are marked; an excused absence has its reason.
  const invited = new Map(r.invitations.map((i) => [i.id, i]));
  const attendance = r.attendance.map((a) => {
    if (!invited.has(a.invitation_id)) throw Invalid('meeting_not_invited', { name: a.invitation_id });
    notBefore(a.recorded_at);
    return { ...a, reason: markReason(a) };
  });
  const rows = rollCallRows(invitationRows({ ...r, attendance }));
  const byPerson = new Map(r.invitations.filter((i) => i.person_id).map((i) => [i.person_id!, i]));

  // Speeches under the meeting's agenda, by someone summoned (or a name).
  const items = new Set(r.agenda.map((a) => a.id));
  for (const sp of r.speeches) {
    if (!items.has(sp.agenda_item_id)) throw refused(m, 'ý kiến phát biểu ngoài chương trình', 'a speech outside the agenda');
    if (sp.speaker_person_id && !byPerson.has(sp.speaker_person_id)) throw Invalid('meeting_not_invited', { name: sp.speaker_name });
    notBefore(sp.created_at);
  }

  // Votes: counted against the roll call; base, eligible voters and result are the rule's.
  const votes = r.votes.map((v) => {
    if (v.agenda_item_id && !items.has(v.agenda_item_id)) throw refused(m, 'biểu quyết ngoài chương trình', 'a vote outside the agenda');
    notBefore(v.created_at);
    const c = countVote({ for: v.votes_for, against: v.votes_against, other: v.votes_other }, rows);
    for (const k of ['base', 'eligible', 'passed'] as const) if (v[k] !== c[k]) mismatch(m, `biểu quyết "${v.subject}"`, `vote "${v.subject}"`, v[k], c[k]);
    return { ...v, ...c };
  });

  // Dues: paid by a member summoned (or exempt); the amount expected from the member's category when not recorded.
  const dues = r.dues.map((d) => {
    const inv = byPerson.get(d.person_id);
    const payer = ctx.payers.get(d.person_id);
    if (!inv || (inv.role !== 'member' && inv.role !== 'exempt') || !payer) throw Invalid('meeting_not_invited', { name: inv?.name ?? d.person_id });
    notBefore(d.recorded_at);
    return { ...d, expected: d.expected ?? suggestedDues(payer, s) };
  });

  // The score: its scheme's rules give the total and the level; the confirmation by whom the rule allows.
  let score = r.score;
  if (score) {
    const scheme = ctx.schemes.get(`${score.scheme_id}@${score.scheme_version}`);
    if (!scheme) throw Invalid('scheme_not_found');
    const result = rule(() => scoreMeeting(scheme, score!.points));
    if (score.total !== result.total) mismatch(m, 'tổng điểm', 'total score', score.total, result.total);
    if (score.level !== result.level) mismatch(m, 'xếp loại', 'rating', score.level, result.level);
    score = { ...score, total: result.total, level: result.level };
    if (score.confirmed_at && score.confirmed_by) confirmation(ctx, r, score, s.orgName);
  }

  // Approval: what it needs, one version, and the numbers of the minutes and of an adopted resolution.
  if (m.status === 'approved') {
    const voteRecords: VoteRecord[] = votes.map((v) => ({
      id: v.id, agenda_item_id: v.agenda_item_id, subject: v.subject, method: v.method, votes_for: v.votes_for, votes_against: v.votes_against,
      votes_other: v.votes_other, is_resolution: v.is_resolution, created_at: new Date(v.created_at),
    }));
    const { adopted } = checkApprovable(m, resolutionState({ no_resolution: false }, rows, voteRecords));
    if (!r.versions.some((v) => v.version === 1)) throw refused(m, 'biên bản đã thông qua chưa có', 'the approved minutes are missing');
    for (const v of r.versions) notBefore(v.approved_at);
    const types = r.numbers.map((n) => n.doc_type).sort().join(',');
    const want = adopted ? 'BB,NQ' : 'BB';
    if (types !== want) mismatch(m, 'số văn bản', 'document numbers', types || '—', want);
    for (const n of r.numbers) checkNumber(m, s, n, issuedSoFar);
  } else if (r.versions.length) {
    throw refused(m, 'biên bản chưa thông qua thì chưa có bản lưu', 'minutes not approved have no approved version');
  }
  const versions = new Set(r.versions.map((v) => v.version));
  for (const a of r.addenda) {
    if (!versions.has(a.after_version)) throw refused(m, 'phần bổ sung sau một bản chưa thông qua', 'an addendum after a version not approved');
  }
  return { ...r, attendance, votes, dues, score };
}

/** Who confirmed the score (scoreConfirmedAs), judged on the meeting as its roll call recorded it. */
function confirmation(ctx: Context, r: Records, score: HistoryScoreRow, unit: string): void {
  const c = ctx.confirmers.get(score.confirmed_by!);
  if (!c) throw Invalid('meeting_history_record', { date: formatDateVi(r.m.date), what: 'người xác nhận điểm', whatEn: 'the score’s confirmer' });
  const path = ctx.settings.get(r.m.org_id)!.orgPath;
  const leader = c.grants.some((g) => g.role === 'admin' || (g.role === 'leader' && g.orgPath !== null && path.startsWith(g.orgPath)));
  const marks = new Map(r.attendance.map((a) => [a.invitation_id, a.status]));
  const present = r.invitations.filter((i) => i.person_id && isPresentStatus(marks.get(i.id)) && inCharge(ctx, r.m.org_id, i.person_id, r.m.date));
  const self = c.personId ? r.invitations.find((i) => i.person_id === c.personId) : undefined;
  try {
    scoreConfirmedAs({
      who: { inCharge: !!c.personId && inCharge(ctx, r.m.org_id, c.personId, r.m.date), attended: !!self && isPresentStatus(marks.get(self.id)), leader },
      attendingOverseers: [...new Set(present.map((i) => i.name))], reason: score.confirm_reason, unit,
    });
  } catch (e) {
    throw ruleError(e);
  }
}

/** A number in the scope the unit's numbering gives the meeting's date, never one issued before in it. */
function checkNumber(m: HistoryMeetingRow, s: MeetingSettings, n: HistoryNumberRow, issued: Context['issued']): void {
  if (n.org_id !== m.org_id) mismatch(m, 'đơn vị của số văn bản', 'unit of the document number', n.org_id, m.org_id);
  let scope: string | null;
  try {
    scope = numberingScope({ by: s.numberingBy, date: m.date, termStart: s.termStart });
  } catch (e) {
    // A meeting before the current term's start was numbered as the unit numbered then (by year, or an earlier term).
    if (!isRuleError(e) || e.code !== 'date_before_term') throw e;
    scope = null;
  }
  if (scope !== null && n.scope_key !== scope) mismatch(m, 'phạm vi đánh số', 'numbering scope', n.scope_key, scope);
  if (scope === null && n.scope_key === `term:${s.termStart}`) mismatch(m, 'phạm vi đánh số', 'numbering scope', n.scope_key, 'year');
  const key = `${n.org_id} ${n.doc_type}`;
  const before = (issued.get(key) ?? []).filter((x) => numbersCountedInScope(n.scope_key, { scope: x.scope, date: x.date }));
  const next = nextNumber(before.map((x) => x.seq));
  // Numbers run on in the order of the meetings; a history may start after numbers issued on paper (a higher first number).
  if (n.seq < next) mismatch(m, `số ${n.doc_type}`, `${n.doc_type} number`, n.seq, `≥ ${next}`);
  issued.set(key, [...(issued.get(key) ?? []), { seq: n.seq, scope: n.scope_key, date: m.date }]);
}

/**
 * Enters a history of meetings (see the top of this file): refuses the whole history at the first record the rules do
 * not allow, otherwise writes it in one transaction with one audit entry per meeting. Returns how many meetings.
 */
export async function recordHistory(db: Db, who: Principal, h: MeetingHistory): Promise<{ meetings: number }> {
  return db.tx(async (q) => {
    const ctx = await contextOf(q, h);
    const issuedSoFar: Context['issued'] = new Map([...ctx.issued].map(([k, v]) => [k, [...v]]));
    const judged = [...gather(h).values()].sort((a, b) => a.m.date.localeCompare(b.m.date)).map((r) => judge(ctx, r, issuedSoFar));
    const byId = new Map(judged.map((r) => [r.m.id, r]));
    // Written in the history's own order (the ids and times are the history's).
    const out = h.meetings.map((m) => byId.get(m.id)!);
    const attendance = new Map(out.flatMap((r) => r.attendance).map((a) => [a.invitation_id, a]));
    const votes = new Map(out.flatMap((r) => r.votes).map((v) => [v.id, v]));
    const dues = new Map(out.flatMap((r) => r.dues).map((d) => [d.id, d]));
    const scores = new Map(out.flatMap((r) => (r.score ? [r.score] : [])).map((x) => [x.meeting_id, x]));
    await sql.insertMeetings(q, h.meetings);
    await sql.insertPreparations(q, h.meetingPreparation);
    await sql.insertAgendaItems(q, h.agendaItems);
    await sql.insertInvitations(q, h.invitations);
    await sql.insertAttendance(q, h.attendance.map((a) => attendance.get(a.invitation_id)!));
    await sql.insertSpeeches(q, h.speeches);
    await sql.insertVotes(q, h.votes.map((v) => votes.get(v.id)!));
    await sql.insertDues(q, h.duesPayments.map((d) => dues.get(d.id)!));
    await sql.insertScores(q, h.meetingScores.map((x) => scores.get(x.meeting_id)!));
    await sql.insertMinutesVersions(q, h.minutesVersions);
    await sql.insertAddenda(q, h.minutesAddenda);
    await sql.insertNumbers(q, h.documentNumbers);
    await auditMany(q, out.map((r) => ({
      accountId: who.accountId, action: 'meeting.history', entity: 'meeting', entityId: r.m.id, orgPath: ctx.settings.get(r.m.org_id)!.orgPath,
      summary: `${formatDateVi(r.m.date)} ${r.m.type} (${r.m.status})`,
      after: {
        status: r.m.status, invitations: r.invitations.length, marked: r.attendance.length, votes: r.votes.length,
        numbers: r.numbers.map((n) => `${n.doc_type} ${n.seq}`),
      },
    })));
    return { meetings: out.length };
  });
}
