import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp, requester } from '../support/app';
import { pdfText } from '../support/pdf';
import type { Principal } from '../../src/server/auth/policy';
import { recordReviews, reviewSubjects, type PastReview } from '../../src/server/modules/reviews/history';

/** The year-end review and ranking (QĐ 366-QĐ/TW, HD 43-HD/BTCTW) on the demo commune: last year's archive, this year's steps. */
describe.each(DB_KINDS)('reviews on %s', (kind) => {
  let t: TestApp;
  const c: Record<'don' | 'truong' | 'khay', string> = { don: '', truong: '', khay: '' };
  let root: string;
  let pl: string;
  let year: number;
  const { req, ok } = requester(() => t.app);

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    for (const [k, u] of [['don', 'pqdon'], ['truong', 'lvtruong'], ['khay', 'tvkhay']] as const) c[k] = await login(t.app, u);
    root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    pl = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    year = (await t.db.one<{ y: number }>('SELECT max(year) AS y FROM reviews'))!.y;
  }, 300_000);
  afterAll(async () => t?.close());

  it('keeps last year’s review complete, within the quota, with the commune’s summary as PDF and DOCX', async () => {
    const last = await ok('GET', `/api/reviews?year=${year - 1}&orgId=${root}`, c.don);
    expect(last.items.length).toBeGreaterThan(229);
    expect(last.items.every((i: any) => i.decidedLevel && i.status === 'decided')).toBe(true);
    const pl1 = last.items.find((i: any) => i.subject.kind === 'cell' && i.subject.id === pl);
    expect(pl1).toMatchObject({ subject: { name: 'Chi bộ bản Phiêng Lơi' }, proposedLevel: 'excellent', decidedLevel: 'excellent' });
    expect(last.summary.members.quota.exceeded).toBe(false);
    expect(last.summary.organisations.decided.excellent).toBe(2);
    expect(last.summary.members.decided.not_completed).toBe(1);
    const pdf = pdfText((await req('GET', `/api/reviews/summary-document?orgId=${root}&year=${year - 1}&format=pdf`, c.don)).rawPayload);
    for (const s of ['ĐẢNG ỦY XÃ THANH MINH', 'BÁO CÁO', `tổng hợp kết quả đánh giá, xếp loại chất lượng tổ chức đảng và đảng viên năm ${year - 1}`,
      'Quy định số 366-QĐ/TW', 'Hoàn thành xuất sắc nhiệm vụ: 2', 'T/M ĐẢNG ỦY', 'Phạm Quang Đôn']) expect(pdf).toContain(s);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-rev-'));
    try {
      const docx = await req('GET', `/api/reviews/${pl1.id}/document?format=docx`, c.don);
      expect(docx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      fs.writeFileSync(path.join(dir, 'review.docx'), docx.rawPayload);
      execFileSync('libreoffice', [`-env:UserInstallation=file://${path.join(dir, 'lo')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir,
        path.join(dir, 'review.docx')], { stdio: 'pipe', timeout: 150_000 });
      const text = execFileSync('pdftotext', [path.join(dir, 'review.pdf'), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
      for (const s of ['BÁO CÁO', `đánh giá, xếp loại chất lượng chi bộ năm ${year - 1}`, 'III. NHẬN XÉT, ĐÁNH GIÁ VÀ ĐỀ XUẤT',
        'Xếp loại: Hoàn thành xuất sắc nhiệm vụ', 'Lường Văn Trường']) expect(text).toContain(s);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 200_000);

  it('pre-fills a member’s review with the year’s facts and takes it through self-review, proposal and decision', async () => {
    const list = await ok('GET', `/api/reviews?year=${year}&orgId=${pl}`, c.truong);
    const open = list.items.find((i: any) => i.subject.kind === 'member' && i.status === 'open');
    const u = `/api/reviews/${open.id}`;
    const detail = await ok('GET', u, c.truong);
    expect(detail.facts.meetings.held).toBeGreaterThan(0);
    expect(detail.facts.dues.months).toBeGreaterThan(0);
    expect(detail.facts.trainings.length).toBeGreaterThan(0);
    expect(json(await req('POST', `${u}/proposal`, c.truong, { comments: 'Nhất trí', level: 'good' })).error.code).toBe('review_wrong_step');
    const above = await req('POST', `${u}/self`, c.truong, { text: 'Tự kiểm điểm', score: 85, level: 'excellent' });
    expect(above.statusCode).toBe(400);
    expect(json(above).error.code).toBe('review_level_above_score');
    await ok('POST', `${u}/self`, c.truong, { text: 'Hoàn thành tốt nhiệm vụ được giao.', score: 93, level: 'excellent' });
    // "Xuất sắc" beyond the quota needs a written reason; with it, the proposal goes forward and carries a warning.
    const beyond = await req('POST', `${u}/proposal`, c.truong, { comments: 'Gương mẫu.', score: 93, level: 'excellent' });
    expect(beyond.statusCode).toBe(400);
    expect(json(beyond).error.code).toBe('review_quota_exceeded');
    expect(json(beyond).error.message).toContain('Ghi rõ lý do');
    const proposed = await ok('POST', `${u}/proposal`, c.truong, {
      comments: 'Gương mẫu.', score: 93, level: 'excellent', quotaReason: 'Được UBND tỉnh tặng Bằng khen về xây dựng nông thôn mới.' });
    expect(proposed).toMatchObject({ status: 'proposed', proposedLevel: 'excellent', proposalReason: 'Được UBND tỉnh tặng Bằng khen về xây dựng nông thôn mới.' });
    expect(proposed.warnings).toContain('quota_exceeded');
    expect((await req('POST', `${u}/decision`, c.truong, { level: 'good' })).statusCode).toBe(403);
    expect((await req('POST', `${u}/decision`, c.khay, { level: 'good' })).statusCode).toBe(403);
    const decided = await ok('POST', `${u}/decision`, c.don, { level: 'good', note: 'Đảng ủy xếp loại hoàn thành tốt do vượt tỷ lệ.' });
    expect(decided).toMatchObject({ status: 'decided', decidedLevel: 'good', decidedBy: 'Phạm Quang Đôn' });
    expect(json(await req('POST', `${u}/self`, c.truong, { text: 'Sửa lại', level: 'good' })).error.code).toBe('review_wrong_step');
    const pdf = pdfText((await req('GET', `${u}/document?format=pdf`, c.truong)).rawPayload);
    for (const s of ['BẢN TỰ KIỂM ĐIỂM', `đánh giá, xếp loại chất lượng đảng viên năm ${year}`, 'Dự sinh hoạt chi bộ:', 'Đóng đảng phí:',
      'Tự xếp loại: Hoàn thành xuất sắc nhiệm vụ', 'Lý do đề xuất vượt tỷ lệ', 'Xếp loại: Hoàn thành tốt nhiệm vụ', 'NGƯỜI TỰ KIỂM ĐIỂM']) expect(pdf).toContain(s);
    // Archived per year: this year's list shows it; last year's is untouched.
    const after = await ok('GET', `/api/reviews?year=${year}&orgId=${root}`, c.don);
    expect(after.summary.members.decided.good).toBe(1);
  });

  it('opens a year once, and keeps the quota a setting of the committee', async () => {
    const again = await ok('POST', '/api/reviews', c.don, { orgId: root, year });
    expect(again.created).toBe(0);
    expect(again.total).toBeGreaterThan(229);
    expect((await req('POST', '/api/reviews', c.truong, { orgId: pl, year })).statusCode).toBe(403);
    expect((await ok('GET', `/api/orgs/${root}/review-settings`, c.don)).excellentQuotaPercent).toBe(20);
    expect((await ok('PUT', `/api/orgs/${root}/review-settings`, c.don, { excellentQuotaPercent: 25 })).excellentQuotaPercent).toBe(25);
    expect((await req('PUT', `/api/orgs/${root}/review-settings`, c.truong, { excellentQuotaPercent: 90 })).statusCode).toBe(403);
    expect((await ok('GET', `/api/reviews?year=${year}&orgId=${root}`, c.don)).quotaPercent).toBe(25);
  });

  it('records an earlier year at once under the rules of the steps, all or nothing, and only a year not yet opened', async () => {
    const acc = (await t.db.one<{ id: string; person_id: string }>(`SELECT id, person_id FROM accounts WHERE username = 'pqdon'`))!;
    const don: Principal = { accountId: acc.id, personId: acc.person_id, username: 'pqdon', fullName: 'Phạm Quang Đôn', locale: 'vi',
      mustChangePassword: false, grants: [], sessionId: '' };
    const old = year - 2;
    const subjects = await reviewSubjects(t.db, root, old);
    const [m0, m1] = subjects.filter((s) => s.kind === 'member');
    const at = (day: number) => new Date(`${old}-12-${day}T20:00:00+07:00`);
    const steps = (level: 'excellent' | 'good', score: number, reason?: string) => ({
      self: { text: 'Hoàn thành nhiệm vụ được giao.', score, level, at: at(10) },
      proposal: { comments: 'Chi bộ nhất trí.', score, level, reason, at: at(15) },
      decision: { level, reason, at: at(28) },
    });
    const codeOf = async (past: PastReview[]) => {
      try { await recordReviews(t.db, don, root, old, past); return 'recorded'; } catch (e) { return (e as { code: string }).code; }
    };
    expect(await codeOf([{ ...m0, decision: { level: 'good', at: at(28) } }])).toBe('review_wrong_step');
    expect(await codeOf([{ ...m0, ...steps('excellent', 85) }])).toBe('review_level_above_score');
    expect(await codeOf([{ ...m0, ...steps('excellent', 95) }, { ...m1, ...steps('good', 80) }])).toBe('review_quota_exceeded');
    expect(await codeOf([{ ...m0, personId: acc.id, ...steps('good', 80) }])).toBe('review_subject_not_reviewed');
    expect(await codeOf([{ ...m0, self: { text: 'Sau này', level: 'good', at: new Date(Date.now() + 86_400_000) } }])).toBe('review_steps_out_of_order');
    expect((await t.db.one<{ n: number }>('SELECT count(*)::int AS n FROM reviews WHERE year = $1', [old]))!.n).toBe(0);

    const reason = 'Được Tỉnh ủy tặng Bằng khen.';
    const done = await recordReviews(t.db, don, root, old, [{ ...m0, ...steps('excellent', 95, reason) }, { ...m1, ...steps('good', 80) }]);
    expect(done).toEqual({ created: subjects.length, total: subjects.length });
    const list = await ok('GET', `/api/reviews?year=${old}&orgId=${root}`, c.don);
    const first = list.items.find((i: any) => i.subject.kind === 'member' && i.subject.id === m0.personId);
    const detail = await ok('GET', `/api/reviews/${first.id}`, c.don);
    expect(detail).toMatchObject({ status: 'decided', decidedLevel: 'excellent', proposalReason: reason, decisionReason: reason,
      decidedBy: 'Phạm Quang Đôn', decidedAt: at(28).toISOString() });
    expect(list.items.filter((i: any) => i.status === 'open')).toHaveLength(subjects.length - 2);
    expect(await codeOf([])).toBe('review_year_opened');
  });
});
