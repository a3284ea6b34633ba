import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp, requester } from '../support/app';
import { addDays, formatDateVi, todayVn } from '../../src/domain/dates';

/** Training of members on the demo commune: courses, attendance and certificates, a member's record, who owes a course. */
describe.each(DB_KINDS)('training on %s', (kind) => {
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

  it('refuses to make official a member without the new-member course, names the rule, writes nothing; with the course done, makes him official', async () => {
    const owing = await ok('GET', `/api/training/owing?orgId=${root}&year=${year}`, c.don);
    const p = owing.items.find((x: any) => x.kind === 'new_member');
    const url = `/api/members/${p.personId}/events`;
    const on = todayVn();
    const day = (n: number) => addDays(on, n);
    const refused = await req('POST', url, c.don, { kind: 'made_official', effectiveOn: on, decisionRef: '21-QĐ/ĐU' });
    expect(refused.statusCode).toBe(409);
    expect(json(refused).error.code).toBe('official_needs_new_member_course');
    expect(json(refused).error.message).toContain(`Chưa thể công nhận đồng chí ${p.name} là đảng viên chính thức`);
    expect(json(refused).error.message).toContain('lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới (HD 60-HD/BTGTW)');
    expect(json(refused).error.message).toContain('hướng dẫn thi hành Điều lệ Đảng');
    const en = await t.app.inject({ method: 'POST', url, payload: { kind: 'made_official', effectiveOn: on }, headers: { cookie: `${c.don}; chibo_lang=en` } });
    expect(json(en).error.message).toContain(`${p.name} cannot be made an official member yet: the new-member course (HD 60-HD/BTGTW) is not completed`);
    // Nothing written: still probationary, no event, no audit entry.
    const state = async () => (await t.db.one<{ standing: string; events: number }>(
      `SELECT mb.standing, (SELECT count(*)::int FROM member_events e WHERE e.person_id = mb.person_id AND e.kind = 'made_official') AS events
         FROM members mb WHERE mb.person_id = $1`, [p.personId]))!;
    expect(await state()).toEqual({ standing: 'probationary', events: 0 });
    expect(await t.db.query(`SELECT 1 FROM audit_log WHERE action = 'member.made_official' AND entity_id = $1`, [p.personId])).toHaveLength(0);

    // Enrolled or attended is not completed.
    await ok('POST', `/api/members/${p.personId}/training`, c.don, {
      kind: 'new_member', title: 'Lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới', from: day(-30), to: day(-26), status: 'attended',
    });
    expect(json(await req('POST', url, c.don, { kind: 'made_official', effectiveOn: on })).error.code).toBe('official_needs_new_member_course');
    // Completed, but after the day asked for: refused with both days.
    await ok('POST', `/api/members/${p.personId}/training`, c.don, {
      kind: 'new_member', title: 'Lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới (học bù)', organiser: 'Đảng ủy xã Thanh Minh',
      from: day(-12), to: day(-8), status: 'completed', result: 'Khá', certificateNo: '07/GCN-ĐVM', certificateDate: day(-7),
    });
    const early = await req('POST', url, c.don, { kind: 'made_official', effectiveOn: day(-10) });
    expect(json(early).error.code).toBe('official_course_after_date');
    expect(json(early).error.message).toContain(`từ ngày ${formatDateVi(day(-10))}: đồng chí hoàn thành lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới ngày ${formatDateVi(day(-8))}`);
    const made = await ok('POST', url, c.don, { kind: 'made_official', effectiveOn: on, decisionRef: '21-QĐ/ĐU' });
    expect(made).toMatchObject({ standing: 'official', officialDate: on });
    expect(await state()).toEqual({ standing: 'official', events: 1 });
    // No longer owing the course.
    const after = await ok('GET', `/api/training/owing?orgId=${root}&year=${year}`, c.don);
    expect(after.items.some((x: any) => x.personId === p.personId && x.kind === 'new_member')).toBe(false);
  });

  it('has, in the demo, the completed new-member course of every member made official', async () => {
    const without = await t.db.query(
      `SELECT mb.person_id FROM members mb WHERE mb.official_date IS NOT NULL AND NOT EXISTS (
         SELECT 1 FROM training_records r LEFT JOIN training_courses c ON c.id = r.course_id
          WHERE r.person_id = mb.person_id AND r.status = 'completed' AND coalesce(c.kind, r.own_kind) = 'new_member'
            AND coalesce(c.ends_on, r.own_to) <= mb.official_date)`);
    expect(without).toEqual([]);
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
