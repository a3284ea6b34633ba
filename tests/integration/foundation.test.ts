import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { cookieOf, json, login, loginFirstTime, testApp, type TestApp } from '../support/app';

/** The foundation on both databases: the same migrations and the same behaviour on PGlite and PostgreSQL. */
describe.each(DB_KINDS)('foundation on %s', (kind) => {
  let t: TestApp;
  let admin: string;
  let rootId: string;
  const req = (method: string, url: string, cookie?: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: cookie ? { cookie } : {} });

  beforeAll(async () => {
    t = await testApp(kind);
  });
  afterAll(async () => t?.close());

  it('reports its database in /api/health', async () => {
    const res = await req('GET', '/api/health');
    expect(json(res)).toEqual({ status: 'ok', database: kind });
  });

  it('needs setting up while empty, then creates a committee and logs its administrator in', async () => {
    expect(json(await req('GET', '/api/setup'))).toEqual({ needed: true, codeRequired: false });
    const bad = await req('POST', '/api/setup', undefined, {
      committeeName: 'Đảng bộ xã Mường Phăng', place: 'Mường Phăng', fullName: 'Lò Văn Bình', username: 'lvbinh', password: 'short',
    });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error.message).toBe('Mật khẩu phải có ít nhất 8 ký tự.');
    expect(json(await req('GET', '/api/setup'))).toEqual({ needed: true, codeRequired: false }); // nothing half-written
    const res = await req('POST', '/api/setup', undefined, {
      committeeName: 'Đảng bộ xã Mường Phăng', place: 'Mường Phăng', fullName: 'Lò Văn Bình', username: 'LVBinh', password: 'mat-khau-dai',
    });
    expect(res.statusCode).toBe(201);
    admin = cookieOf(res);
    rootId = json(res).orgId;
    expect(json(await req('GET', '/api/setup'))).toEqual({ needed: false, codeRequired: false });
    const again = await req('POST', '/api/setup', undefined, {
      committeeName: 'Khác', place: 'Khác', fullName: 'Người khác', username: 'other', password: 'mat-khau-dai',
    });
    expect(again.statusCode).toBe(409);
    const me = json(await req('GET', '/api/auth/me', admin));
    expect(me.username).toBe('lvbinh');
    expect(me.fullName).toBe('Lò Văn Bình');
  });

  it('refuses wrong credentials with 401 and a Vietnamese message, English on request', async () => {
    const res = await req('POST', '/api/auth/login', undefined, { username: 'lvbinh', password: 'sai-mat-khau' });
    expect(res.statusCode).toBe(401);
    expect(json(res)).toEqual({ error: { code: 'unauthorized', message: 'Tên đăng nhập hoặc mật khẩu không đúng.' } });
    const en = await t.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { username: 'nobody', password: 'x' }, headers: { cookie: 'chibo_lang=en' },
    });
    expect(json(en).error.message).toBe('Wrong username or password.');
  });

  let cellA: string;
  let cellB: string;
  let memberId: string;
  it('creates cells, renames one keeping its history, and lists the tree', async () => {
    const a = await req('POST', '/api/orgs', admin, { parentId: rootId, kind: 'cell', name: 'Chi bộ bản Co Mỵ', foundedOn: '2015-01-01' });
    expect(a.statusCode).toBe(201);
    cellA = json(a).id;
    cellB = json(await req('POST', '/api/orgs', admin, { parentId: rootId, kind: 'cell', name: 'Chi bộ đội 3', foundedOn: '2015-01-01' })).id;
    const noKind = await req('POST', '/api/orgs', admin, { parentId: rootId, name: 'Chi bộ mới' });
    expect(json(noKind).error).toEqual({ code: 'validation', message: 'Dữ liệu không hợp lệ: thiếu trường "kind"' });
    const underCell = await req('POST', '/api/orgs', admin, { parentId: cellA, kind: 'cell', name: 'Chi bộ con' });
    expect(underCell.statusCode).toBe(400);
    expect(json(underCell).error.message).toBe('Chi bộ không có tổ chức trực thuộc.');
    const tree = json<any[]>(await req('GET', '/api/orgs', admin));
    expect(tree.map((o) => o.name)).toEqual(expect.arrayContaining(['Đảng bộ xã Mường Phăng', 'Chi bộ bản Co Mỵ', 'Chi bộ đội 3']));
    expect(tree.find((o) => o.id === cellA).parentId).toBe(rootId);
  });

  it('adds members, finds them without diacritics, and transfers one; the old cell keeps its old name in history', async () => {
    const created = await req('POST', '/api/members', admin, {
      orgId: cellB, fullName: 'Lường  Văn Trường', standing: 'official', birthDate: '1970-05-02', admissionDate: '1995-03-03',
      officialDate: '1996-03-03', cardNo: '62.010001', joinedOn: '2010-01-01',
    });
    expect(created.statusCode).toBe(201);
    memberId = json(created).personId;
    expect(json(created).fullName).toBe('Lường Văn Trường');
    const badDate = await req('POST', '/api/members', admin, { orgId: cellB, fullName: 'Quàng Thị Ún', standing: 'official', birthDate: '1980-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(json(badDate).error.message).toContain('1980-02-30');
    const dupCard = await req('POST', '/api/members', admin, { orgId: cellB, fullName: 'Quàng Thị Ún', standing: 'official', cardNo: '62.010001' });
    expect(dupCard.statusCode).toBe(409);
    for (const q of ['truong', 'TRƯỜNG', 'luong van']) {
      const found = json<any[]>(await req('GET', `/api/members?q=${encodeURIComponent(q)}`, admin));
      expect(found.map((m) => m.fullName)).toContain('Lường Văn Trường');
    }
    expect(json<any[]>(await req('GET', '/api/members?q=thoan', admin))).toEqual([]);

    const renamed = await req('PATCH', `/api/orgs/${cellB}`, admin, { name: 'Chi bộ bản Nà Ngấm', effectiveOn: '2020-07-01' });
    expect(json(renamed).name).toBe('Chi bộ bản Nà Ngấm');
    const noReason = await req('POST', `/api/members/${memberId}/transfer`, admin, { toOrgId: cellA, reason: '  ', effectiveOn: '2019-06-01' });
    expect(noReason.statusCode).toBe(400);
    const moved = await req('POST', `/api/members/${memberId}/transfer`, admin, { toOrgId: cellA, reason: 'Chuyển nơi cư trú', effectiveOn: '2019-06-01' });
    expect(moved.statusCode).toBe(200);
    const profile = json(moved);
    expect(profile.currentOrgName).toBe('Chi bộ bản Co Mỵ');
    const past = profile.memberships.find((m: any) => m.orgId === cellB);
    expect(past.orgName).toBe('Chi bộ đội 3'); // its name when the member left, in 2019
    expect(past.orgNameNow).toBe('Chi bộ bản Nà Ngấm');
    expect(profile.events[0]).toMatchObject({ kind: 'transferred', fromOrgName: 'Chi bộ đội 3', toOrgName: 'Chi bộ bản Co Mỵ' });
    const members = json(await req('GET', `/api/orgs/${cellA}/members`, admin));
    expect(members.total).toBe(1);
  });

  it('records status changes with dates and reasons, and refuses impossible ones', async () => {
    const p = await req('POST', '/api/members', admin, { orgId: cellA, fullName: 'Cà Thị Hương', standing: 'probationary', admissionDate: '2025-12-01' });
    const id = json(p).personId;
    // The history starts with the admission the record gives; a corrected admission date moves it.
    expect(json(p).events).toMatchObject([{ kind: 'admitted', effectiveOn: '2025-12-01' }]);
    const corrected = await req('PATCH', `/api/members/${id}`, admin, { admissionDate: '2025-11-28' });
    expect(json(corrected).events).toMatchObject([{ kind: 'admitted', effectiveOn: '2025-11-28' }]);
    // HD 60-HD/BTGTW: the new-member course comes first (refused without it: tests/integration/training.test.ts).
    expect((await req('POST', `/api/members/${id}/training`, admin, {
      kind: 'new_member', title: 'Lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới', from: '2026-03-02', to: '2026-03-06', status: 'completed',
    })).statusCode).toBe(201);
    const official = await req('POST', `/api/members/${id}/events`, admin, { kind: 'made_official', effectiveOn: '2026-12-01', decisionRef: '15-QĐ/ĐU' });
    expect(json(official).standing).toBe('official');
    expect(json(official).officialDate).toBe('2026-12-01');
    const twice = await req('POST', `/api/members/${id}/events`, admin, { kind: 'made_official', effectiveOn: '2026-12-02' });
    expect(twice.statusCode).toBe(409);
    const noReason = await req('POST', `/api/members/${id}/events`, admin, { kind: 'exempted', effectiveOn: '2026-12-05' });
    expect(json(noReason).error.message).toBe('Cần ghi lý do.');
    const exempt = await req('POST', `/api/members/${id}/events`, admin, { kind: 'exempted', effectiveOn: '2026-12-05', reason: 'Ốm dài ngày' });
    expect(json(exempt).state).toBe('exempt');
    const dead = await req('POST', `/api/members/${id}/events`, admin, { kind: 'deceased', effectiveOn: '2027-01-05' });
    expect(json(dead).state).toBe('deceased');
    expect(json(dead).currentOrgId).toBeNull();
    const list = json(await req('GET', `/api/orgs/${cellA}/members`, admin));
    expect(list.items.map((m: any) => m.fullName)).not.toContain('Cà Thị Hương');
    const withFormer = json(await req('GET', `/api/orgs/${cellA}/members?includeFormer=true`, admin));
    expect(withFormer.items.map((m: any) => m.fullName)).toContain('Cà Thị Hương');
  });

  it('gives a cell secretary their own cell and nothing else', async () => {
    const pos = await req('POST', `/api/members/${memberId}/positions`, admin, { orgId: cellA, title: 'cell_secretary', termLabel: '2025–2030' });
    expect(json(pos).positions[0]).toMatchObject({ title: 'cell_secretary', orgName: 'Chi bộ bản Co Mỵ' });
    const acc = await req('POST', '/api/accounts', admin, { personId: memberId, username: 'lvtruong', password: 'tam-thoi-123', role: 'secretary', orgId: cellA });
    expect(acc.statusCode).toBe(201);
    expect(json(acc).mustChangePassword).toBe(true);
    const sec = await login(t.app, 'lvtruong', 'tam-thoi-123');
    // A password someone else chose is changed first; until then nothing else works.
    expect(json(await req('GET', '/api/orgs', sec)).error.code).toBe('password_change_required');
    // Changing it ends the other sessions.
    const other = await login(t.app, 'lvtruong', 'tam-thoi-123');
    const changed = await req('POST', '/api/auth/password', sec, { currentPassword: 'tam-thoi-123', newPassword: 'mat-khau-moi-1' });
    expect(changed.statusCode).toBe(200);
    expect((await req('GET', '/api/auth/me', other)).statusCode).toBe(401);
    expect(json(await req('GET', '/api/auth/me', sec)).mustChangePassword).toBe(false);
    const tree = json<any[]>(await req('GET', '/api/orgs', sec));
    expect(tree.filter((o) => !o.contextOnly).map((o) => o.name)).toEqual(['Chi bộ bản Co Mỵ']);
    expect(tree.find((o) => o.id === rootId).contextOnly).toBe(true);
    expect((await req('GET', `/api/orgs/${cellB}`, sec)).statusCode).toBe(403);
    expect((await req('GET', `/api/orgs/${cellA}/members`, sec)).statusCode).toBe(200);
    const addHere = await req('POST', '/api/members', sec, { orgId: cellA, fullName: 'Lò Văn Pọm', standing: 'official' });
    expect(addHere.statusCode).toBe(201);
    const addThere = await req('POST', '/api/members', sec, { orgId: cellB, fullName: 'Lò Văn Pọm', standing: 'official' });
    expect(addThere.statusCode).toBe(403);
    expect(json(addThere).error.message).toBe('Bạn không có quyền thực hiện thao tác này.');
    // Moving a member out to a cell the secretary does not manage is refused, and nothing moves.
    const out = await req('POST', `/api/members/${json(addHere).personId}/transfer`, sec, { toOrgId: cellB, reason: 'Chuyển' });
    expect(out.statusCode).toBe(403);
    expect(json(await req('GET', `/api/members/${json(addHere).personId}`, sec)).currentOrgId).toBe(cellA);
    expect((await req('POST', `/api/orgs/${cellA}/dissolve`, sec, { reason: 'x' })).statusCode).toBe(403);
    expect((await req('GET', `/api/audit?orgId=${cellA}`, sec)).statusCode).toBe(403);
    // An administrator resets it: every session ends, the new password works.
    const accountId = json(acc).accountId;
    await req('POST', `/api/accounts/${accountId}/reset-password`, admin, { password: 'dat-lai-123' });
    expect((await req('GET', '/api/auth/me', sec)).statusCode).toBe(401);
    await login(t.app, 'lvtruong', 'dat-lai-123');
  });

  it('assigns a committee member in charge of a cell, who can then read it, until the assignment ends', async () => {
    const sec = await loginFirstTime(t.app, 'lvtruong', 'dat-lai-123');
    expect((await req('GET', `/api/orgs/${cellB}`, sec)).statusCode).toBe(403);
    const assigned = await req('POST', `/api/orgs/${cellB}/overseers`, admin, { personId: memberId, startedOn: '2026-01-01' });
    expect(json(assigned).overseers).toEqual([{ personId: memberId, fullName: 'Lường Văn Trường', startedOn: '2026-01-01' }]);
    expect((await req('GET', `/api/orgs/${cellB}`, sec)).statusCode).toBe(200);
    expect((await req('POST', '/api/members', sec, { orgId: cellB, fullName: 'Lò Văn Pọm', standing: 'official' })).statusCode).toBe(403);
    const ended = await req('DELETE', `/api/orgs/${cellB}/overseers/${memberId}`, admin);
    expect(json(ended).overseers).toEqual([]);
    expect((await req('GET', `/api/orgs/${cellB}`, sec)).statusCode).toBe(403);
  });

  it('revokes a session on logout and on request', async () => {
    const s1 = await login(t.app, 'lvbinh', 'mat-khau-dai');
    const s2 = await login(t.app, 'lvbinh', 'mat-khau-dai');
    const sessions = json<any[]>(await req('GET', '/api/auth/sessions', s1));
    const second = sessions.find((s) => !s.current);
    expect(second).toBeTruthy();
    await req('DELETE', `/api/auth/sessions/${encodeURIComponent(sessions.filter((s) => !s.current).map((s) => s.id)[0])}`, s1);
    await req('POST', '/api/auth/logout', s1);
    expect((await req('GET', '/api/auth/me', s1)).statusCode).toBe(401);
    void s2;
  });

  it('merges and dissolves units with their members and keeps the record', async () => {
    const c = json(await req('POST', '/api/orgs', admin, { parentId: rootId, kind: 'cell', name: 'Chi bộ bản Tọ Cuông' })).id;
    await req('POST', '/api/members', admin, { orgId: c, fullName: 'Vì Văn Khay', standing: 'official' });
    const refused = await req('POST', `/api/orgs/${c}/dissolve`, admin, { reason: 'Sáp nhập bản' });
    expect(refused.statusCode).toBe(409);
    expect(json(refused).error.message).toContain('1 đảng viên');
    const merged = await req('POST', `/api/orgs/${c}/merge`, admin, { intoId: cellA, reason: 'Sáp nhập bản Tọ Cuông vào bản Co Mỵ', effectiveOn: '2026-11-01' });
    expect(json(merged).movedMembers).toBe(1);
    const names = json(await req('GET', `/api/orgs/${cellA}/members`, admin)).items.map((m: any) => m.fullName);
    expect(names).toContain('Vì Văn Khay');
    expect(json<any[]>(await req('GET', '/api/orgs', admin)).map((o) => o.id)).not.toContain(c);
    expect(json<any[]>(await req('GET', '/api/orgs?includeInactive=true', admin)).find((o) => o.id === c).status).toBe('merged');
    const empty = json(await req('POST', '/api/orgs', admin, { parentId: rootId, kind: 'cell', name: 'Chi bộ tạm' })).id;
    const dissolved = await req('POST', `/api/orgs/${empty}/dissolve`, admin, { reason: 'Không còn đảng viên' });
    expect(json(dissolved).status).toBe('dissolved');
  });

  it('writes every change to the audit log with before and after', async () => {
    const log = json(await req('GET', `/api/audit?orgId=${rootId}&limit=200`, admin));
    const actions = log.items.map((e: any) => e.action);
    for (const a of ['org.create', 'org.update', 'org.merge', 'org.dissolve', 'member.create', 'member.transfer', 'member.made_official',
      'member.exempted', 'member.deceased', 'position.add', 'account.create', 'account.password_reset']) {
      expect(actions).toContain(a);
    }
    const rename = log.items.find((e: any) => e.action === 'org.update');
    expect(rename.before.name).toBe('Chi bộ đội 3');
    expect(rename.after.name).toBe('Chi bộ bản Nà Ngấm');
    expect(rename.username).toBe('lvbinh');
    const cellLog = json(await req('GET', `/api/audit?orgId=${cellB}`, admin));
    expect(cellLog.items.every((e: any) => e.action !== 'org.dissolve')).toBe(true);
  });

  it('slows down login attempts on one name', async () => {
    const codes: number[] = [];
    for (let i = 0; i < 5; i++) {
      codes.push((await req('POST', '/api/auth/login', undefined, { username: 'doan-mat-khau', password: 'wrong' })).statusCode);
    }
    expect(codes).toEqual([401, 401, 401, 401, 401]);
    const last = await req('POST', '/api/auth/login', undefined, { username: 'doan-mat-khau', password: 'wrong' });
    expect(last.statusCode).toBe(429);
    expect(last.headers['retry-after']).toBe('1');
    expect(json(last).error).toMatchObject({ code: 'login_slowed', message: 'Đã đăng nhập sai nhiều lần liền. Vui lòng chờ 1 giây rồi thử lại.' });
    // A made-up X-Forwarded-For does not dodge the limit (chibo is not told to trust a proxy).
    const spoofed = await t.app.inject({
      method: 'POST', url: '/api/auth/login', payload: { username: 'doan-mat-khau', password: 'wrong' }, headers: { 'x-forwarded-for': '203.0.113.9' },
    });
    expect(spoofed.statusCode).toBe(429);
    // Another username from the same address is not locked out by someone guessing at this one.
    expect((await req('POST', '/api/auth/login', undefined, { username: 'lvbinh', password: 'mat-khau-dai' })).statusCode).toBe(200);
  });

  it('documents every route in OpenAPI', async () => {
    const spec = json(await req('GET', '/api/openapi.json'));
    expect(spec.openapi).toMatch(/^3\./);
    const documented = Object.entries(spec.paths).flatMap(([p, ops]) => Object.keys(ops as object).map((m) => `${m.toUpperCase()} ${p}`));
    const routes = t.app.routeList
      .filter((r) => r.method !== 'HEAD' && !r.url.startsWith('/api/openapi'))
      .map((r) => `${r.method} ${r.url.replace(/:(\w+)/g, '{$1}')}`);
    for (const r of routes) expect(documented).toContain(r);
    expect((await req('GET', '/api/docs')).statusCode).toBeLessThan(400);
  });
});
