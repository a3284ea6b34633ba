import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { todayVn } from '../../src/domain/dates';
import { pdfText } from '../support/pdf';

/**
 * Votes follow the roll call, and a resolution exists only when the cell adopted it (Charter art. 9:
 * more than half of the official members summoned). Meetings of Phiêng Lơi held today, on the demo.
 */
describe.each(DB_KINDS)('votes and resolutions on %s', (kind) => {
  let t: TestApp;
  let truong = '';
  let cellId: string;
  let people: Record<string, string>;
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie } });
  const ok = async (method: string, url: string, payload?: unknown) => {
    const res = await req(method, url, truong, payload);
    expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
    return json(res);
  };

  /** An extraordinary meeting today, everyone summoned present but `absent` (unexcused) and `excused`, chair and recorder set. */
  async function held(opts: { absent?: number; excused?: number } = {}) {
    const m = await ok('POST', `/api/orgs/${cellId}/meetings`, { type: 'extraordinary', date: todayVn(), topic: 'Xem xét kỷ luật đảng viên' });
    const officials = m.invitations.filter((i: any) => i.role === 'member' && i.standing === 'official');
    const absent = officials.slice(0, opts.absent ?? 0);
    const excused = officials.slice(opts.absent ?? 0, (opts.absent ?? 0) + (opts.excused ?? 0));
    for (const i of m.invitations.filter((x: any) => x.role === 'member')) {
      const body = absent.includes(i) ? { status: 'absent_unexcused' } : excused.includes(i) ? { status: 'absent_excused', reason: 'Đi làm ăn xa' }
        : { status: 'present' };
      await ok('PUT', `/api/meetings/${m.id}/attendance/${i.personId}`, body);
    }
    await ok('PATCH', `/api/meetings/${m.id}`, { chairId: people['Lường Văn Trường'], recorderId: people['Lường Thị Thoan'], endTime: '21:30' });
    const after = await ok('GET', `/api/meetings/${m.id}`);
    return { id: m.id as string, detail: after, absent, excused };
  }
  const resolution = { results: ['Chi bộ thống nhất hình thức kỷ luật'], tasks: [{ content: 'Hoàn thiện hồ sơ', assignee: 'Chi ủy', due: '2030-01-05' }] };

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    truong = await login(t.app, 'lvtruong');
    cellId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    const rows = await t.db.query<{ id: string; full_name: string }>('SELECT id, full_name FROM people');
    people = Object.fromEntries(rows.map((r) => [r.full_name, r.id]));
  }, 300_000);
  afterAll(async () => t?.close());

  it('recomputes a vote’s base and result when the roll call changes after it was entered', async () => {
    const m = await held({ excused: 2 });
    const base = m.detail.attendance.votingBase;
    const needed = Math.floor(base / 2) + 1;
    expect(m.detail.attendance.votesNeeded).toBe(needed);
    let d = await ok('POST', `/api/meetings/${m.id}/votes`, {
      subject: 'Thông qua nghị quyết', method: 'show_of_hands', for: needed, against: 0, other: 0, isResolution: true,
    });
    expect(d.votes[0]).toMatchObject({ base, for: needed, passed: true, isResolution: true });
    expect(d.resolutionStatus).toBe('adopted');
    // The two excused absentees had no accepted reason after all: they count in the base again.
    for (const i of m.excused) d = await ok('PUT', `/api/meetings/${m.id}/attendance/${i.personId}`, { status: 'absent_unexcused' });
    expect(d.attendance.votingBase).toBe(base + 2);
    expect(d.votes[0]).toMatchObject({ base: base + 2, needed: Math.floor((base + 2) / 2) + 1, passed: needed * 2 > base + 2 });
    expect(d.resolutionStatus).toBe(needed * 2 > base + 2 ? 'adopted' : 'failed');
    // The stored row agrees with what is shown.
    const row = await t.db.one<{ base: number; passed: boolean }>('SELECT base, passed FROM votes WHERE meeting_id = $1', [m.id]);
    expect(row).toEqual({ base: base + 2, passed: d.votes[0].passed });
  });

  it('refuses approval while a vote counts more votes than the official members present, naming the vote', async () => {
    const m = await held();
    const eligible = m.detail.attendance.eligibleVoters;
    await ok('POST', `/api/meetings/${m.id}/votes`, {
      subject: 'Thông qua nghị quyết kỷ luật', method: 'show_of_hands', for: eligible, against: 0, other: 0, isResolution: true,
    });
    await ok('PUT', `/api/meetings/${m.id}/resolution`, resolution);
    // One voter turns out to have left before the meeting began: marked absent after the vote.
    const voter = m.detail.invitations.find((i: any) => i.role === 'member' && i.standing === 'official' && i.personId !== people['Lường Văn Trường']
      && i.personId !== people['Lường Thị Thoan']);
    const d = await ok('PUT', `/api/meetings/${m.id}/attendance/${voter.personId}`, { status: 'absent_unexcused' });
    expect(d.votes[0]).toMatchObject({ eligible: eligible - 1, exceedsEligible: true });
    expect(d.warnings.map((w: any) => w.code)).toContain('vote_exceeds_roll_call');
    const res = await req('POST', `/api/meetings/${m.id}/approve`, truong);
    expect(res.statusCode).toBe(400);
    expect(json(res).error.code).toBe('vote_exceeds_roll_call');
    expect(json(res).error.message).toBe(
      `Chưa thông qua được biên bản: biểu quyết "Thông qua nghị quyết kỷ luật" có ${eligible} phiếu, nhiều hơn số đảng viên chính thức có mặt ` +
        `theo điểm danh (${eligible - 1}). Hãy sửa điểm danh hoặc kết quả biểu quyết.`,
    );
    const en = await t.app.inject({ method: 'POST', url: `/api/meetings/${m.id}/approve`, headers: { cookie: `${truong}; chibo_lang=en` } });
    expect(json(en).error.message).toContain('The minutes cannot be approved: the vote "Thông qua nghị quyết kỷ luật"');
    expect((await ok('GET', `/api/meetings/${m.id}`)).status).toBe('held');
  });

  it('approves minutes whose resolution vote failed with a BB number only: no NQ, the resolution answers 409, the minutes say it failed', async () => {
    const m = await held({ absent: 6 });
    const { votingBase: base, eligibleVoters: eligible } = m.detail.attendance;
    const votesFor = Math.floor(base / 2); // half, not more than half
    expect(votesFor).toBeLessThanOrEqual(eligible);
    await ok('POST', `/api/meetings/${m.id}/votes`, {
      subject: 'Thông qua nghị quyết kỷ luật', method: 'show_of_hands', for: votesFor, against: eligible - votesFor, other: 0, isResolution: true,
    });
    await ok('PUT', `/api/meetings/${m.id}/resolution`, resolution);
    const draft = await req('GET', `/api/meetings/${m.id}/resolution.pdf`, truong);
    expect(draft.statusCode).toBe(409);
    const approved = await ok('POST', `/api/meetings/${m.id}/approve`);
    expect(approved).toMatchObject({ status: 'approved', resolutionStatus: 'failed' });
    expect(approved.numbers.NQ).toBeUndefined();
    expect(approved.numbers.BB).toBeGreaterThan(0);
    const nq = await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM document_numbers WHERE meeting_id = $1 AND doc_type = 'NQ'`, [m.id]);
    expect(nq!.n).toBe(0);
    for (const f of ['pdf', 'docx']) {
      const res = await req('GET', `/api/meetings/${m.id}/resolution.${f}`, truong);
      expect(res.statusCode).toBe(409);
      expect(json(res).error).toMatchObject({ code: 'resolution_not_adopted' });
      expect(json(res).error.message).toContain('không đạt quá nửa số đảng viên chính thức được triệu tập');
    }
    const text = pdfText((await req('GET', `/api/meetings/${m.id}/minutes.pdf`, truong)).rawPayload);
    expect(text).toContain('Không thông qua.');
    expect(text).toContain('nghị quyết không được thông qua');
  });

  it('needs a resolution vote, or an explicit "no resolution this month" that the minutes then state', async () => {
    const m = await held();
    const missing = await req('POST', `/api/meetings/${m.id}/approve`, truong);
    expect(missing.statusCode).toBe(400);
    expect(json(missing).error.code).toBe('resolution_vote_missing');
    await ok('PUT', `/api/meetings/${m.id}/resolution`, { noResolution: true });
    const approved = await ok('POST', `/api/meetings/${m.id}/approve`);
    expect(approved).toMatchObject({ status: 'approved', resolutionStatus: 'none', noResolution: true });
    expect(approved.numbers.NQ).toBeUndefined();
    expect(pdfText((await req('GET', `/api/meetings/${m.id}/minutes.pdf`, truong)).rawPayload)).toContain(
      'Chi bộ không ban hành nghị quyết trong tháng này.',
    );
    expect((await req('GET', `/api/meetings/${m.id}/resolution.pdf`, truong)).statusCode).toBe(409);
  });

  it('refuses to approve an adopted resolution with no content, then numbers it once it has some', async () => {
    const m = await held();
    await ok('POST', `/api/meetings/${m.id}/votes`, {
      subject: 'Thông qua nghị quyết', method: 'show_of_hands', for: m.detail.attendance.eligibleVoters, against: 0, other: 0, isResolution: true,
    });
    await ok('PUT', `/api/meetings/${m.id}/resolution`, { title: 'về công tác kỷ luật' });
    const empty = await req('POST', `/api/meetings/${m.id}/approve`, truong);
    expect(empty.statusCode).toBe(400);
    expect(json(empty).error.code).toBe('resolution_content_missing');
    await ok('PUT', `/api/meetings/${m.id}/resolution`, resolution);
    const approved = await ok('POST', `/api/meetings/${m.id}/approve`);
    expect(approved.resolutionStatus).toBe('adopted');
    expect(approved.numbers.NQ).toBeGreaterThan(0);
    const text = pdfText((await req('GET', `/api/meetings/${m.id}/resolution.pdf`, truong)).rawPayload);
    expect(text).toContain('Hoàn thiện hồ sơ');
  });
});
