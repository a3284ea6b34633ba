import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';

/** Each cell's annual activity plan: drafted and submitted by the cell, approved or reopened by the commune, progress from the records. */
describe.each(DB_KINDS)('annual activity plans on %s', (kind) => {
  let t: TestApp;
  const c: Record<'don' | 'truong' | 'khay', string> = { don: '', truong: '', khay: '' };
  let root: string;
  let pl: string;
  let year: number;
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie } });

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    for (const [k, u] of [['don', 'pqdon'], ['truong', 'lvtruong'], ['khay', 'tvkhay']] as const) c[k] = await login(t.app, u);
    root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    pl = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    year = (await t.db.one<{ year: number }>('SELECT max(year) AS year FROM activity_plans'))!.year;
  }, 300_000);
  afterAll(async () => t?.close());

  it('lists all 19 cells’ plans of the year, two not yet approved', async () => {
    const list = json(await req('GET', `/api/activity-plans?year=${year}&orgId=${root}`, c.don));
    expect(list.items).toHaveLength(19);
    expect(list.items.filter((i: any) => i.status !== 'approved').map((i: any) => i.status).sort()).toEqual(['draft', 'submitted']);
  });

  it('shows a plan with its quarters and progress read from the meetings', async () => {
    const res = await req('GET', `/api/orgs/${pl}/activity-plans/${year}`, c.truong);
    expect(res.statusCode).toBe(200);
    const plan = json(res);
    expect(plan.status).toBe('approved');
    expect(plan.quarters.map((q: any) => q.quarter)).toEqual([1, 2, 3, 4]);
    expect(plan.quarters[0].thematicTopic).toContain('Hồ Chí Minh');
    expect(plan.months).toHaveLength(12);
    const held = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM meetings WHERE org_id = $1 AND date BETWEEN $2 AND $3 AND status IN ('held', 'approved')
         AND type IN ('regular', 'combined', 'expanded')`, [pl, `${year}-01-01`, `${year}-12-31`]);
    expect(plan.progress.regularMeetings).toBe(held!.n);
    expect(plan.progress.attendanceRate).toBeGreaterThan(50);
    expect(plan.progress.attendanceRate).toBeLessThanOrEqual(100);
    const thematic = await t.db.one<{ n: number }>(
      `SELECT count(*)::int AS n FROM meetings WHERE org_id = $1 AND date BETWEEN $2 AND $3 AND type IN ('thematic', 'combined')
         AND date < $2::date + interval '3 months' AND status <> 'cancelled'`, [pl, `${year}-01-01`, `${year}-12-31`]);
    expect(plan.quarters[0].thematicHeld).toHaveLength(thematic!.n);
  });

  it('refuses an approved plan edited without reopening it; the commune reopens it with a reason', async () => {
    const plan = json(await req('GET', `/api/orgs/${pl}/activity-plans/${year}`, c.truong));
    const body = {
      months: plan.months.map((m: any) => ({ month: m.month, focus: m.focus })),
      quarters: plan.quarters.map((q: any) => ({ quarter: q.quarter, thematicTopic: q.thematicTopic, month: q.month })),
      targets: { ...plan.targets, newMembers: 3 },
    };
    const locked = await req('PUT', `/api/orgs/${pl}/activity-plans/${year}`, c.truong, body);
    expect(locked.statusCode).toBe(409);
    expect(json(locked).error.code).toBe('plan_approved_locked');
    expect(json(locked).error.message).toContain('mở lại');
    expect((await req('POST', `/api/orgs/${pl}/activity-plans/${year}/reopen`, c.truong, { reason: 'Sửa chỉ tiêu' })).statusCode).toBe(403);
    const reopened = json(await req('POST', `/api/orgs/${pl}/activity-plans/${year}/reopen`, c.don, { reason: 'Chi bộ đề nghị tăng chỉ tiêu kết nạp' }));
    expect(reopened).toMatchObject({ status: 'draft', reopenReason: 'Chi bộ đề nghị tăng chỉ tiêu kết nạp' });
    const saved = json(await req('PUT', `/api/orgs/${pl}/activity-plans/${year}`, c.truong, body));
    expect(saved.targets.newMembers).toBe(3);
    expect(json(await req('POST', `/api/orgs/${pl}/activity-plans/${year}/approve`, c.don, {})).error.code).toBe('plan_not_submitted');
    expect(json(await req('POST', `/api/orgs/${pl}/activity-plans/${year}/submit`, c.truong)).status).toBe('submitted');
    const approved = json(await req('POST', `/api/orgs/${pl}/activity-plans/${year}/approve`, c.don, { note: 'Đồng ý' }));
    expect(approved).toMatchObject({ status: 'approved', approvedBy: 'Phạm Quang Đôn' });
  });

  it('refuses to submit a plan without a thematic topic for each quarter, and a month outside its quarter', async () => {
    const draft = (await t.db.one<{ id: string }>(`SELECT o.id FROM orgs o JOIN activity_plans a ON a.org_id = o.id WHERE a.status = 'draft'`))!.id;
    const bad = await req('PUT', `/api/orgs/${draft}/activity-plans/${year}`, c.don, {
      months: [], quarters: [{ quarter: 1, thematicTopic: 'Chủ đề', month: 5 }], targets: {},
    });
    expect(json(bad).error.code).toBe('plan_month_outside_quarter');
    await req('PUT', `/api/orgs/${draft}/activity-plans/${year}`, c.don, { months: [], quarters: [{ quarter: 1, thematicTopic: 'Chủ đề', month: 2 }], targets: {} });
    const sub = await req('POST', `/api/orgs/${draft}/activity-plans/${year}/submit`, c.don);
    expect(sub.statusCode).toBe(400);
    expect(json(sub).error.code).toBe('plan_empty');
    // The overseer reads his cell's plan but neither writes nor approves it.
    expect((await req('GET', `/api/orgs/${pl}/activity-plans/${year}`, c.khay)).statusCode).toBe(200);
    expect((await req('POST', `/api/orgs/${pl}/activity-plans/${year}/approve`, c.khay, {})).statusCode).toBe(403);
  });
});
