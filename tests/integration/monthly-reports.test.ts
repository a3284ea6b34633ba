import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { addMonths, parseIsoDate, todayVn } from '../../src/domain/dates';
import { runReminders } from '../../src/server/modules/notifications/reminders';
import { monthAsOf } from '../../src/server/modules/monthly-reports/service';

/** Monthly reports of cells and partner units: the commune's month view, submitting, bad input — on both databases. */
describe.each(DB_KINDS)('monthly reports on %s', (kind) => {
  let t: TestApp;
  const c = { truong: '', don: '' };
  let cell: string;
  let root: string;
  const { year, month } = parseIsoDate(todayVn());
  const ym = (n: number) => {
    const m = addMonths(year, month, n);
    return `${m.year}-${String(m.month).padStart(2, '0')}`;
  };
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie } });
  const count = async (table: string) => (await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))!.n;

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    c.truong = await login(t.app, 'lvtruong');
    c.don = await login(t.app, 'pqdon');
    cell = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    root = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE parent_id IS NULL`))!.id;
  }, 300_000);
  afterAll(async () => t?.close());

  it('shows the commune who reported for a month, who was late and who has not, cells and partner units with tasks', async () => {
    const res = await req('GET', `/api/orgs/${root}/monthly-reports?month=${ym(0)}`, c.don);
    expect(res.statusCode).toBe(200);
    const view = json(res);
    const cells = view.items.filter((x: { unitKind: string }) => x.unitKind === 'cell');
    expect(cells).toHaveLength(19);
    expect(view.items.some((x: { unitKind: string }) => x.unitKind === 'partner')).toBe(true);
    for (const x of view.items) {
      expect(x).toMatchObject({ unitId: expect.any(String), unitName: expect.any(String), state: expect.stringMatching(/^(submitted|late|missing)$/) });
    }
    // Phiêng Lơi meets on the 10th: its report is due on the 8th.
    expect(cells.find((x: { unitId: string }) => x.unitId === cell).dueOn).toBe(`${ym(0)}-08`);
    expect(view.counts.submitted + view.counts.late + view.counts.missing).toBe(view.items.length);
    // A cell's secretary sees his cell and its partner units only.
    const own = json(await req('GET', `/api/orgs/${cell}/monthly-reports?month=${ym(0)}`, c.truong));
    expect(own.items.every((x: { orgId: string }) => x.orgId === cell)).toBe(true);
  });

  it('takes a cell’s report and a partner unit’s entered by the secretary; results become progress notes', async () => {
    const month = ym(0);
    const form = json(await req('GET', `/api/orgs/${cell}/monthly-reports/${month}`, c.truong));
    expect(form.tasks.length).toBeGreaterThan(0);
    const task = form.tasks.find((x: { status: string }) => x.status !== 'done' && x.status !== 'dropped') ?? form.tasks[0];
    const res = await req('PUT', `/api/orgs/${cell}/monthly-reports/${month}`, c.truong, {
      items: [{ taskId: task.id, result: 'Đã vận động 40/45 hộ', status: 'in_progress' }],
      difficulties: 'Mưa nhiều, đường trơn', proposals: 'Đề nghị xã hỗ trợ xi măng',
    });
    expect(res.statusCode).toBe(200);
    const report = json(res).report;
    expect(report).toMatchObject({ state: expect.stringMatching(/^(submitted|late)$/), difficulties: 'Mưa nhiều, đường trơn', enteredBySecretary: false });
    const detail = json(await req('GET', `/api/tasks/${task.id}`, c.truong));
    expect(detail.notes[0].body).toContain('Đã vận động 40/45 hộ');
    const view = json(await req('GET', `/api/orgs/${root}/monthly-reports?month=${month}`, c.don));
    expect(view.items.find((x: { unitId: string }) => x.unitId === cell).state).not.toBe('missing');

    const partner = (await t.db.one<{ id: string }>(
      `SELECT u.id FROM partner_units u WHERE u.org_id = $1 AND EXISTS (SELECT 1 FROM tasks t WHERE t.owner_partner_id = u.id AND t.status IN ('open', 'in_progress')) LIMIT 1`, [cell],
    ))!.id;
    const pform = json(await req('GET', `/api/orgs/${cell}/monthly-reports/${month}?partnerId=${partner}`, c.truong));
    const p = json(await req('PUT', `/api/orgs/${cell}/monthly-reports/${month}`, c.truong, {
      partnerId: partner, items: [{ taskId: pform.tasks[0].id, result: 'Chi hội đã họp triển khai' }], difficulties: '', proposals: '',
    }));
    expect(p).toMatchObject({ unit: { kind: 'partner', id: partner }, report: { enteredBySecretary: true } });
  });

  it('refuses a future month, a task of another unit and another cell’s partner: clear errors, nothing written', async () => {
    const before = [await count('monthly_reports'), await count('task_notes')];
    const future = await req('PUT', `/api/orgs/${cell}/monthly-reports/${ym(1)}`, c.truong, { items: [] });
    expect(future.statusCode).toBe(400);
    expect(json(future).error).toMatchObject({ code: 'report_future_month', message: expect.stringContaining('chưa tới') });
    const foreign = (await t.db.one<{ id: string }>(`SELECT id FROM tasks WHERE owner_org_id <> $1 AND status IN ('open', 'in_progress') LIMIT 1`, [cell]))!.id;
    const own = json(await req('GET', `/api/orgs/${cell}/monthly-reports/${ym(-1)}`, c.truong)).tasks[0].id;
    const bad = await req('PUT', `/api/orgs/${cell}/monthly-reports/${ym(-1)}`, c.truong, {
      items: [{ taskId: own, result: 'Xong' }, { taskId: foreign, result: 'Không phải của chi bộ' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.code).toBe('report_task_not_of_unit');
    const otherPartner = (await t.db.one<{ id: string }>('SELECT id FROM partner_units WHERE org_id <> $1 LIMIT 1', [cell]))!.id;
    const wrong = await req('PUT', `/api/orgs/${cell}/monthly-reports/${ym(-1)}`, c.truong, { partnerId: otherPartner, items: [] });
    expect(json(wrong).error.code).toBe('report_partner_not_of_cell');
    expect([await count('monthly_reports'), await count('task_notes')]).toEqual(before);
  });

  it('tells a person who asks for a month not begun that nothing is due yet, in Vietnamese and in English', async () => {
    const vi = await req('GET', `/api/orgs/${root}/monthly-reports?month=${ym(1)}`, c.don);
    expect(vi.statusCode).toBe(400);
    const label = `${ym(1).slice(5)}/${ym(1).slice(0, 4)}`;
    expect(json(vi).error).toMatchObject({ code: 'report_month_not_begun', message: `Tháng ${label} chưa bắt đầu: chưa có báo cáo nào đến hạn.` });
    const en = await t.app.inject({ url: `/api/orgs/${root}/monthly-reports?month=${ym(1)}`, headers: { cookie: `${c.don}; chibo_lang=en` } });
    expect(json(en).error).toMatchObject({ code: 'report_month_not_begun', message: `Month ${label} has not begun: no report is due yet.` });
    // Read by the code (the dashboards, the day's reminders), such a month has no report due: no view, no error.
    expect(await monthAsOf(t.db, root, ym(1), todayVn())).toBeNull();
  });

  it('runs the day’s reminders of a later month as of that day (it used to refuse the month), telling of the reports then due', async () => {
    // Two months on, the 7th: Phiêng Lơi meets on the 10th, so its report is due on the 8th, within the two days told ahead.
    const day = `${ym(2)}-07`;
    const view = (await monthAsOf(t.db, cell, ym(2), day))!;
    expect(view.items.find((x) => x.unitId === cell)).toMatchObject({ dueOn: `${ym(2)}-08`, state: 'missing', overdue: false });
    await expect(runReminders(t.db, day, [])).resolves.toBeUndefined();
    const told = await t.db.query<{ kind: string; params: { month: string; due: string } }>(
      `SELECT n.kind, n.params FROM notifications n JOIN accounts a ON a.person_id = n.person_id
        WHERE a.username = 'lvtruong' AND n.link = $1 AND n.dedupe_key = $2`,
      [`/orgs/${cell}/reports?month=${ym(2)}`, `report_due:${cell}:${ym(2)}`],
    );
    expect(told).toEqual([{ kind: 'report_due', params: expect.objectContaining({ month: ym(2), due: `${ym(2)}-08` }) }]);
  });

  it('takes the unit’s own due day when it sets one', async () => {
    expect((await req('PUT', `/api/orgs/${cell}/report-settings`, c.truong, { dueDay: 5 })).statusCode).toBe(200);
    const view = json(await req('GET', `/api/orgs/${cell}/monthly-reports?month=${ym(-1)}`, c.truong));
    expect(view.dueDay).toBe(5);
    expect(view.items.every((x: { dueOn: string }) => x.dueOn === `${ym(-1)}-05`)).toBe(true);
    const bad = await req('PUT', `/api/orgs/${cell}/report-settings`, c.truong, { dueDay: 40 });
    expect(bad.statusCode).toBe(400);
    // The commune's view (every cell's due day looked up at once) gives each cell the day its own form gives: the 5th
    // for this cell, the others theirs (two days before their meeting, or the rule's date when none is planned).
    const all = json(await req('GET', `/api/orgs/${root}/monthly-reports?month=${ym(-1)}`, c.don));
    const cells = all.items.filter((x: { unitKind: string }) => x.unitKind === 'cell');
    expect(cells.find((x: { unitId: string }) => x.unitId === cell).dueOn).toBe(`${ym(-1)}-05`);
    expect(new Set(cells.map((x: { dueOn: string }) => x.dueOn)).size).toBeGreaterThan(1);
    for (const x of cells) {
      const form = json(await req('GET', `/api/orgs/${x.unitId}/monthly-reports/${ym(-1)}`, c.don));
      expect(form.dueOn, x.unitName).toBe(x.dueOn);
    }
  });
});
