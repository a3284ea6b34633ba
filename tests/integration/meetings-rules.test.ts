import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, loginFirstTime, testApp, type TestApp, requester } from '../support/app';
import { formatDateVi, todayVn } from '../../src/domain/dates';
import { pdfText } from '../support/pdf';

/**
 * Rules of the meetings service on the demo commune, in 2027 (after the demo's history): the thematic-meeting
 * warning by whole quarters, tasks carried to the next review, thematic resolutions, partner guests' titles,
 * who confirms a score, and voiding a document number.
 */
describe.each(DB_KINDS)('meeting rules on %s', (kind) => {
  let t: TestApp;
  const c: Record<'truong' | 'khay' | 'thoan' | 'don' | 'admin', string> = { truong: '', khay: '', thoan: '', don: '', admin: '' };
  let cellId: string;
  let rootId: string;
  let people: Record<string, string>;
  const { req, ok } = requester(() => t.app);
  // These meetings lie ahead (2027): recording them before their day needs a reason on the meeting.
  const plan = async (body: Record<string, unknown>) => {
    const m = await ok('POST', `/api/orgs/${cellId}/meetings`, c.truong, body);
    return ok('PATCH', `/api/meetings/${m.id}`, c.truong, { earlyReason: 'Ghi trước ngày họp (thử nghiệm quy tắc)' });
  };
  /** Members present (the committee member in charge is not marked) and the resolution adopted unanimously. */
  const adopt = async (m: any) => {
    for (const i of m.invitations.filter((x: any) => x.role === 'member')) {
      await ok('PUT', `/api/meetings/${m.id}/attendance/${i.personId}`, c.truong, { status: 'present' });
    }
    const d = await ok('GET', `/api/meetings/${m.id}`, c.truong);
    await ok('POST', `/api/meetings/${m.id}/votes`, c.truong, {
      subject: 'Thông qua nghị quyết', method: 'show_of_hands', for: d.attendance.eligibleVoters, against: 0, other: 0, isResolution: true,
    });
  };
  const warned = async (orgId: string, from: string, to: string) =>
    (json(await req('GET', `/api/meetings?orgId=${orgId}&from=${from}&to=${to}`, c.don)).quartersWithoutThematic as any[])
      .filter((w) => w.orgId === cellId)
      .map((w) => `${w.year}-Q${w.quarter}`);

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    for (const [k, u] of [['truong', 'lvtruong'], ['khay', 'tvkhay'], ['thoan', 'ltthoan'], ['don', 'pqdon'], ['admin', 'admin']] as const) {
      c[k] = await login(t.app, u);
    }
    cellId = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    rootId = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    const rows = await t.db.query<{ id: string; full_name: string }>('SELECT id, full_name FROM people');
    people = Object.fromEntries(rows.map((r) => [r.full_name, r.id]));
  }, 300_000);
  afterAll(async () => t?.close());

  it('judges whole quarters for the thematic-meeting warning: a thematic meeting before `from` in the quarter counts', async () => {
    expect(await warned(cellId, '2027-11-01', '2027-11-30')).toEqual(['2027-Q4']);
    await plan({ type: 'thematic', date: '2027-10-15', topic: 'Xây dựng Đảng trong sạch, vững mạnh' });
    expect(await warned(cellId, '2027-11-01', '2027-11-30')).toEqual([]);
    // ... and so does one after `to`, in the same quarter; the commune's list judges each cell alike.
    expect(await warned(cellId, '2027-10-01', '2027-10-10')).toEqual([]);
    expect(await warned(rootId, '2027-12-01', '2027-12-31')).toEqual([]);
    expect(await warned(cellId, '2027-11-20', '2028-01-05')).toEqual(['2028-Q1']);
    const commune = json(await req('GET', `/api/meetings?orgId=${rootId}&from=2027-11-01&to=2027-11-30`, c.don)).quartersWithoutThematic;
    expect(commune.length).toBe(18);
  });

  const tasksR1 = [
    { content: 'Phát quang đường nội bản', assignee: 'Chi đoàn Thanh niên', due: '2027-01-25' },
    { content: 'Thu quỹ khuyến học', assignee: 'Chi hội Phụ nữ', due: '2027-01-25', done: true },
    { content: 'Tuần tra bảo vệ rừng đầu nguồn', assignee: 'Tổ bảo vệ rừng', due: '2027-01-30' },
  ];
  let r1: any;
  let th: any;

  it('carries to the next review the open tasks of the last regular meeting and of a thematic meeting since, each once', async () => {
    r1 = await plan({ type: 'regular', originalDate: '2027-01-10' });
    await ok('PUT', `/api/meetings/${r1.id}/resolution`, c.truong, { results: ['Hoàn thành kế hoạch tháng'], tasks: tasksR1 });
    await ok('PATCH', `/api/meetings/${r1.id}`, c.truong, { status: 'held' });
    th = await plan({ type: 'thematic', date: '2027-01-20', topic: 'Phát triển kinh tế hộ gia đình gắn với bảo vệ rừng' });
    await ok('PUT', `/api/meetings/${th.id}/resolution`, c.truong, {
      tasks: [
        { content: 'Mỗi đảng viên đăng ký một mô hình kinh tế hộ', assignee: 'Đảng viên trong chi bộ', due: '2027-02-28' },
        { content: 'phát quang đường nội bản.', assignee: 'Chi đoàn  Thanh niên', due: '2027-01-25' },
      ],
    });
    await ok('PATCH', `/api/meetings/${th.id}`, c.truong, { status: 'held' });
    const r2 = await plan({ type: 'regular', originalDate: '2027-02-10' });
    const review: string = r2.agenda.find((a: any) => a.templateKey === 'monthly_review').content;
    expect(review.split('\n')).toEqual([
      'Nhiệm vụ kỳ trước cần đánh giá:',
      '- Chi đoàn Thanh niên: Phát quang đường nội bản (hạn 25/01/2027)',
      '- Tổ bảo vệ rừng: Tuần tra bảo vệ rừng đầu nguồn (hạn 30/01/2027)',
      '- Đảng viên trong chi bộ: Mỗi đảng viên đăng ký một mô hình kinh tế hộ (hạn 28/02/2027)',
    ]);
  });

  it('titles a thematic resolution "về <topic>" in sentence case, with the thematic headings', async () => {
    const text = pdfText((await req('GET', `/api/meetings/${th.id}/resolution.pdf`, c.truong)).rawPayload);
    expect(text).toContain('về phát triển kinh tế hộ gia đình gắn với bảo vệ rừng');
    expect(text).toContain('I. NỘI DUNG CHUYÊN ĐỀ');
    expect(text).toContain('Chi bộ nghiên cứu, thảo luận chuyên đề “Phát triển kinh tế hộ gia đình gắn với bảo vệ rừng”');
    expect(text).toContain('II. NHIỆM VỤ, GIẢI PHÁP');
    expect(text).not.toContain('KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG');
    expect(text).not.toContain('Ưu điểm');
    // The demo's approved thematic resolutions read the same way.
    const demo = (await t.db.one<{ id: string }>(
      `SELECT id FROM meetings WHERE org_id = $1 AND type = 'thematic' AND status = 'approved' ORDER BY date LIMIT 1`, [cellId],
    ))!.id;
    const stored = pdfText((await req('GET', `/api/meetings/${demo}/resolution.pdf`, c.truong)).rawPayload);
    expect(stored).toContain('I. NỘI DUNG CHUYÊN ĐỀ');
    expect(stored).toContain('II. NHIỆM VỤ, GIẢI PHÁP');
    // A regular meeting keeps the monthly headings.
    const regular = pdfText((await req('GET', `/api/meetings/${r1.id}/resolution.pdf`, c.truong)).rawPayload);
    expect(regular).toContain('I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 12/2026');
    expect(regular).toContain('II. NHIỆM VỤ THÁNG 01/2027');
  });

  it('invites a partner unit’s contact with the unit’s name in the title, and the minutes say which association', async () => {
    const m = await plan({ type: 'expanded', originalDate: '2027-03-10' });
    const units = json(await req('GET', `/api/orgs/${cellId}/partners`, c.truong)) as any[];
    const summoned = new Set(m.invitations.map((i: any) => i.personId));
    // An association whose head is not a member of the cell (a member is summoned already).
    const assoc = units.find((u) => ['women', 'farmers', 'veterans'].includes(u.kind) && !summoned.has(u.contacts[0]?.personId));
    const youth = units.find((u) => u.kind === 'youth' && !summoned.has(u.contacts[0]?.personId));
    expect(assoc.contacts[0].title).toBe('Chi hội trưởng');
    expect(assoc.name).toMatch(/^Chi hội .+ bản Phiêng Lơi$/);
    let after = await ok('POST', `/api/meetings/${m.id}/invitations`, c.truong, { partnerContactId: assoc.contacts[0].contactId });
    if (youth) after = await ok('POST', `/api/meetings/${m.id}/invitations`, c.truong, { partnerContactId: youth.contacts[0].contactId });
    const guest = (u: any) => after.invitations.find((i: any) => i.personId === u.contacts[0].personId);
    expect(guest(assoc).title).toBe(`Chi hội trưởng ${assoc.name}`);
    if (youth) expect(guest(youth).title).toBe('Bí thư Chi đoàn Thanh niên bản Phiêng Lơi');
    await ok('PUT', `/api/meetings/${m.id}/invitations/${guest(assoc).id}/attendance`, c.truong, { status: 'present' });
    const text = pdfText((await req('GET', `/api/meetings/${m.id}/minutes.pdf`, c.truong)).rawPayload);
    expect(text).toContain(`Khách mời: đồng chí ${assoc.contacts[0].fullName}, Chi hội trưởng ${assoc.name}.`);
  });

  it('lets only the committee member in charge who attended confirm the score, or a leader with a reason when none attended', async () => {
    const schemes = json(await req('GET', '/api/scoring-schemes', c.truong)) as any[];
    const scheme = schemes.find((s) => s.id === 'phu-tho-regular');
    const points = Object.fromEntries(scheme.groups.flatMap((g: any) => g.criteria.map((x: any) => [x.key, x.maxPoints])));
    await ok('PUT', `/api/meetings/${r1.id}/score`, c.truong, { points });
    // An account with an overseer grant on the cell, but not assigned to it (org_overseers): refused.
    const outsider = (await t.db.one<{ person_id: string }>(
      `SELECT m.person_id FROM memberships m JOIN orgs o ON o.id = m.org_id
        WHERE o.kind = 'cell' AND o.id <> $1 AND m.ended_on IS NULL
          AND NOT EXISTS (SELECT 1 FROM accounts a WHERE a.person_id = m.person_id)
          AND NOT EXISTS (SELECT 1 FROM org_overseers s WHERE s.person_id = m.person_id) ORDER BY m.person_id LIMIT 1`,
      [cellId],
    ))!.person_id;
    await ok('POST', '/api/accounts', c.admin, { personId: outsider, username: 'giam-sat-ngoai', password: 'giam-sat-ngoai-1', role: 'overseer', orgId: cellId });
    const o = await loginFirstTime(t.app, 'giam-sat-ngoai', 'giam-sat-ngoai-1');
    const refused = await req('POST', `/api/meetings/${r1.id}/score/confirm`, o, {});
    expect(refused.statusCode).toBe(403);
    expect(json(refused).error).toMatchObject({
      code: 'score_confirm_not_allowed',
      message: 'Chỉ đảng ủy viên phụ trách Chi bộ bản Phiêng Lơi đã dự buổi sinh hoạt (hoặc lãnh đạo Đảng ủy, khi không ai dự) mới xác nhận được điểm.',
    });
    expect((await req('POST', `/api/meetings/${r1.id}/score/confirm`, c.truong, {})).statusCode).toBe(403);
    // The committee member in charge did not attend this meeting: he does not confirm it.
    const absent = await req('POST', `/api/meetings/${r1.id}/score/confirm`, c.khay, { comment: 'Nhất trí' });
    expect(absent.statusCode).toBe(409);
    expect(json(absent).error.code).toBe('score_confirm_overseer_absent');
    expect(json(await req('GET', `/api/meetings/${r1.id}`, c.truong)).score.confirmedAt).toBeNull();
    // Nobody in charge attended: a leader of the commune confirms, with the reason recorded (in English too).
    const noReason = await t.app.inject({
      method: 'POST', url: `/api/meetings/${r1.id}/score/confirm`, payload: {}, headers: { cookie: `${c.don}; chibo_lang=en` },
    });
    expect(noReason.statusCode).toBe(400);
    expect(json(noReason).error).toMatchObject({
      code: 'score_confirm_reason_required', message: 'No committee member in charge attended the meeting: a leader confirming the score must record why.',
    });
    const done = await ok('POST', `/api/meetings/${r1.id}/score/confirm`, c.don, { comment: 'Nhất trí', reason: 'Đồng chí phụ trách đi học tập trung' });
    expect(done.score).toMatchObject({ confirmedBy: 'Phạm Quang Đôn', comment: 'Nhất trí', confirmReason: 'Đồng chí phụ trách đi học tập trung' });
    const today = formatDateVi(todayVn());
    const text = pdfText((await req('GET', `/api/meetings/${r1.id}/minutes.pdf`, c.truong)).rawPayload);
    expect(text).toContain(`xác nhận kết quả ngày ${today} (không có đảng ủy viên phụ trách dự buổi sinh hoạt; lý do: Đồng chí phụ trách đi học tập trung).`);
    const audit = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM audit_log WHERE action = 'meeting.score_confirm' AND entity_id = $1`, [r1.id],
    );
    expect(audit!.n).toBe(1);
    // On a meeting he attended, he confirms; the line says who and when only; a leader may not confirm in his place.
    const scheme2 = schemes.find((s) => s.id === 'phu-tho-thematic' || (s.meetingTypes.includes('thematic') && s.id !== 'phu-tho-regular'));
    const points2 = Object.fromEntries(scheme2.groups.flatMap((g: any) => g.criteria.map((x: any) => [x.key, x.maxPoints])));
    await ok('PUT', `/api/meetings/${th.id}/score`, c.truong, { points: points2, schemeId: scheme2.id });
    await ok('PUT', `/api/meetings/${th.id}/attendance/${people['Tòng Văn Khay']}`, c.truong, { status: 'present' });
    await ok('POST', `/api/meetings/${th.id}/score/confirm`, c.khay, {});
    const attended = pdfText((await req('GET', `/api/meetings/${th.id}/minutes.pdf`, c.truong)).rawPayload);
    expect(attended).toContain(`Đồng chí Tòng Văn Khay, Đảng ủy viên phụ trách chi bộ, xác nhận kết quả ngày ${today}.`);
    const byLeader = await req('POST', `/api/meetings/${th.id}/score/confirm`, c.don, { reason: 'Thay đồng chí Khay' });
    expect(byLeader.statusCode).toBe(409);
    expect(json(byLeader).error.code).toBe('score_confirm_by_attending_overseer');
  });

  it('voids an issued number with a reason: audited, never reused, the numbering continues after it', async () => {
    // Numbered by year here (the demo's Phiêng Lơi numbers by term), so that 2027's numbers start at 01.
    await ok('PUT', `/api/orgs/${cellId}/meeting-rule`, c.don, { numberingBy: 'year' });
    await ok('PATCH', `/api/meetings/${r1.id}`, c.truong, {
      chairId: people['Lường Văn Trường'], recorderId: people['Lường Thị Thoan'], endTime: '21:30',
    });
    await adopt(r1);
    const approved = await ok('POST', `/api/meetings/${r1.id}/approve`, c.truong);
    expect(approved.numbers).toEqual({ BB: 1, NQ: 1 });
    const url = `/api/meetings/${r1.id}/numbers/BB/void`;
    expect((await req('POST', url, c.thoan, { reason: 'Cấp nhầm' })).statusCode).toBe(403);
    expect((await req('POST', url, c.khay, { reason: 'Cấp nhầm' })).statusCode).toBe(403);
    const blank = await req('POST', url, c.truong, { reason: '   ' });
    expect(blank.statusCode).toBe(400);
    expect(json(blank).error.message).toBe('Dữ liệu không hợp lệ: chưa ghi "reason"');
    const voided = await ok('POST', url, c.truong, { reason: 'Biên bản in sai tên thư ký, đã thu hồi' });
    expect(voided).toMatchObject({
      status: 'held', locked: false, numbers: { NQ: 1 }, correctionReason: 'Hủy số 01-BB/CB: Biên bản in sai tên thư ký, đã thu hồi',
      voidedNumbers: [{ docType: 'BB', seq: 1, reason: 'Biên bản in sai tên thư ký, đã thu hồi' }],
    });
    const again = await req('POST', url, c.truong, { reason: 'Lần nữa' });
    expect(again.statusCode).toBe(409);
    expect(json(again).error.message).toBe('Biên bản của buổi sinh hoạt này chưa được cấp số (hoặc số đã bị hủy), nên không có số để hủy.');
    const audit = await t.db.one<{ summary: string; account: string }>(
      `SELECT l.summary, a.username AS account FROM audit_log l JOIN accounts a ON a.id = l.account_id
        WHERE l.action = 'meeting.number_void' AND l.org_path LIKE '%' || $1 || '%'`,
      [cellId],
    );
    expect(audit).toEqual({ summary: 'Số 01-BB/CB: Biên bản in sai tên thư ký, đã thu hồi', account: 'lvtruong' });
    // Approved again: the minutes take the next number, the resolution keeps its own; version 1 keeps the voided one.
    const re = await ok('POST', `/api/meetings/${r1.id}/approve`, c.truong);
    expect(re.numbers).toEqual({ BB: 2, NQ: 1 });
    expect(re.versions.map((v: any) => v.version)).toEqual([1, 2]);
    expect(pdfText((await req('GET', `/api/meetings/${r1.id}/minutes.pdf`, c.truong)).rawPayload)).toContain('Số 02-BB/CB');
    expect(pdfText((await req('GET', `/api/meetings/${r1.id}/minutes.pdf?version=1`, c.truong)).rawPayload)).toContain('Số 01-BB/CB');
    // A number voided last is not issued again either: the next meeting's minutes are 03 (its resolution 02).
    await ok('POST', `/api/meetings/${r1.id}/numbers/NQ/void`, c.don, { reason: 'Nghị quyết ban hành lại' });
    const nq = await ok('POST', `/api/meetings/${r1.id}/approve`, c.truong);
    expect(nq.numbers).toEqual({ BB: 2, NQ: 2 });
    await ok('PATCH', `/api/meetings/${th.id}`, c.truong, { chairId: people['Lường Văn Trường'], recorderId: people['Lường Thị Thoan'] });
    await adopt(th);
    expect((await ok('POST', `/api/meetings/${th.id}/approve`, c.truong)).numbers).toEqual({ BB: 3, NQ: 3 });
    const seqs = await t.db.query<{ doc_type: string; seq: number; voided: boolean }>(
      `SELECT doc_type, seq, voided_at IS NOT NULL AS voided FROM document_numbers WHERE org_id = $1 AND scope_key = 'year:2027'
        ORDER BY doc_type, seq`,
      [cellId],
    );
    expect(seqs).toEqual([
      { doc_type: 'BB', seq: 1, voided: true }, { doc_type: 'BB', seq: 2, voided: false }, { doc_type: 'BB', seq: 3, voided: false },
      { doc_type: 'NQ', seq: 1, voided: true }, { doc_type: 'NQ', seq: 2, voided: false }, { doc_type: 'NQ', seq: 3, voided: false },
    ]);
  });
  it('adds a confirmation given after approval as an addendum; the approved minutes render as approved', async () => {
    const m = await plan({ type: 'regular', originalDate: '2027-06-10' });
    await ok('PATCH', `/api/meetings/${m.id}`, c.truong, { chairId: people['Lường Văn Trường'], recorderId: people['Lường Thị Thoan'] });
    await ok('PUT', `/api/meetings/${m.id}/attendance/${people['Tòng Văn Khay']}`, c.truong, { status: 'present' });
    const schemes = json(await req('GET', '/api/scoring-schemes', c.truong)) as any[];
    const scheme = schemes.find((s) => s.id === 'phu-tho-regular');
    await ok('PUT', `/api/meetings/${m.id}/score`, c.truong, {
      points: Object.fromEntries(scheme.groups.flatMap((g: any) => g.criteria.map((x: any) => [x.key, x.maxPoints]))),
    });
    await ok('PUT', `/api/meetings/${m.id}/resolution`, c.truong, { noResolution: true });
    await ok('POST', `/api/meetings/${m.id}/approve`, c.truong);
    const before = pdfText((await req('GET', `/api/meetings/${m.id}/minutes.pdf`, c.truong)).rawPayload);
    expect(before).not.toContain('xác nhận kết quả');
    const confirmed = await ok('POST', `/api/meetings/${m.id}/score/confirm`, c.khay, { comment: 'Nhất trí' });
    const today = formatDateVi(todayVn());
    expect(confirmed.addenda).toEqual([{
      afterVersion: 1, kind: 'score_confirmation', createdAt: expect.any(String), createdBy: 'Tòng Văn Khay',
      text: `Đồng chí Tòng Văn Khay, Đảng ủy viên phụ trách chi bộ, xác nhận kết quả ngày ${today}.`,
    }]);
    expect(confirmed.versions.map((v: any) => v.version)).toEqual([1]);
    // The approved version's own rendering is what was approved.
    expect(pdfText((await req('GET', `/api/meetings/${m.id}/minutes.pdf`, c.truong)).rawPayload)).toBe(before);
    expect(pdfText((await req('GET', `/api/meetings/${m.id}/minutes.pdf?version=1`, c.truong)).rawPayload)).toBe(before);
    // The addendum is never changed, whatever client writes to the database.
    await expect(t.db.query(`UPDATE minutes_addenda SET body = '{}' WHERE meeting_id = $1`, [m.id])).rejects.toThrow(/bổ sung/);
  });
});
