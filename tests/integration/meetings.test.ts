import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { addMonths, parseIsoDate, todayVn, toIsoDate } from '../../src/domain/dates';
import { pdfText } from '../support/pdf';

/** Cell meetings end to end on both databases, as the demo's Phiêng Lơi cell (meets on the 10th). */
describe.each(DB_KINDS)('meetings on %s', (kind) => {
  let t: TestApp;
  const c: Record<'truong' | 'khay' | 'thoan' | 'don', string> = { truong: '', khay: '', thoan: '', don: '' };
  let cellId: string;
  let people: Record<string, string>;
  let meetingId: string;
  let unexcusedId: string;
  /** First number of next month's minutes: after those the demo already holds for that year (01 if none). */
  let first = 1;
  const no = (n: number) => String(n).padStart(2, '0');
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie } });

  // Next month and the month after, from today (Vietnam time).
  const today = parseIsoDate(todayVn());
  const month = (n: number) => addMonths(today.year, today.month, n);
  const tenth = (n: number) => toIsoDate(month(n).year, month(n).month, 10);
  const twelfth = (n: number) => toIsoDate(month(n).year, month(n).month, 12);

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    c.truong = await login(t.app, 'lvtruong');
    c.khay = await login(t.app, 'tvkhay');
    c.thoan = await login(t.app, 'ltthoan');
    c.don = await login(t.app, 'pqdon');
    cellId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    const rows = await t.db.query<{ id: string; full_name: string }>('SELECT id, full_name FROM people');
    people = Object.fromEntries(rows.map((r) => [r.full_name, r.id]));
  }, 300_000);
  afterAll(async () => t?.close());
  const rootId = async () => (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE parent_id IS NULL`))!.id;

  it('plans the coming meetings from the cell’s rule: Phiêng Lơi on the 10th at 19:30', async () => {
    const rule = json(await req('GET', `/api/orgs/${cellId}/meeting-rule`, c.truong));
    expect(rule).toMatchObject({ dayOfMonth: 10, time: '19:30', inheritedFrom: { dayOfMonth: cellId } });
    const res = await req('GET', `/api/meetings?orgId=${cellId}&from=${tenth(1)}&to=${tenth(3)}`, c.truong);
    expect(res.statusCode).toBe(200);
    const items = json(res).items;
    expect(items.map((m: any) => m.date)).toEqual([tenth(1), tenth(2), tenth(3)]);
    expect(items.every((m: any) => m.virtual && m.startTime === '19:30' && m.status === 'planned')).toBe(true);
  });

  it('plans next month’s meeting: members summoned (the exempt one listed as exempt), the overseer, the agenda template', async () => {
    const res = await req('POST', `/api/orgs/${cellId}/meetings`, c.truong, { type: 'regular', originalDate: tenth(1) });
    expect(res.statusCode).toBe(201);
    const m = json(res);
    meetingId = m.id;
    expect(m).toMatchObject({ date: tenth(1), originalDate: tenth(1), startTime: '19:30', status: 'planned' });
    const roles = m.invitations.reduce((acc: Record<string, number>, i: any) => ({ ...acc, [i.role]: (acc[i.role] ?? 0) + 1 }), {});
    expect(roles).toEqual({ member: 21, exempt: 1, overseer: 1 });
    expect(m.invitations.find((i: any) => i.role === 'exempt').name).toBe('Lò Văn Pọm');
    expect(m.invitations.find((i: any) => i.role === 'overseer').name).toBe('Tòng Văn Khay');
    expect(m.agenda[0].title).toBe('Tuyên bố lý do, giới thiệu đại biểu');
    expect(m.preparation.missing).toContain('notice_sent');
    const again = await req('POST', `/api/orgs/${cellId}/meetings`, c.truong, { type: 'regular', originalDate: tenth(1) });
    expect(again.statusCode).toBe(409);
    // The plan now shows the real meeting instead of the generated one.
    const list = json(await req('GET', `/api/meetings?orgId=${cellId}&from=${tenth(1)}&to=${tenth(2)}`, c.thoan)).items;
    expect(list.map((x: any) => [x.date, x.virtual])).toEqual([[tenth(1), false], [tenth(2), true]]);
  });

  it('moves a meeting only with a reason, and the plan shows it', async () => {
    const bad = await req('PATCH', `/api/meetings/${meetingId}`, c.truong, { date: twelfth(1) });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.message).toBe('Dời buổi sinh hoạt phải ghi rõ lý do.');
    const res = await req('PATCH', `/api/meetings/${meetingId}`, c.truong, { date: twelfth(1), reason: 'Trùng ngày thu hoạch lúa' });
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ date: twelfth(1), originalDate: tenth(1), status: 'moved', moveReason: 'Trùng ngày thu hoạch lúa' });
    const list = json(await req('GET', `/api/meetings?orgId=${cellId}&from=${tenth(1)}&to=${tenth(1)}`, c.truong)).items;
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ status: 'moved', date: twelfth(1) });
    // A member reads the meeting but cannot change it.
    expect((await req('GET', `/api/meetings/${meetingId}`, c.thoan)).statusCode).toBe(200);
    expect((await req('PATCH', `/api/meetings/${meetingId}`, c.thoan, { location: 'Nhà ông Pọm' })).statusCode).toBe(403);
  });

  it('prepares the meeting: preparers, committee meeting, notice and documents', async () => {
    const res = await req('PUT', `/api/meetings/${meetingId}/preparation`, c.truong, {
      contentPreparerId: people['Lường Văn Trường'], resolutionPreparerId: people['Quàng Văn Ún'], committeeMeetingOn: tenth(1),
      contentAgreed: true, noticeSent: true, documentsReady: true,
    });
    expect(res.statusCode).toBe(200);
    expect(json(res).preparation.missing).toEqual([]);
  });

  it('refuses the roll call of someone not summoned, with a clear message (no name the secretary may not read) and nothing saved', async () => {
    // Next month's meeting is recorded ahead of its day: that needs a reason on the meeting.
    expect((await req('PATCH', `/api/meetings/${meetingId}`, c.truong, { earlyReason: 'Chi bộ họp sớm trước mùa gặt' })).statusCode).toBe(200);
    const res = await req('PUT', `/api/meetings/${meetingId}/attendance/${people['Phạm Quang Đôn']}`, c.truong, { status: 'present' });
    expect(res.statusCode).toBe(400);
    expect(json(res).error.message).toBe(
      'Người được chọn không có trong danh sách triệu tập buổi sinh hoạt này nên không điểm danh được. Hãy mời trước rồi điểm danh.',
    );
    const m = json(await req('GET', `/api/meetings/${meetingId}`, c.truong));
    expect(m.attendance.notRecorded).toBe(21);
    expect(m.status).toBe('moved');
  });

  it('holds the roll call: counts, local quorum, voting base and who may vote', async () => {
    const m = json(await req('GET', `/api/meetings/${meetingId}`, c.truong));
    const members = m.invitations.filter((i: any) => i.role === 'member');
    const unexcused = members.find((i: any) => i.standing === 'official' && !['Lường Văn Trường', 'Lường Thị Thoan', 'Quàng Văn Ún', 'Cà Thị Hương'].includes(i.name));
    unexcusedId = unexcused.personId;
    const noReason = await req('PUT', `/api/meetings/${meetingId}/attendance/${people['Cà Thị Hương']}`, c.truong, { status: 'absent_excused' });
    expect(noReason.statusCode).toBe(400);
    expect(json(noReason).error.message).toBe('Vắng có lý do thì phải ghi rõ lý do.');
    for (const i of [...members, m.invitations.find((x: any) => x.role === 'overseer')]) {
      const body = i.name === 'Cà Thị Hương' ? { status: 'absent_excused', reason: 'ốm' }
        : i.personId === unexcused.personId ? { status: 'absent_unexcused' } : { status: 'present' };
      const r = await req('PUT', `/api/meetings/${meetingId}/attendance/${i.personId}`, c.truong, body);
      expect(r.statusCode, i.name).toBe(200);
    }
    const after = json(await req('GET', `/api/meetings/${meetingId}`, c.truong));
    expect(after.status).toBe('held');
    expect(after.attendance).toMatchObject({
      total: 22, official: 21, probationary: 1, exempt: 1, officialExpected: 20, present: 19, presentOfficial: 18,
      presentProbationary: 1, absentExcused: 1, absentUnexcused: 1, notRecorded: 0, quorumRequired: 14, valid: true,
      // Official members summoned: 18 present + 1 absent without reason; the excused and the exempt do not count.
      votingBase: 19, eligibleVoters: 18,
    });
    expect(after.attendance.absentees).toEqual(expect.arrayContaining([
      expect.objectContaining({ name: 'Cà Thị Hương', status: 'absent_excused', reason: 'ốm' }),
      expect.objectContaining({ name: unexcused.name, status: 'absent_unexcused' }),
    ]));
  });

  it('records minutes for two agenda items with speakers, and refuses a vote exceeding the eligible voters (nothing saved)', async () => {
    const m = json(await req('GET', `/api/meetings/${meetingId}`, c.truong));
    const hcm = m.agenda.find((a: any) => a.templateKey === 'ho_chi_minh');
    const review = m.agenda.find((a: any) => a.templateKey === 'monthly_review');
    expect((await req('PATCH', `/api/meetings/${meetingId}/agenda/${hcm.id}`, c.truong, {
      content: 'Đồng chí Bí thư quán triệt chuyên đề năm về nêu gương của đảng viên', conclusion: 'Mỗi đảng viên đăng ký một việc làm theo gương Bác',
    })).statusCode).toBe(200);
    expect((await req('PATCH', `/api/meetings/${meetingId}/agenda/${review.id}`, c.truong, {
      content: 'Hoàn thành thu quỹ; bảo vệ rừng đầu nguồn', conclusion: 'Thống nhất nhiệm vụ tháng tới như dự thảo nghị quyết',
    })).statusCode).toBe(200);
    for (const [item, who, gist] of [
      [hcm.id, 'Lường Thị Thoan', 'Chi hội Phụ nữ vận động hội viên làm theo gương Bác'],
      [review.id, 'Quàng Văn Ún', 'Cần tăng cường tuần tra bảo vệ rừng dịp cuối năm'],
    ]) {
      const r = await req('POST', `/api/meetings/${meetingId}/speeches`, c.truong, { agendaItemId: item, speakerPersonId: people[who], gist });
      expect(r.statusCode).toBe(200);
    }
    const tooMany = await req('POST', `/api/meetings/${meetingId}/votes`, c.truong, {
      subject: 'Thông qua nghị quyết tháng', method: 'show_of_hands', for: 18, against: 1, other: 0,
    });
    expect(tooMany.statusCode).toBe(400);
    expect(json(tooMany).error).toMatchObject({ code: 'vote_exceeds_eligible' });
    expect(json(tooMany).error.message).toContain('Tổng số phiếu (19) vượt quá số đảng viên chính thức có mặt được biểu quyết (18)');
    expect(json(await req('GET', `/api/meetings/${meetingId}`, c.truong)).votes).toEqual([]);
    const ok = await req('POST', `/api/meetings/${meetingId}/votes`, c.truong, {
      subject: 'Thông qua nghị quyết lãnh đạo thực hiện nhiệm vụ tháng', method: 'show_of_hands', for: 17, against: 0, other: 1,
      agendaItemId: review.id, isResolution: true,
    });
    expect(ok.statusCode).toBe(200);
    expect(json(ok).votes[0]).toMatchObject({ base: 19, eligible: 18, for: 17, passed: true });
    expect((await req('PUT', `/api/meetings/${meetingId}/resolution`, c.truong, {
      results: ['Hoàn thành thu quỹ'], tasks: [{ content: 'Tuần tra bảo vệ rừng', assignee: 'Tổ bảo vệ rừng', due: twelfth(2) }],
      implementation: ['Chi ủy theo dõi, báo cáo tại buổi sinh hoạt tháng sau'],
    })).statusCode).toBe(200);
    const dues = await req('PUT', `/api/meetings/${meetingId}/dues/${people['Lường Thị Thoan']}`, c.truong, { amountPaid: 4000 });
    expect(json(dues).items.find((d: any) => d.name === 'Lường Thị Thoan')).toMatchObject({ paid: 4000, expected: 4000 });
  });

  it('scores the meeting; the committee member in charge confirms, the secretary cannot', async () => {
    const schemes = json(await req('GET', '/api/scoring-schemes', c.truong));
    const scheme = schemes.find((s: any) => s.id === 'phu-tho-regular');
    const points = Object.fromEntries(scheme.groups.flatMap((g: any) => g.criteria.map((x: any) => [x.key, x.maxPoints])));
    points.con_speaking = 8; // short of full marks on "members speaking": Tốt drops to Khá (Bình Thuận rule)
    const res = await req('PUT', `/api/meetings/${meetingId}/score`, c.truong, { points });
    expect(res.statusCode).toBe(200);
    expect(json(res).score).toMatchObject({ total: 98, level: 'kha' });
    expect((await req('POST', `/api/meetings/${meetingId}/score/confirm`, c.truong, {})).statusCode).toBe(403);
    const confirmed = await req('POST', `/api/meetings/${meetingId}/score/confirm`, c.khay, { comment: 'Nhất trí' });
    expect(confirmed.statusCode).toBe(200);
    expect(json(confirmed).score.confirmedAt).toBeTruthy();
  });

  it('refuses to approve minutes without a chair and a recorder, then approves and locks them', async () => {
    const bad = await req('POST', `/api/meetings/${meetingId}/approve`, c.truong);
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.message).toBe('Chưa thông qua được biên bản: cần ghi rõ người chủ trì và thư ký của buổi sinh hoạt.');
    expect(json(await req('GET', `/api/meetings/${meetingId}`, c.truong)).status).toBe('held');
    const set = await req('PATCH', `/api/meetings/${meetingId}`, c.truong, {
      chairId: people['Lường Văn Trường'], recorderId: people['Lường Thị Thoan'], startTime: '19:30', endTime: '21:30',
      location: 'Nhà văn hóa bản Phiêng Lơi',
    });
    expect(set.statusCode).toBe(200);
    expect(json(set).warnings).toEqual([]);
    const issued = await t.db.one<{ max: number | null }>(
      `SELECT max(seq) AS max FROM document_numbers WHERE org_id = $1 AND doc_type = 'BB' AND scope_key = $2`,
      [cellId, 'term:2025-04-20'], // Phiêng Lơi numbers within its term (HD 36-HD/VPTW), from its congress
    );
    first = (issued?.max ?? 0) + 1;
    const res = await req('POST', `/api/meetings/${meetingId}/approve`, c.truong);
    expect(res.statusCode).toBe(200);
    expect(json(res)).toMatchObject({ status: 'approved', locked: true, numbers: { BB: first, NQ: first }, versions: [{ version: 1, correctionReason: null }] });
  });

  it('refuses every edit of approved minutes with a clear message', async () => {
    const msg = 'Biên bản buổi sinh hoạt này đã được thông qua và khóa, không sửa trực tiếp được. Muốn sửa, hãy lập bản điều chỉnh và ghi rõ lý do.';
    const m = json(await req('GET', `/api/meetings/${meetingId}`, c.truong));
    for (const [method, url, body] of [
      ['PATCH', `/api/meetings/${meetingId}`, { location: 'Nhà văn hóa' }],
      ['PUT', `/api/meetings/${meetingId}/attendance/${people['Cà Thị Hương']}`, { status: 'present' }],
      ['POST', `/api/meetings/${meetingId}/speeches`, { agendaItemId: m.agenda[0].id, speakerName: 'Lò Văn A', gist: 'Ý kiến thêm' }],
      ['POST', `/api/meetings/${meetingId}/approve`, undefined],
    ] as const) {
      const r = await req(method, url, c.truong, body);
      expect(r.statusCode, url).toBe(409);
      expect(json(r).error.message).toBe(msg);
    }
  });

  it('renders the approved minutes as PDF with header, number, date line, attendance, speakers, votes and signatures', async () => {
    const res = await req('GET', `/api/meetings/${meetingId}/minutes.pdf`, c.thoan);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const text = pdfText(res.rawPayload);
    const { year, month } = parseIsoDate(twelfth(1));
    const mm = String(month).padStart(2, '0');
    for (const s of [
      'ĐẢNG CỘNG SẢN VIỆT NAM', 'ĐẢNG BỘ XÃ THANH MINH', 'CHI BỘ BẢN PHIÊNG LƠI', `Số ${no(first)}-BB/CB`, `Thanh Minh, ngày 12 tháng ${mm} năm ${year}`,
      'BIÊN BẢN', `SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG ${mm} NĂM ${year}`,
      'Tổng số đảng viên của chi bộ: 22 (chính thức 21, dự bị 1); miễn sinh hoạt: 1.', 'Có mặt: 19 (chính thức 18, dự bị 1).',
      'có lý do: đồng chí Cà Thị Hương (ốm)', 'đồng chí Tòng Văn Khay, Đảng ủy viên phụ trách chi bộ',
      'Đồng chí Lường Thị Thoan: Chi hội Phụ nữ vận động hội viên làm theo gương Bác.', 'Đồng chí Quàng Văn Ún:',
      'Tán thành: 17/19', 'Thông qua.', 'THƯ KÝ', 'CHỦ TRÌ', 'Lường Văn Trường', '/100 — xếp loại Khá',
    ]) expect(text, s).toContain(s);
    expect(text).not.toContain('DỰ THẢO');
    const docx = await req('GET', `/api/meetings/${meetingId}/minutes.docx`, c.thoan);
    expect(docx.statusCode).toBe(200);
    expect(docx.rawPayload.subarray(0, 2).toString()).toBe('PK');
    const nq = pdfText((await req('GET', `/api/meetings/${meetingId}/resolution.pdf`, c.thoan)).rawPayload);
    for (const s of ['NGHỊ QUYẾT', `Số ${no(first)}-NQ/CB`, 'T/M CHI BỘ', 'BÍ THƯ', 'Lường Văn Trường', 'Tuần tra bảo vệ rừng']) expect(nq, s).toContain(s);
  });

  it('corrects approved minutes as a new version with who and why; the approved version stays as it was', async () => {
    const start = await req('POST', `/api/meetings/${meetingId}/corrections`, c.truong, { reason: 'Ghi sót ý kiến của đồng chí Lò Văn Pọm' });
    expect(start.statusCode).toBe(200);
    expect(json(start)).toMatchObject({ status: 'held', locked: false });
    const m = json(start);
    expect((await req('POST', `/api/meetings/${meetingId}/speeches`, c.truong, {
      agendaItemId: m.agenda.find((a: any) => a.templateKey === 'monthly_review').id, speakerPersonId: people['Lò Văn Pọm'],
      gist: 'Đề nghị quan tâm người cao tuổi dịp cuối năm',
    })).statusCode).toBe(200);
    const res = await req('POST', `/api/meetings/${meetingId}/approve`, c.truong);
    expect(json(res).versions).toEqual([
      expect.objectContaining({ version: 1, correctionReason: null, approvedBy: 'lvtruong' }),
      expect.objectContaining({ version: 2, correctionReason: 'Ghi sót ý kiến của đồng chí Lò Văn Pọm', approvedBy: 'lvtruong' }),
    ]);
    const v2 = pdfText((await req('GET', `/api/meetings/${meetingId}/minutes.pdf`, c.truong)).rawPayload);
    expect(v2).toContain('Bản điều chỉnh lần 1');
    expect(v2).toContain('Đồng chí Lò Văn Pọm: Đề nghị quan tâm người cao tuổi');
    expect(v2).toContain(`Số ${no(first)}-BB/CB`);
    const v1 = pdfText((await req('GET', `/api/meetings/${meetingId}/minutes.pdf?version=1`, c.truong)).rawPayload);
    expect(v1).not.toContain('Lò Văn Pọm: Đề nghị');
    expect(v1).not.toContain('Bản điều chỉnh');
  });

  it('numbers the next meeting’s minutes 02, with self check-in by QR code', async () => {
    const m = json(await req('POST', `/api/orgs/${cellId}/meetings`, c.truong, { type: 'regular', originalDate: tenth(2) }));
    await req('PATCH', `/api/meetings/${m.id}`, c.truong, { earlyReason: 'Chi bộ họp sớm trước mùa gặt' });
    const qr = json(await req('POST', `/api/meetings/${m.id}/checkin-token`, c.truong));
    expect(qr.svg).toContain('<svg');
    expect(qr.url).toMatch(new RegExp(`/checkin/${qr.token}$`));
    const token = qr.token;
    const self = await req('POST', '/api/checkin', c.thoan, { token });
    expect(self.statusCode).toBe(200);
    expect(json(self)).toMatchObject({ meetingId: m.id, name: 'Lường Thị Thoan', status: 'present' });
    expect((await req('POST', '/api/checkin', c.don, { token })).statusCode).toBe(409);
    const after = json(await req('GET', `/api/meetings/${m.id}`, c.truong));
    expect(after.invitations.find((i: any) => i.name === 'Lường Thị Thoan')).toMatchObject({ status: 'present', method: 'qr' });
    await req('PATCH', `/api/meetings/${m.id}`, c.truong, { chairId: people['Lường Văn Trường'], recorderId: people['Quàng Văn Ún'] });
    // No resolution vote: the cell states that it issues no resolution this month (the minutes take a BB number only).
    expect(json(await req('POST', `/api/meetings/${m.id}/approve`, c.truong)).error.code).toBe('resolution_vote_missing');
    await req('PUT', `/api/meetings/${m.id}/resolution`, c.truong, { noResolution: true });
    const approved = await req('POST', `/api/meetings/${m.id}/approve`, c.truong);
    expect(approved.statusCode).toBe(200);
    const text = pdfText((await req('GET', `/api/meetings/${m.id}/minutes.pdf`, c.truong)).rawPayload);
    // Phiêng Lơi numbers within its term: the next number, even when the year turns in between.
    const second = first + 1;
    expect(text).toContain(`Số ${no(second)}-BB/CB`);
    const n = await t.db.query<{ seq: number }>(
      `SELECT seq FROM document_numbers WHERE org_id = $1 AND doc_type = 'BB' AND meeting_id = ANY ($2::uuid[]) ORDER BY issued_at`,
      [cellId, [meetingId, m.id]],
    );
    expect(n.map((r) => r.seq)).toEqual([first, second]);
  });
  it('shows a member’s attendance history with the absence rule', async () => {
    const year = parseIsoDate(twelfth(1)).year;
    const res = await req('GET', `/api/members/${unexcusedId}/attendance?year=${year}`, c.truong);
    expect(res.statusCode).toBe(200);
    const h = json(res);
    expect(h.items.find((i: any) => i.meetingId === meetingId)).toMatchObject({ status: 'absent_unexcused', exempt: false });
    expect(h.absence).toMatchObject({ count: 1, level: 'ok', months: [parseIsoDate(tenth(1)).month] });
    expect((await req('GET', `/api/members/${unexcusedId}/attendance`, c.thoan)).statusCode).toBe(403);
  });

  it('lists my meetings, and serves secret iCalendar feeds in UTC that can be revoked', async () => {
    const mine = json(await req('GET', `/api/my/meetings?from=${tenth(1)}&to=${tenth(3)}`, c.thoan));
    expect(mine.find((m: any) => m.id === meetingId)).toMatchObject({ role: 'member', date: twelfth(1) });
    expect(mine.some((m: any) => m.virtual && m.date === tenth(3))).toBe(true);
    const feed = await req('POST', '/api/calendar-feeds', c.thoan, { kind: 'person' });
    expect(feed.statusCode).toBe(201);
    const ics = await t.app.inject({ url: json(feed).path });
    expect(ics.statusCode).toBe(200);
    expect(ics.headers['content-type']).toContain('text/calendar');
    // 19:30 in Vietnam (UTC+7) is 12:30 UTC.
    expect(ics.body).toContain(`DTSTART:${twelfth(1).replace(/-/g, '')}T123000Z`);
    expect(ics.body).toContain('Phiêng Lơi');
    const other = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Tâu'`))!.id;
    expect((await req('POST', '/api/calendar-feeds', c.thoan, { kind: 'org', orgId: other })).statusCode).toBe(403);
    const unit = await req('POST', '/api/calendar-feeds', c.thoan, { kind: 'org', orgId: cellId });
    expect(unit.statusCode).toBe(201);
    expect((await t.app.inject({ url: json(unit).path })).body).toContain('BEGIN:VEVENT');
    expect((await req('DELETE', `/api/calendar-feeds/${json(feed).id}`, c.thoan)).statusCode).toBe(200);
    expect((await t.app.inject({ url: json(feed).path })).statusCode).toBe(404);
    expect((await t.app.inject({ url: '/api/calendar/not-a-real-token-at-all-xx.ics' })).statusCode).toBe(404);
  });
  it('invites guests from partner units, lists them in the minutes when present, and cancels a meeting only with a reason', async () => {
    const m = json(await req('POST', `/api/orgs/${cellId}/meetings`, c.truong, {
      type: 'expanded', originalDate: tenth(3), topic: null,
    }));
    const partners = json(await req('GET', `/api/orgs/${cellId}/partners`, c.truong));
    const contact = partners.flatMap((u: any) => u.contacts)[0];
    const women = partners.find((u: any) => u.kind === 'women') ?? partners[0];
    let r = await req('POST', `/api/meetings/${m.id}/invitations`, c.truong, { partnerContactId: contact.contactId });
    expect(r.statusCode).toBe(200);
    r = await req('POST', `/api/meetings/${m.id}/invitations`, c.truong, { partnerUnitId: women.id });
    expect(r.statusCode).toBe(200);
    r = await req('POST', `/api/meetings/${m.id}/invitations`, c.truong, { name: 'Lò Văn Khách', title: 'Trưởng bản Co Mỵ' });
    const guests = json(r).invitations.filter((i: any) => i.role === 'guest');
    expect(guests.map((g: any) => g.name)).toEqual(expect.arrayContaining([contact.fullName, '', 'Lò Văn Khách']));
    expect((await req('POST', `/api/meetings/${m.id}/invitations`, c.truong, { partnerContactId: contact.contactId })).statusCode).toBe(409);
    const free = guests.find((g: any) => g.name === 'Lò Văn Khách');
    await req('PATCH', `/api/meetings/${m.id}`, c.truong, { earlyReason: 'Chi bộ họp sớm trước mùa gặt' });
    expect((await req('PUT', `/api/meetings/${m.id}/invitations/${free.id}/attendance`, c.truong, { status: 'present' })).statusCode).toBe(200);
    const draft = pdfText((await req('GET', `/api/meetings/${m.id}/minutes.pdf`, c.truong)).rawPayload);
    expect(draft).toContain('DỰ THẢO');
    expect(draft).toContain('đồng chí Lò Văn Khách, Trưởng bản Co Mỵ');
    expect(draft).toContain('SINH HOẠT CHI BỘ MỞ RỘNG');
    const bad = await req('PATCH', `/api/meetings/${m.id}`, c.truong, { status: 'cancelled' });
    expect(json(bad).error.message).toBe('Hủy buổi sinh hoạt phải ghi rõ lý do.');
    const cancelled = await req('PATCH', `/api/meetings/${m.id}`, c.truong, { status: 'cancelled', reason: 'Lũ quét, đường vào bản bị chia cắt' });
    expect(json(cancelled)).toMatchObject({ status: 'cancelled', cancelReason: 'Lũ quét, đường vào bản bị chia cắt' });
    expect((await req('POST', `/api/meetings/${m.id}/approve`, c.truong)).statusCode).toBe(409);
  });

  it('shows the commune all cells’ meetings, warning of quarters without a thematic meeting', async () => {
    const first = toIsoDate(month(1).year, month(1).month, 1);
    const res = await req('GET', `/api/meetings?orgId=${(await rootId())}&from=${first}&to=${twelfth(1)}`, c.don);
    expect(res.statusCode).toBe(200);
    const body = json(res);
    expect(new Set(body.items.map((m: any) => m.orgId)).size).toBe(19);
    expect(body.items.find((m: any) => m.orgId === cellId)).toMatchObject({ id: meetingId, date: twelfth(1) });
    expect(body.quartersWithoutThematic.some((w: any) => w.orgId === cellId)).toBe(true);
    expect((await req('GET', `/api/meetings?orgId=${(await rootId())}`, c.truong)).statusCode).toBe(403);
  });

  it('keeps scoring schemes as versioned data: a new version is used from then on, old scores keep theirs', async () => {
    const admin = await login(t.app, 'admin');
    const base = json(await req('GET', '/api/scoring-schemes', admin)).find((s: any) => s.id === 'phu-tho-regular');
    const { version: _v, active: _a, ...body } = base;
    const bad = await req('POST', '/api/scoring-schemes', admin, { ...body, maxPoints: 90 });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error).toMatchObject({ code: 'scheme_invalid', details: [{ code: 'scheme_total_mismatch' }] });
    expect(json(bad).error.message).toMatch(/^Bộ tiêu chí chưa hợp lệ: /);
    // English users read English, as on every other route.
    const en = await t.app.inject({ method: 'POST', url: '/api/scoring-schemes', payload: { ...body, maxPoints: 90 }, headers: { cookie: `${admin}; chibo_lang=en` } });
    expect(json(en).error.message).toMatch(/^The scheme is not valid: /);
    expect((await req('POST', '/api/scoring-schemes', c.truong, body)).statusCode).toBe(403);
    const res = await req('POST', '/api/scoring-schemes', admin, { ...body, name: 'Chấm điểm sinh hoạt thường kỳ (sửa đổi)' });
    expect(res.statusCode).toBe(201);
    expect(json(res).version).toBe(2);
    expect(json(await req('GET', `/api/meetings/${meetingId}`, c.truong)).score).toMatchObject({ schemeId: 'phu-tho-regular', schemeVersion: 1 });
  });
});
