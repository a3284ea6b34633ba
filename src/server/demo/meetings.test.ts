import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { quarterOf } from '../../domain/dates';
import {
  absenceStatus, agendaTemplate, BUILTIN_SCHEMES, durationMinutes, eligibleVoters, expectedDues, REGULAR_KINDS, scoreMeeting,
  votingBase, type AttendanceRow,
} from '../../domain/meetings/index';
import { json, login, type TestApp } from '../../../tests/support/app';
import { freshDb } from '../../../tests/support/db';
import { buildApp } from '../app';
import { buildDocs } from '../modules/meetings/minutes';
import { loadMeeting } from '../modules/meetings/common';
import { scoreConfirmation } from '../modules/meetings/scoring';
import { generateDemo, loadDemo, type DemoData } from './index';
import { HELD_MONTHS } from './meetings-plan';
import { pdfText } from '../../../tests/support/pdf';

const d = generateDemo();
const M = d.meetings;
const PL = d.cellIds['phieng-loi'];
const cellIds = Object.values(d.cellIds);
const regularKind = (t: string) => (REGULAR_KINDS as readonly string[]).includes(t);
const held = M.meetings.filter((m) => m.status === 'approved');

/** The roll-call rows of a meeting, from its invitations and attendance (as the service builds them). */
function rows(meetingId: string): AttendanceRow[] {
  const att = new Map(M.attendance.filter((a) => a.meeting_id === meetingId).map((a) => [a.invitation_id, a]));
  return M.invitations.filter((i) => i.meeting_id === meetingId && (i.role === 'member' || i.role === 'exempt')).map((i) => ({
    memberId: i.person_id!, name: i.name, standing: i.standing!, state: i.member_state!, status: att.get(i.id)?.status ?? 'not_recorded',
  }));
}

describe('demo meetings (generated)', () => {
  it('is deterministic and leaves the other sections as they were', () => {
    expect(generateDemo().meetings).toEqual(M);
    const { meetings: _m, today: _t, ...rest } = generateDemo() as DemoData;
    // The other sections' data before the meetings section existed (its own random stream changes nothing else);
    // the hash changed once, when the commune's dues area became a setting of the demo.
    expect(crypto.createHash('sha256').update(JSON.stringify(rest)).digest('hex'))
      .toBe('f3696acc6d167d84a400eaad3f9ac9d99d475a4b0e84b3337e1e44163de70e98');
    expect(generateDemo(7).meetings.meetings.length).toBeGreaterThan(19 * 18);
  });

  it('holds one regular meeting a month for 18 months in all 19 cells, on the rule’s day unless moved with a reason', () => {
    expect(HELD_MONTHS[0]).toBe('2025-05');
    expect(HELD_MONTHS[17]).toBe('2026-10');
    const regular = M.meetings.filter((m) => regularKind(m.type) && m.status !== 'cancelled' && HELD_MONTHS.includes(m.original_date!.slice(0, 7)));
    expect(regular).toHaveLength(18 * 19);
    for (const id of cellIds) {
      const own = regular.filter((m) => m.org_id === id);
      expect(new Set(own.map((m) => m.original_date!.slice(0, 7))).size).toBe(18);
      const day = id === PL ? '10' : '03';
      for (const m of own) {
        expect(m.status).toBe('approved');
        expect(m.original_date!.slice(8)).toBe(day);
        expect(m.date !== m.original_date, `${m.date}`).toBe(m.move_reason !== null);
      }
    }
    const pl = regular.filter((m) => m.org_id === PL);
    expect(pl.filter((m) => m.date.slice(8) !== '10').map((m) => [m.original_date, m.date, m.move_reason]))
      .toEqual([['2025-06-10', '2025-06-14', 'Mùa gặt lúa chiêm xuân']]);
    expect(M.meetings.filter((m) => m.move_reason).length).toBeGreaterThanOrEqual(8);
    const cancelled = M.meetings.filter((m) => m.status === 'cancelled');
    expect(cancelled).toHaveLength(1);
    const again = regular.find((m) => m.org_id === cancelled[0].org_id && m.original_date === cancelled[0].original_date)!;
    expect(again.date > cancelled[0].date && again.move_reason).toBeTruthy();
  });

  it('has a thematic meeting in most quarters, and some quarters without one', () => {
    const quarters = ['2025-3', '2025-4', '2026-1', '2026-2', '2026-3'];
    const missing: string[] = [];
    for (const id of cellIds) {
      for (const q of quarters) {
        const has = held.some((m) => m.org_id === id && (m.type === 'thematic' || m.type === 'combined')
          && `${m.date.slice(0, 4)}-${quarterOf(Number(m.date.slice(5, 7)))}` === q);
        if (!has) missing.push(`${id} ${q}`);
      }
    }
    expect(missing.length).toBeGreaterThanOrEqual(1);
    expect(missing.length).toBeLessThanOrEqual(0.1 * cellIds.length * quarters.length);
    expect(held.filter((m) => m.type === 'thematic').every((m) => m.topic && m.original_date === null)).toBe(true);
    expect(held.filter((m) => m.type === 'expanded').length).toBeGreaterThanOrEqual(13);
    for (const m of held.filter((x) => x.type === 'expanded')) {
      expect(M.invitations.filter((i) => i.meeting_id === m.id && i.role === 'guest').length, m.id).toBeGreaterThanOrEqual(3);
    }
  });

  it('counts every vote within those who may vote, passing with more than half of the voting base', () => {
    expect(M.votes).toHaveLength(held.length);
    for (const v of M.votes) {
      const r = rows(v.meeting_id);
      expect(v.eligible).toBe(eligibleVoters(r));
      expect(v.base).toBe(votingBase(r));
      expect(v.votes_for + v.votes_against + v.votes_other).toBeLessThanOrEqual(v.eligible);
      expect(v.passed).toBe(v.votes_for * 2 > v.base);
    }
    // Every resolution vote passes but one month's (rules.ts: the demo shows a resolution not adopted).
    expect(M.votes.filter((v) => !v.passed)).toHaveLength(1);
  });

  it('flags one member for three months without reason in 2026 and warns of another with two', () => {
    const records = (personId: string) => M.invitations.filter((i) => i.person_id === personId && i.role === 'member')
      .map((i) => ({ i, m: M.meetings.find((m) => m.id === i.meeting_id)! }))
      .filter(({ m }) => m.status === 'approved')
      .map(({ i, m }) => ({
        date: m.date, ...(m.original_date ? { originalDate: m.original_date } : {}), type: m.type,
        status: M.attendance.find((a) => a.invitation_id === i.id)?.status ?? 'not_recorded' as const,
      }));
    expect(absenceStatus(records(M.absentees.flagged), 2026)).toMatchObject({ level: 'flag', count: 3 });
    expect(absenceStatus(records(M.absentees.warned), 2026)).toMatchObject({ level: 'warning', count: 2 });
    const story = new Set(Object.values(d.storyPeople));
    expect(story.has(M.absentees.flagged) || story.has(M.absentees.warned)).toBe(false);
    const others = new Set(M.invitations.filter((i) => i.role === 'member').map((i) => i.person_id!));
    others.delete(M.absentees.flagged);
    others.delete(M.absentees.warned);
    for (const p of others) expect(absenceStatus(records(p), 2026).level, p).toBe('ok');
  });

  it('plans November 2026 for all 19 cells: summoned, agenda from the template, preparation partly done', () => {
    const nov = M.meetings.filter((m) => m.original_date?.startsWith('2026-11'));
    expect(new Set(nov.map((m) => m.org_id))).toEqual(new Set(cellIds));
    expect(nov).toHaveLength(19);
    for (const m of nov) {
      expect(['planned', 'moved']).toContain(m.status);
      expect(M.agendaItems.filter((a) => a.meeting_id === m.id).map((a) => a.template_key)).toEqual(agendaTemplate(m.type).map((t) => t.key));
      expect(M.invitations.some((i) => i.meeting_id === m.id && i.role === 'overseer')).toBe(true);
      expect(M.attendance.some((a) => a.meeting_id === m.id)).toBe(false);
    }
    const prep = M.meetingPreparation.filter((p) => nov.some((m) => m.id === p.meeting_id));
    expect(prep.filter((p) => p.content_preparer_id).length).toBeGreaterThan(3);
    expect(prep.filter((p) => !p.content_preparer_id).length).toBeGreaterThan(0);
    expect(nov.filter((m) => m.notice_sent_at).length).toBeGreaterThan(0);
  });

  it('records minutes the way the service does: chair, recorder, duration, dues, score and numbers', () => {
    const short = held.filter((m) => durationMinutes(m.start_time, m.end_time!) < (m.type === 'combined' ? 120 : 90));
    expect(short.length).toBeGreaterThanOrEqual(2);
    expect(short.length).toBeLessThanOrEqual(5);
    for (const m of held) {
      expect(m.chair_id && m.recorder_id && m.chair_id !== m.recorder_id).toBeTruthy();
      const n = M.speeches.filter((s) => s.meeting_id === m.id).length;
      expect(n).toBeGreaterThanOrEqual(2);
      expect(n).toBeLessThanOrEqual(5);
    }
    const category = new Map(d.members.map((x) => [x.person_id, x.dues_category]));
    for (const p of M.duesPayments) {
      if (['working_age', 'outside_working_age'].includes(category.get(p.person_id)!)) {
        expect(p.expected).toBe(expectedDues(category.get(p.person_id)!, { area: 'mountainous' }));
      }
    }
    const levels = M.meetingScores.map((s) => s.level);
    expect(levels.filter((l) => l === 'tot' || l === 'kha').length).toBeGreaterThan(0.95 * levels.length);
    expect(levels.filter((l) => l === 'trung_binh').length).toBeGreaterThanOrEqual(2);
    for (const s of M.meetingScores) {
      const r = scoreMeeting(BUILTIN_SCHEMES.find((x) => x.id === s.scheme_id)!, s.points);
      expect([r.total, r.level]).toEqual([s.total, s.level]);
      expect(s.confirmed_at).toBeTruthy();
    }
    // Numbers: per cell, type and year, from 01 (05 in 2025, after January–April on paper), one BB and one NQ per meeting;
    // Phiêng Lơi numbers by term (HD 36-HD/VPTW): from 01 at its term's start, on across the new year.
    const term = M.documentNumbers.filter((n) => n.org_id === PL && n.doc_type === 'BB').map((n) => n.scope_key);
    expect(new Set(term)).toEqual(new Set(['term:2025-04-20']));
    const plSeqs = M.documentNumbers.filter((n) => n.org_id === PL && n.doc_type === 'BB').map((n) => n.seq);
    expect(plSeqs).toEqual(plSeqs.map((_, i) => 1 + i));
    expect(plSeqs.length).toBeGreaterThan(18);
    for (const id of cellIds.filter((x) => x !== PL)) {
      for (const [year, first] of [[2025, 5], [2026, 1]]) {
        const seqs = M.documentNumbers.filter((n) => n.org_id === id && n.doc_type === 'BB' && n.scope_key === `year:${year}`)
          .map((n) => n.seq);
        expect(seqs).toEqual(seqs.map((_, i) => first + i));
      }
    }
    // One month's resolution vote failed (rules.ts): its minutes have a BB number and no NQ number.
    expect(M.documentNumbers).toHaveLength(2 * held.length - 1);
    expect(M.minutesVersions).toHaveLength(held.length);
    const instants = [...M.meetings.flatMap((m) => [m.created_at, m.updated_at, m.notice_sent_at]), ...M.minutesVersions.map((v) => v.approved_at),
      ...M.meetingScores.map((s) => s.confirmed_at)].filter((x): x is string => x !== null);
    for (const x of instants) expect(x <= '2026-11-01T00:00:00.000Z', x).toBe(true);
  });
});

describe('demo meetings through the API (PGlite)', () => {
  let t: TestApp;
  let truong: string;
  const req = (url: string, cookie: string, method = 'GET', payload?: object) => t.app.inject({ method: method as 'GET', url, headers: { cookie }, payload });

  beforeAll(async () => {
    // As testApp('pglite', { demo: true }) does, with the meetings loaded too.
    const db = await freshDb('pglite');
    const started = performance.now();
    await loadDemo(db, d, { meetings: true });
    console.log(`loadDemo with meetings on PGlite: ${(performance.now() - started).toFixed(0)} ms`);
    const app = await buildApp({ db });
    await app.ready();
    t = { app, db, close: async () => { await app.close(); await db.close(); } };
    truong = await login(t.app, 'lvtruong');
  }, 120_000);
  afterAll(async () => t?.close());

  it('lists Phiêng Lơi’s meetings and opens a held one with its minutes as PDF', async () => {
    const res = await req(`/api/meetings?orgId=${PL}&from=2025-05-01&to=2026-12-31`, truong);
    expect(res.statusCode).toBe(200);
    const items = json(res).items.filter((m: { virtual: boolean }) => !m.virtual);
    expect(items.length).toBe(M.meetings.filter((m) => m.org_id === PL).length);
    expect(items.filter((m: { status: string }) => m.status === 'approved').length).toBeGreaterThanOrEqual(18);
    const first = held.find((m) => m.org_id === PL)!;
    const detail = await req(`/api/meetings/${first.id}`, truong);
    expect(detail.statusCode).toBe(200);
    expect(json(detail)).toMatchObject({
      status: 'approved', locked: true, numbers: { BB: 1, NQ: 1 }, chair: { fullName: 'Lường Văn Trường' }, warnings: [],
      versions: [{ version: 1 }], votes: [{ passed: true }],
    });
    const pdf = await req(`/api/meetings/${first.id}/minutes.pdf`, truong);
    expect(pdf.statusCode).toBe(200);
    const text = pdfText(pdf.rawPayload);
    for (const s of ['Số 01-BB/CB', 'BIÊN BẢN', 'Lường Văn Trường', 'Thanh Minh, ngày 10 tháng 05 năm 2025', 'Tán thành:']) expect(text, s).toContain(s);
    expect(text).not.toContain('DỰ THẢO');
    const nq = pdfText((await req(`/api/meetings/${first.id}/resolution.pdf`, truong)).rawPayload);
    expect(nq).toContain('Số 01-NQ/CB');
  });

  it('stores each approved snapshot exactly as the service’s buildDocs makes it from the rows', async () => {
    for (const m of held.filter((x, i) => x.org_id === PL || x.type === 'expanded' || x.type === 'thematic' || i % 17 === 0)) {
      const row = await loadMeeting(t.db, m.id);
      const n = M.documentNumbers.find((x) => x.meeting_id === m.id && x.doc_type === 'BB')!.seq;
      const numbers = { BB: `Số ${String(n).padStart(2, '0')}-BB/CB`, NQ: `Số ${String(n).padStart(2, '0')}-NQ/CB` };
      const docs = await buildDocs(t.db, row, { numbers, version: 1, approved: true });
      const stored = M.minutesVersions.find((v) => v.meeting_id === m.id)!.snapshot;
      expect(stored, `${m.org_id} ${m.date}`).toEqual(JSON.parse(JSON.stringify(docs)));
    }
  }, 180_000);

  it('adds each score confirmed after approval as an addendum, by whom the rule allows, as the service would write it', async () => {
    const confirmed = M.meetingScores.filter((s) => s.confirmed_at);
    expect(confirmed.length).toBeGreaterThan(100);
    expect(M.minutesAddenda.map((a) => a.meeting_id).sort()).toEqual(confirmed.map((s) => s.meeting_id).sort());
    const overseers = d.orgOverseers;
    let checked = 0;
    for (const sc of confirmed) {
      const a = M.minutesAddenda.find((x) => x.meeting_id === sc.meeting_id)!;
      const m = M.meetings.find((x) => x.id === sc.meeting_id)!;
      const approvedAt = M.minutesVersions.find((v) => v.meeting_id === m.id)!.approved_at;
      expect(a).toMatchObject({ after_version: 1, kind: 'score_confirmation', created_at: sc.confirmed_at, created_by: sc.confirmed_by });
      expect(a.created_at > approvedAt).toBe(true);
      // The committee member in charge who attended; else, none having attended, a commune leader with the reason.
      const inCharge = overseers.filter((o) => o.org_id === m.org_id && o.started_on <= m.date && (o.ended_on === null || o.ended_on > m.date));
      const came = M.invitations.filter((i) => i.meeting_id === m.id && i.role === 'overseer'
        && ['present', 'late', 'left_early'].includes(M.attendance.find((x) => x.invitation_id === i.id)?.status ?? ''));
      const person = d.people.find((p) => p.full_name === a.body.name)!;
      if (came.length) {
        expect(a.body).toMatchObject({ attended: true, title: 'Đảng ủy viên phụ trách chi bộ' });
        expect(inCharge.map((o) => o.person_id)).toContain(person.id);
        expect(sc.confirm_reason).toBeNull();
      } else {
        expect(a.body.attended).toBe(false);
        expect(a.body.reason).toBeTruthy();
        expect(sc.confirm_reason).toBe(a.body.reason);
        expect(d.positions.some((p) => p.person_id === person.id && p.org_id === d.rootId && ['commune_secretary', 'commune_deputy'].includes(p.title))).toBe(true);
        expect(overseers.some((o) => o.org_id === m.org_id && o.person_id === person.id)).toBe(false);
      }
      // Where the confirmer has an account, the service's own wording of the confirmation is the addendum's.
      if (sc.confirmed_by && checked < 40) {
        checked++;
        const service = await scoreConfirmation(t.db, await loadMeeting(t.db, m.id));
        expect(JSON.parse(JSON.stringify({ ...service, total: sc.total, level: sc.level, comment: sc.comment })), m.id).toEqual(a.body);
      }
    }
    expect(checked).toBeGreaterThan(10);
    // The version history shows it, after the approved version, with its own time and author; the approved text is unchanged.
    const pl = M.minutesAddenda.find((a) => M.meetings.find((m) => m.id === a.meeting_id)!.org_id === PL && a.body.attended)!;
    const detail = json(await req(`/api/meetings/${pl.meeting_id}`, truong));
    expect(detail.addenda).toEqual([expect.objectContaining({ afterVersion: 1, kind: 'score_confirmation', createdBy: 'Tòng Văn Khay' })]);
    expect(detail.addenda[0].text).toContain('Tòng Văn Khay');
  }, 120_000);

  it('shows the flag on the member absent without reason three months of 2026', async () => {
    const res = await req(`/api/members/${M.absentees.flagged}/attendance?year=2026`, truong);
    expect(res.statusCode).toBe(200);
    expect(json(res).absence).toMatchObject({ level: 'flag', count: 3, months: [3, 6, 9] });
    const don = await login(t.app, 'pqdon');
    const warned = json(await req(`/api/members/${M.absentees.warned}/attendance?year=2026`, don));
    expect(warned.absence).toMatchObject({ level: 'warning', count: 2 });
  });

  it('has next month planned as the service plans it, and numbers the next minutes after the demo’s', async () => {
    const nov = M.meetings.find((m) => m.org_id === PL && m.original_date === '2026-11-10')!;
    const m = json(await req(`/api/meetings/${nov.id}`, truong));
    expect(m).toMatchObject({ status: 'planned', date: '2026-11-10', startTime: '19:30' });
    expect(m.agenda.find((a: { templateKey: string }) => a.templateKey === 'monthly_review').content).toMatch(/^Nhiệm vụ kỳ trước cần đánh giá:\n- /);
    expect(m.preparation.missing).toContain('notice_sent');
    // Summoning again adds nobody: the demo summoned exactly whom autoInvite summons.
    const synced = json(await req(`/api/meetings/${nov.id}/invitations/sync`, truong, 'POST'));
    expect(synced.invitations).toHaveLength(m.invitations.length);
    const dec = await req(`/api/orgs/${PL}/meetings`, truong, 'POST', { type: 'regular', originalDate: '2026-12-10' });
    expect(dec.statusCode).toBe(201);
    const people = Object.fromEntries(d.people.map((p) => [p.full_name, p.id]));
    await req(`/api/meetings/${json(dec).id}`, truong, 'PATCH', { chairId: people['Lường Văn Trường'], recorderId: people['Quàng Văn Ún'] });
    // No resolution this month: the minutes take the next BB number, no NQ number is taken.
    await req(`/api/meetings/${json(dec).id}/resolution`, truong, 'PUT', { noResolution: true });
    await req(`/api/meetings/${json(dec).id}`, truong, 'PATCH', { earlyReason: 'Chi bộ họp sớm' });
    const approved = await req(`/api/meetings/${json(dec).id}/approve`, truong, 'POST');
    expect(approved.statusCode).toBe(200);
    // Phiêng Lơi numbers by term: on from the term's last number, across the new year.
    const lastOfTerm = Math.max(...M.documentNumbers.filter((n) => n.org_id === PL && n.scope_key === 'term:2025-04-20').map((n) => n.seq));
    expect(json(approved).numbers).toEqual({ BB: lastOfTerm + 1 });
  });

  it('warns the commune of the quarters without a thematic meeting', async () => {
    const don = await login(t.app, 'pqdon');
    const res = json(await req(`/api/meetings?orgId=${d.rootId}&from=2025-07-01&to=2026-09-30`, don));
    const warned = res.quartersWithoutThematic.map((w: { orgId: string; year: number; quarter: number }) => `${w.orgId} ${w.year}-${w.quarter}`);
    expect(warned).toContain(`${d.cellIds['huoi-pha']} 2025-3`);
    expect(warned.length).toBeLessThanOrEqual(6);
  });
});
