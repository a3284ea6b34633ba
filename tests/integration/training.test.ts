import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';

/** Training of members on the demo commune: courses, attendance and certificates, a member's record, who owes a course. */
describe.each(DB_KINDS)('training on %s', (kind) => {
  let t: TestApp;
  const c: Record<'don' | 'truong' | 'khay', string> = { don: '', truong: '', khay: '' };
  let root: string;
  let pl: string;
  let year: number;
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie } });
  const ok = async (method: string, url: string, cookie: string, payload?: unknown) => {
    const res = await req(method, url, cookie, payload);
    expect(res.statusCode, `${method} ${url}: ${res.body.slice(0, 300)}`).toBeLessThan(300);
    return json(res);
  };

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    for (const [k, u] of [['don', 'pqdon'], ['truong', 'lvtruong'], ['khay', 'tvkhay']] as const) c[k] = await login(t.app, u);
    root = (await t.db.one<{ id: string }>('SELECT id FROM orgs WHERE parent_id IS NULL'))!.id;
    pl = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    year = Number((await t.db.one<{ d: string }>(`SELECT max(starts_on)::text AS d FROM training_courses`))!.d.slice(0, 4));
  }, 300_000);
  afterAll(async () => t?.close());

  it('lists the year’s study of resolutions and new-member course, seen from the commune and from a cell', async () => {
    const list = await ok('GET', `/api/training/courses?orgId=${root}&year=${year}`, c.don);
    const kinds = list.items.map((x: any) => x.kind).sort();
    expect(kinds).toEqual(['new_member', 'resolution_study']);
    const study = list.items.find((x: any) => x.kind === 'resolution_study');
    expect(study.counts.total).toBeGreaterThan(200);
    expect(study.counts.absent).toBeGreaterThan(0);
    // The cell's secretary sees the commune's courses from his cell, but not their participants list (a commune record).
    const fromCell = await ok('GET', `/api/training/courses?orgId=${pl}&year=${year}`, c.truong);
    expect(fromCell.items).toHaveLength(2);
    expect((await req('GET', `/api/training/courses/${study.id}`, c.truong)).statusCode).toBe(403);
  });

  it('shows the probationary member who has not finished the new-member course, with the end of probation as deadline', async () => {
    const owing = await ok('GET', `/api/training/owing?orgId=${root}&year=${year}`, c.don);
    const nm = owing.items.filter((x: any) => x.kind === 'new_member');
    expect(nm).toHaveLength(1);
    expect(nm[0]).toMatchObject({ standing: 'probationary', reason: 'probation' });
    const [y, m, d] = nm[0].admissionDate.split('-').map(Number);
    expect(nm[0].dueOn).toBe(`${y + 1}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
    expect(owing.items.filter((x: any) => x.kind === 'resolution_study').length).toBeGreaterThan(0);
    const record = await ok('GET', `/api/members/${nm[0].personId}/training`, c.don);
    expect(record.owes).toEqual([{ kind: 'new_member', reason: 'probation', dueOn: nm[0].dueOn }]);
    expect(record.items.some((x: any) => x.kind === 'new_member')).toBe(false);
  });

  it('records a course: enrolment, completion with certificate, theory level raised; refuses what does not hold', async () => {
    const members = await t.db.query<{ person_id: string; theory_level: string | null }>(
      `SELECT ms.person_id, mb.theory_level FROM memberships ms JOIN members mb ON mb.person_id = ms.person_id
        WHERE ms.org_id = $1 AND ms.ended_on IS NULL AND coalesce(mb.theory_level, 'none') = 'none' ORDER BY ms.person_id LIMIT 2`, [pl]);
    expect(members).toHaveLength(2);
    const [a, b] = members.map((m) => m.person_id);
    const body = { orgId: root, kind: 'theory_basic', title: 'Sơ cấp lý luận chính trị khóa 1', organiser: 'Trường Chính trị tỉnh Điện Biên',
      startsOn: `${year}-06-01`, endsOn: `${year}-07-15`, personIds: [a, b] };
    expect((await req('POST', '/api/training/courses', c.truong, { ...body, orgId: root })).statusCode).toBe(403);
    expect(json(await req('POST', '/api/training/courses', c.don, { ...body, endsOn: `${year}-05-01` })).error.code).toBe('training_period_invalid');
    const created = await ok('POST', '/api/training/courses', c.don, body);
    expect(created.participants.map((p: any) => p.status)).toEqual(['enrolled', 'enrolled']);
    const u = `/api/training/courses/${created.id}/participants`;
    const bad = await req('PUT', u, c.don, { items: [{ personId: a, status: 'attended', certificateNo: '12/GCN' }] });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.code).toBe('training_certificate_needs_completed');
    expect(json(bad).error.message).toContain('giấy chứng nhận');
    const early = await req('PUT', u, c.don, { items: [{ personId: a, status: 'completed', certificateNo: '12/GCN', certificateDate: `${year}-05-01` }] });
    expect(json(early).error.code).toBe('training_certificate_before_course');
    const other = (await t.db.one<{ person_id: string }>(
      `SELECT person_id FROM memberships WHERE org_id <> $1 AND ended_on IS NULL ORDER BY person_id LIMIT 1`, [pl]))!.person_id;
    const saved = await ok('PUT', u, c.don, { items: [
      { personId: a, status: 'completed', result: 'Giỏi', certificateNo: '12/GCN', certificateDate: `${year}-07-20` },
      { personId: b, status: 'absent' }, { personId: other, status: 'attended' },
    ] });
    expect(saved.participants).toHaveLength(3);
    expect(saved.counts).toMatchObject({ total: 3, completed: 1, absent: 1, attended: 2 });
    expect((await t.db.one<{ theory_level: string }>('SELECT theory_level FROM members WHERE person_id = $1', [a]))!.theory_level).toBe('so_cap');
    const rec = await ok('GET', `/api/members/${a}/training`, c.truong);
    expect(rec.items[0]).toMatchObject({ courseId: created.id, kind: 'theory_basic', status: 'completed', certificateNo: '12/GCN', to: `${year}-07-15` });
    // A course a cell runs for its own members accepts only them; nothing is written when one row fails.
    const cellCourse = await ok('POST', '/api/training/courses', c.don, {
      orgId: pl, kind: 'resolution_study', title: 'Học bù nghị quyết', startsOn: `${year}-08-01`, endsOn: `${year}-08-01`,
    });
    const outside = await req('PUT', `/api/training/courses/${cellCourse.id}/participants`, c.don, {
      items: [{ personId: a, status: 'attended' }, { personId: other, status: 'attended' }] });
    expect(json(outside).error.code).toBe('training_person_outside');
    expect((await ok('GET', `/api/training/courses/${cellCourse.id}`, c.truong)).participants).toEqual([]);
    expect((await req('PUT', `/api/training/courses/${cellCourse.id}/participants`, c.truong, { items: [{ personId: a, status: 'attended' }] })).statusCode)
      .toBe(403);
  });

  it('lets the cell secretary enter a course taken before, from the certificate', async () => {
    const person = (await t.db.one<{ person_id: string }>(
      `SELECT person_id FROM memberships WHERE org_id = $1 AND ended_on IS NULL ORDER BY person_id DESC LIMIT 1`, [pl]))!.person_id;
    const rec = await ok('POST', `/api/members/${person}/training`, c.truong, {
      kind: 'refresher', title: 'Bồi dưỡng kiến thức quốc phòng, an ninh đối tượng 4', organiser: 'Ban Chỉ huy Quân sự thành phố',
      from: '2019-05-06', to: '2019-05-10', status: 'completed', certificateNo: '245/CN', certificateDate: '2019-05-10',
    });
    expect(rec.items.find((x: any) => x.title.startsWith('Bồi dưỡng kiến thức quốc phòng'))).toMatchObject({ courseId: null, certificateNo: '245/CN' });
    expect((await req('POST', `/api/members/${person}/training`, c.khay, { kind: 'other', title: 'Lớp', to: '2019-05-10', status: 'completed' }))
      .statusCode).toBe(403);
  });
});
