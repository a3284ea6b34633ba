import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { todayVn } from '../../src/domain/dates';

/** Tasks: from resolutions and from the commune, progress notes, the next meeting's review — on both databases. */
describe.each(DB_KINDS)('tasks on %s', (kind) => {
  let t: TestApp;
  const c = { truong: '', don: '', thoan: '', khay: '' };
  let cell: string;
  let other: string;
  let root: string;
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie, 'accept-language': 'vi' } });
  const count = async (table: string) => (await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))!.n;

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    c.truong = await login(t.app, 'lvtruong');
    c.don = await login(t.app, 'pqdon');
    c.thoan = await login(t.app, 'ltthoan');
    c.khay = await login(t.app, 'tvkhay');
    cell = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    other = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Co Củ'`))!.id;
    root = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE parent_id IS NULL`))!.id;
  }, 300_000);
  afterAll(async () => t?.close());

  it('lists a cell’s tasks with the overdue ones first, in the documented shape', async () => {
    const res = await req('GET', `/api/tasks?orgId=${cell}`, c.truong);
    expect(res.statusCode).toBe(200);
    const { items, total } = json(res);
    expect(total).toBeGreaterThan(20);
    expect(items[0]).toMatchObject({ status: 'overdue', owner: { kind: expect.any(String), id: expect.any(String), name: expect.any(String) } });
    const firstNotOverdue = items.findIndex((x: { status: string }) => x.status !== 'overdue');
    expect(items.slice(firstNotOverdue).some((x: { status: string }) => x.status === 'overdue')).toBe(false);
    for (const x of items) expect([x.giver.orgId, x.owner.orgId]).toContain(cell);
    // The commune's task to the cell's police officer is on the cell's list, owned by the partner unit.
    expect(items.some((x: { giver: { orgId: string }; owner: { kind: string } }) => x.giver.orgId === root && x.owner.kind === 'partner')).toBe(true);
    const overdue = json(await req('GET', `/api/tasks?orgId=${cell}&status=overdue`, c.truong)).items;
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.every((x: { status: string; due: string }) => x.status === 'overdue' && x.due < todayVn())).toBe(true);
    const done = json(await req('GET', `/api/tasks?orgId=${root}&status=done`, c.don));
    expect(done.total).toBeGreaterThan(json(await req('GET', `/api/tasks?orgId=${root}&status=overdue`, c.don)).total);
    const partners = json(await req('GET', `/api/tasks?orgId=${cell}&ownerKind=partner`, c.truong)).items;
    expect(partners.every((x: { owner: { kind: string } }) => x.owner.kind === 'partner')).toBe(true);
    // A member reads the cell’s tasks; another cell's secretary's list is not his.
    expect((await req('GET', `/api/tasks?orgId=${cell}`, c.thoan)).statusCode).toBe(200);
    expect((await req('GET', `/api/tasks?orgId=${other}`, c.truong)).statusCode).toBe(403);
  });

  it('gives a task from the commune to a partner unit, records progress, drops only with a reason', async () => {
    const partner = (await t.db.one<{ id: string }>(`SELECT id FROM partner_units WHERE org_id = $1 AND kind = 'women'`, [cell]))!.id;
    const res = await req('POST', `/api/orgs/${root}/tasks`, c.don, {
      title: 'Vận động hội viên tham gia ngày hội Đại đoàn kết', owner: { kind: 'partner', id: partner }, due: '2099-12-15',
    });
    expect(res.statusCode).toBe(201);
    const task = json(res);
    expect(task).toMatchObject({ status: 'open', due: '2099-12-15', owner: { kind: 'partner', id: partner, name: 'Chi hội Phụ nữ bản Phiêng Lơi' } });
    // The cell's secretary records progress on what the commune gave his cell's partner unit.
    const noted = await req('POST', `/api/tasks/${task.id}/notes`, c.truong, { body: 'Đã họp chi hội, 30/35 hội viên đăng ký', status: 'in_progress' });
    expect(noted.statusCode).toBe(200);
    expect(json(noted)).toMatchObject({ status: 'in_progress', notes: [{ body: 'Đã họp chi hội, 30/35 hội viên đăng ký', status: 'in_progress' }] });
    // ... but the title and due date are the commune's to change.
    const edit = await req('PATCH', `/api/tasks/${task.id}`, c.truong, { due: 'regular' });
    expect(edit.statusCode).toBe(400);
    expect(json(edit).error.message).toContain('Chỉ đơn vị giao nhiệm vụ');
    expect(json(await req('PATCH', `/api/tasks/${task.id}`, c.don, { due: 'regular' }))).toMatchObject({ due: 'regular' });
    const notes = await count('task_notes');
    const drop = await req('POST', `/api/tasks/${task.id}/notes`, c.truong, { body: '', status: 'dropped' });
    expect(drop.statusCode).toBe(400);
    expect(json(drop).error.message).toBe('Dừng nhiệm vụ phải ghi rõ lý do.');
    const future = await req('POST', `/api/tasks/${task.id}/notes`, c.truong, { body: 'x', on: '2099-01-01' });
    expect(json(future).error.code).toBe('task_note_future');
    expect(await count('task_notes')).toBe(notes);
    const dropped = json(await req('POST', `/api/tasks/${task.id}/notes`, c.don, { body: '', status: 'dropped', dropReason: 'Ngày hội lùi sang năm sau' }));
    expect(dropped).toMatchObject({ status: 'dropped', dropReason: 'Ngày hội lùi sang năm sau' });
    // A task owned outside the giver's scope is refused and nothing is written.
    const before = await count('tasks');
    const outside = await req('POST', `/api/orgs/${cell}/tasks`, c.truong, { title: 'Việc của chi bộ khác', owner: { kind: 'cell', id: other }, due: 'regular' });
    expect(outside.statusCode).toBe(400);
    expect(json(outside).error).toMatchObject({ code: 'task_owner_out_of_scope', message: expect.stringContaining('Chi bộ bản Phiêng Lơi') });
    const en = await t.app.inject({ method: 'POST', url: `/api/orgs/${cell}/tasks`, headers: { cookie: `${c.truong}; chibo_lang=en` },
      payload: { title: 'Việc của chi bộ khác', owner: { kind: 'cell', id: other }, due: 'regular' } });
    expect(json(en).error.message).toContain('outside the scope');
    expect(await count('tasks')).toBe(before);
  });

  it('tracks a resolution’s tasks when the minutes are approved, once, and the next meeting reviews them', async () => {
    const last = (await t.db.one<{ id: string; date: string }>(
      `SELECT id, date FROM meetings WHERE org_id = $1 AND status = 'approved' ORDER BY date DESC LIMIT 1`, [cell],
    ))!;
    const tracked = await t.db.one<{ n: number }>('SELECT count(*)::int AS n FROM tasks WHERE meeting_id = $1', [last.id]);
    expect(tracked!.n).toBeGreaterThan(0);
    // A correction adds a task: approving again tracks the new task only.
    expect((await req('POST', `/api/meetings/${last.id}/corrections`, c.truong, { reason: 'Bổ sung nhiệm vụ' })).statusCode).toBe(200);
    const detail = json(await req('GET', `/api/meetings/${last.id}`, c.truong));
    const member = (await t.db.one<{ id: string; full_name: string }>(
      `SELECT p.id, p.full_name FROM memberships ms JOIN people p ON p.id = ms.person_id WHERE ms.org_id = $1 AND ms.ended_on IS NULL ORDER BY p.full_name LIMIT 1`, [cell],
    ))!;
    const tasks = [...detail.resolution.tasks, { content: 'Hoàn thiện hồ sơ đề nghị kết nạp quần chúng ưu tú', assignee: `đồng chí ${member.full_name}`, due: '2026-12-30' }];
    expect((await req('PUT', `/api/meetings/${last.id}/resolution`, c.truong, { tasks })).statusCode).toBe(200);
    expect((await req('POST', `/api/meetings/${last.id}/approve`, c.truong)).statusCode).toBe(200);
    const after = await t.db.query<{ title: string; owner_kind: string; owner_person_id: string | null; due_on: string | null }>(
      'SELECT title, owner_kind, owner_person_id, due_on FROM tasks WHERE meeting_id = $1', [last.id],
    );
    expect(after.length).toBe(tracked!.n + 1);
    expect(after.find((x) => x.title.startsWith('Hoàn thiện hồ sơ'))).toMatchObject({ owner_kind: 'member', owner_person_id: member.id, due_on: '2026-12-30' });

    // The next meeting (planned after it) pre-fills its review item from the tracked tasks.
    const next = json(await req('POST', `/api/orgs/${cell}/meetings`, c.truong, { type: 'regular', date: '2099-01-10' }));
    const review = next.agenda.find((a: { templateKey: string }) => a.templateKey === 'monthly_review');
    expect(review.content).toContain('Hoàn thiện hồ sơ đề nghị kết nạp quần chúng ưu tú');
    expect(review.content).toMatch(/quá hạn|đang thực hiện|chưa thực hiện/);
    // What the cell says about a task at a held meeting goes back into the task as a dated progress note.
    const held = (await t.db.one<{ id: string; date: string }>(`SELECT id, date FROM meetings WHERE org_id = $1 AND status = 'approved' ORDER BY date DESC LIMIT 1`, [cell]))!;
    await t.db.query(`UPDATE meetings SET status = 'held' WHERE id = $1`, [held.id]);
    const list = json(await req('GET', `/api/meetings/${held.id}/task-review`, c.khay));
    expect(list.items.length).toBeGreaterThan(0);
    const target = list.items[0].task;
    const saved = await req('PUT', `/api/meetings/${held.id}/task-review`, c.truong, {
      items: [{ taskId: target.id, body: 'Chi bộ đánh giá: đã hoàn thành', status: 'done' }],
    });
    expect(saved.statusCode).toBe(200);
    expect(json(saved).items.find((x: { task: { id: string } }) => x.task.id === target.id)).toMatchObject({ note: 'Chi bộ đánh giá: đã hoàn thành' });
    const task = json(await req('GET', `/api/tasks/${target.id}`, c.truong));
    expect(task).toMatchObject({ status: 'done', doneOn: held.date, notes: [{ on: held.date, meetingId: held.id, body: 'Chi bộ đánh giá: đã hoàn thành' }] });
    // A task of another cell cannot be reviewed at this meeting; nothing is written.
    const foreign = (await t.db.one<{ id: string }>('SELECT id FROM tasks WHERE owner_org_id = $1 AND org_id = $1 LIMIT 1', [other]))!.id;
    const notes = await count('task_notes');
    const bad = await req('PUT', `/api/meetings/${held.id}/task-review`, c.don, {
      items: [{ taskId: target.id, body: 'Thêm ghi chú' }, { taskId: foreign, body: 'Không thuộc chi bộ' }],
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.code).toBe('task_not_of_cell');
    expect(await count('task_notes')).toBe(notes);
  });
});
