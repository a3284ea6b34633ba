import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp, requester } from '../support/app';
import { pdfText } from '../support/pdf';

/**
 * Inspection and supervision (QĐ 296-QĐ/TW) on the demo commune: the year's programme, an item taken through
 * every step with its refusals, and the decision and conclusion notice as PDF and DOCX.
 */
describe.each(DB_KINDS)('inspection and supervision on %s', (kind) => {
  let t: TestApp;
  const c: Record<'don' | 'truong' | 'khay' | 'thoan', string> = { don: '', truong: '', khay: '', thoan: '' };
  let root: string;
  let pl: string;
  let year: number;
  const { req, ok } = requester(() => t.app);

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    for (const [k, u] of [['don', 'pqdon'], ['truong', 'lvtruong'], ['khay', 'tvkhay'], ['thoan', 'ltthoan']] as const) c[k] = await login(t.app, u);
    root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    pl = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    year = (await t.db.one<{ year: number }>('SELECT max(year) AS year FROM supervision_items'))!.year;
  }, 300_000);
  afterAll(async () => t?.close());

  it('lists the year’s programme: one item closed, one at the findings, one decided, one planned', async () => {
    const list = await ok('GET', `/api/supervision?year=${year}&orgId=${root}`, c.don);
    expect(list.items.map((i: any) => i.status).sort()).toEqual(['decided', 'findings', 'planned', 'verified']);
    const closed = list.items.find((i: any) => i.status === 'verified');
    expect(closed.kind).toBe('inspection');
    expect(closed.subject).toMatchObject({ kind: 'cell', id: pl, name: 'Chi bộ bản Phiêng Lơi' });
    expect(closed.remedies).toMatchObject({ total: 2, verified: 2 });
    const member = list.items.find((i: any) => i.subject.kind === 'member');
    expect(member.kind).toBe('supervision');
    expect(member.subject.name).toBeTruthy();
    // The overseer sees the items about his cells; a member none.
    const his = await ok('GET', `/api/supervision?year=${year}&orgId=${pl}`, c.khay);
    expect(his.items.map((i: any) => i.subject.orgId)).toEqual([pl]);
    expect((await req('GET', `/api/supervision?year=${year}&orgId=${pl}`, c.thoan)).statusCode).toBe(403);
  });

  it('issues the decision and the conclusion notice in party format, as PDF and DOCX', async () => {
    const list = await ok('GET', `/api/supervision?year=${year}&orgId=${root}`, c.don);
    const closed = list.items.find((i: any) => i.status === 'verified');
    const decision = await req('GET', `/api/supervision/${closed.id}/documents/decision?format=pdf`, c.don);
    expect(decision.statusCode).toBe(200);
    expect(decision.headers['content-type']).toBe('application/pdf');
    const d = pdfText(decision.rawPayload);
    for (const s of ['ĐẢNG ỦY XÃ THANH MINH', 'ĐẢNG CỘNG SẢN VIỆT NAM', 'Số 01-QĐ/ĐU', 'QUYẾT ĐỊNH', 'Quy định số 296', 'về việc kiểm tra đối với Chi bộ bản Phiêng Lơi',
      'Điều 2. Thành lập Đoàn kiểm tra', 'Nguyễn Thị Hạnh, Ủy viên Ban Thường vụ Đảng ủy — Trưởng đoàn',
      'T/M ĐẢNG ỦY', 'BÍ THƯ', 'Phạm Quang Đôn', `Thanh Minh, ngày`]) expect(d).toContain(s);
    const notice = pdfText((await req('GET', `/api/supervision/${closed.id}/documents/notice?format=pdf`, c.don)).rawPayload);
    for (const s of ['THÔNG BÁO', 'Số 01-TB/ĐU', 'kết luận kiểm tra đối với Chi bộ bản Phiêng Lơi', '1. Ưu điểm', '2. Hạn chế, khuyết điểm',
      'người chịu trách nhiệm: Lường Văn Trường']) expect(notice).toContain(s);
    // The DOCX carries the same words, as LibreOffice reads them.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-sup-'));
    try {
      const docx = await req('GET', `/api/supervision/${closed.id}/documents/notice?format=docx`, c.don);
      expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      fs.writeFileSync(path.join(dir, 'notice.docx'), docx.rawPayload);
      execFileSync('libreoffice', [`-env:UserInstallation=file://${path.join(dir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir,
        path.join(dir, 'notice.docx')], { stdio: 'pipe', timeout: 150_000 });
      const text = execFileSync('pdftotext', [path.join(dir, 'notice.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const s of ['THÔNG BÁO', 'Số 01-TB/ĐU', 'kết luận kiểm tra đối với Chi bộ bản Phiêng Lơi', 'Phạm Quang Đôn']) expect(text).toContain(s);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
    // A planned item has no decision yet.
    const planned = list.items.find((i: any) => i.status === 'planned');
    expect(json(await req('GET', `/api/supervision/${planned.id}/documents/decision`, c.don)).error.code).toBe('supervision_no_document');
  }, 200_000);

  it('takes a new item through every step, refusing steps out of order and a remedy verified before it is reported done', async () => {
    const team = await t.db.query<{ person_id: string }>(
      `SELECT person_id FROM positions WHERE org_id = $1 AND title = 'standing_committee' AND ended_on IS NULL ORDER BY person_id LIMIT 2`, [root]);
    const item = await ok('POST', '/api/supervision', c.don, {
      orgId: root, year, kind: 'supervision', subjectKind: 'cell', subjectOrgId: pl, content: 'Việc thực hiện Chỉ thị 50-CT/TW về sinh hoạt chi bộ',
      periodFrom: `${year}-11-01`, periodTo: `${year}-11-30`, leadPersonId: team[0].person_id, teamPersonIds: team.map((x) => x.person_id),
    });
    expect(item.status).toBe('planned');
    expect(item.team).toHaveLength(2);
    // Regular supervision draws on the committee member's attendance and observations.
    const u = `/api/supervision/${item.id}`;
    expect(json(await req('POST', `${u}/report`, c.truong, { report: 'Báo cáo', reportDate: `${year}-11-05` })).error.code).toBe('supervision_wrong_step');
    expect(json(await req('POST', `${u}/decision`, c.don, { decisionNo: 1, decisionDate: `${year}-11-01`, plan: 'Kế hoạch' })).error.code)
      .toBe('supervision_number_taken');
    expect((await req('POST', `${u}/decision`, c.khay, { decisionDate: `${year}-11-01`, plan: 'Kế hoạch' })).statusCode).toBe(403);
    const decided = await ok('POST', `${u}/decision`, c.don, { decisionDate: `${year}-11-01`, plan: 'Mục đích: đánh giá.\nPhương pháp: làm việc với chi ủy.' });
    expect(decided.status).toBe('decided');
    expect(decided.decisionNo).toBe(4);
    // The cell's secretary sends the cell's own report; another cell's secretary may not.
    await ok('POST', `${u}/report`, c.truong, { report: 'Chi bộ đã sinh hoạt ngày 03 hằng tháng từ tháng 8.', reportDate: `${year}-11-08` });
    await ok('POST', `${u}/findings`, c.don, { findings: 'Chi bộ chuyển ngày sinh hoạt đúng Chỉ thị.', findingsDate: `${year}-11-15` });
    const bad = await req('POST', `${u}/conclusion`, c.don, {
      strengths: 'Thực hiện nghiêm.', shortcomings: 'Thông báo còn chậm.', noticeDate: `${year}-11-20`, remedies: [],
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.code).toBe('supervision_shortcomings_without_remedies');
    const concluded = await ok('POST', `${u}/conclusion`, c.don, {
      strengths: 'Thực hiện nghiêm.', shortcomings: 'Thông báo còn chậm.', requests: 'Gửi thông báo trước 3 ngày.', noticeDate: `${year}-11-20`,
      remedies: [{ content: 'Gửi thông báo sinh hoạt trước ít nhất 3 ngày', ownerName: 'Lường Văn Trường', dueOn: `${year}-12-31` }],
    });
    expect(concluded.status).toBe('concluded');
    expect(concluded.noticeNo).toBe(2);
    const remedy = concluded.remedyList[0];
    const early = await req('POST', `${u}/remedies/${remedy.id}/verify`, c.don, {});
    expect(early.statusCode).toBe(409);
    expect(json(early).error.code).toBe('supervision_remedy_not_reported');
    expect(json(early).error.message).toContain('chưa báo cáo');
    const reported = await ok('POST', `${u}/remedies/${remedy.id}/done`, c.truong, { note: 'Đã gửi thông báo tháng 12 trước 5 ngày.' });
    expect(reported.remedyList[0].status).toBe('reported');
    expect((await req('POST', `${u}/remedies/${remedy.id}/verify`, c.truong, {})).statusCode).toBe(403);
    const verified = await ok('POST', `${u}/remedies/${remedy.id}/verify`, c.don, { note: 'Đã kiểm tra.' });
    expect(verified.status).toBe('verified');
    expect(verified.remedyList[0]).toMatchObject({ status: 'verified', verifiedBy: 'Phạm Quang Đôn' });
    expect(json(await req('POST', `${u}/remedies/${remedy.id}/verify`, c.don, {})).error.code).toBe('supervision_wrong_step');
  });

  it('follows each remedy as a task of its owner: overdue in the task list, done there reports it, verified noted, never dropped', async () => {
    const truong = (await t.db.one<{ person_id: string }>(`SELECT person_id FROM accounts WHERE username = 'lvtruong'`))!.person_id;
    const item = await ok('POST', '/api/supervision', c.don, {
      orgId: root, year, kind: 'inspection', subjectKind: 'cell_committee', subjectOrgId: pl, content: 'Công tác quản lý đảng viên của chi ủy',
      periodFrom: `${year}-02-01`, periodTo: `${year}-02-28`,
    });
    const u = `/api/supervision/${item.id}`;
    await ok('POST', `${u}/decision`, c.don, { decisionDate: `${year}-02-01`, plan: 'Kế hoạch kiểm tra.' });
    await ok('POST', `${u}/report`, c.truong, { report: 'Báo cáo của chi ủy.', reportDate: `${year}-02-05` });
    await ok('POST', `${u}/findings`, c.don, { findings: 'Hồ sơ đảng viên chưa cập nhật.', findingsDate: `${year}-02-10` });
    const concluded = await ok('POST', `${u}/conclusion`, c.don, {
      strengths: 'Chi ủy họp đều.', shortcomings: 'Hồ sơ chưa cập nhật.', noticeDate: `${year}-02-15`,
      remedies: [
        { content: 'Cập nhật hồ sơ đảng viên của chi bộ', ownerName: 'Lường Văn Trường', ownerPersonId: truong, dueOn: `${year}-03-15` },
        { content: 'Chi ủy rà soát sổ đảng viên hằng quý', ownerName: 'Chi ủy', dueOn: `${year + 5}-12-31` },
      ],
    });
    const [first, second] = concluded.remedyList;
    expect(first.taskId).toBeTruthy();
    // In the cell's task list, given by the commune, owned by the member named (the second by the cell's committee).
    const tasks = await ok('GET', `/api/tasks?orgId=${pl}&pageSize=500`, c.truong);
    const t1 = tasks.items.find((x: any) => x.id === first.taskId);
    expect(t1).toMatchObject({
      title: 'Cập nhật hồ sơ đảng viên của chi bộ', status: 'overdue', due: `${year}-03-15`,
      owner: { kind: 'member', id: truong }, giver: { orgId: root }, remedyOf: { itemId: item.id, kind: 'inspection', remedyStatus: 'open' },
    });
    const t2 = tasks.items.find((x: any) => x.id === second.taskId);
    expect(t2).toMatchObject({ status: 'open', owner: { kind: 'cell_committee', orgId: pl } });
    // A remedy cannot be dropped from the task list.
    const drop = await req('POST', `/api/tasks/${first.taskId}/notes`, c.truong, { body: 'Không làm', status: 'dropped', dropReason: 'Bận' });
    expect(drop.statusCode).toBe(400);
    expect(json(drop).error.code).toBe('task_remedy_cannot_drop');
    // The secretary marks the task done: the remedy is reported done, and the committee can verify it.
    await ok('POST', `/api/tasks/${first.taskId}/notes`, c.truong, { body: 'Đã cập nhật 22 hồ sơ.', status: 'done' });
    let now = await ok('GET', u, c.don);
    expect(now.remedyList[0]).toMatchObject({ status: 'reported', doneNote: 'Đã cập nhật 22 hồ sơ.' });
    expect(now.remedyList[0].reportedAt).toBeTruthy();
    // Reopening the task takes the report back; marking it done again reports it again.
    await ok('POST', `/api/tasks/${first.taskId}/notes`, c.truong, { body: 'Còn thiếu 2 hồ sơ.', status: 'in_progress' });
    expect((await ok('GET', u, c.don)).remedyList[0].status).toBe('open');
    await ok('POST', `/api/tasks/${first.taskId}/notes`, c.truong, { body: 'Đã đủ hồ sơ.', status: 'done' });
    now = await ok('POST', `${u}/remedies/${first.id}/verify`, c.don, { note: 'Đã xem hồ sơ.' });
    expect(now.remedyList[0].status).toBe('verified');
    const detail = await ok('GET', `/api/tasks/${first.taskId}`, c.don);
    expect(detail.remedyOf.remedyStatus).toBe('verified');
    expect(detail.notes[0].body).toBe('Đảng ủy đã xác minh việc khắc phục: Đã xem hồ sơ.');
    expect(json(await req('POST', `/api/tasks/${first.taskId}/notes`, c.truong, { body: 'Mở lại', status: 'open' })).error.code)
      .toBe('task_remedy_verified');
    // Reported through the inspection, the task is done too; the committee moving the deadline moves the remedy's.
    await ok('PATCH', `/api/tasks/${second.taskId}`, c.don, { due: `${year + 5}-06-30` });
    now = await ok('POST', `${u}/remedies/${second.id}/done`, c.truong, { note: 'Đã rà soát quý này.' });
    expect(now.remedyList[1]).toMatchObject({ status: 'reported', dueOn: `${year + 5}-06-30` });
    expect((await ok('GET', `/api/tasks/${second.taskId}`, c.truong)).status).toBe('done');
    expect(json(await req('PATCH', `/api/tasks/${second.taskId}`, c.don, { due: 'regular' })).error.code).toBe('task_remedy_needs_due');
  });

  it('refuses a subject outside the committee, a member of another cell, and a period that ends first', async () => {
    const other = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE kind = 'cell' AND id <> $1 LIMIT 1`, [pl]))!.id;
    const someone = (await t.db.one<{ person_id: string }>(`SELECT person_id FROM memberships WHERE org_id = $1 AND ended_on IS NULL LIMIT 1`, [other]))!.person_id;
    const base = { orgId: root, year, kind: 'inspection', subjectKind: 'cell', subjectOrgId: pl, content: 'Nội dung', periodFrom: `${year}-05-01`, periodTo: `${year}-05-31` };
    expect(json(await req('POST', '/api/supervision', c.don, { ...base, subjectKind: 'member', subjectPersonId: someone })).error.code)
      .toBe('supervision_member_not_in_cell');
    expect(json(await req('POST', '/api/supervision', c.don, { ...base, periodTo: `${year}-04-01` })).error.code).toBe('supervision_period_invalid');
    expect(json(await req('POST', '/api/supervision', c.don, { ...base, subjectOrgId: root })).error.code).toBe('supervision_subject_not_cell');
    expect((await req('POST', '/api/supervision', c.truong, { ...base, orgId: pl })).statusCode).toBe(403);
  });
});
