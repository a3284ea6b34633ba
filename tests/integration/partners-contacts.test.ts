import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cookieOf, json, testApp, type TestApp } from '../support/app';

/** A partner unit's contact: a new person, or a party member of the cell who heads the union (the veterans' head). */
describe('partner contacts', () => {
  let t: TestApp;
  let admin: string;
  let cell: string;
  let other: string;
  let partner: string;
  const req = (method: string, url: string, payload?: unknown, lang = 'vi') =>
    t.app.inject({ method: method as 'POST', url, payload: payload as object, headers: { cookie: `${admin}; chibo_lang=${lang}` } });
  const member = async (orgId: string, fullName: string) =>
    json((await req('POST', '/api/members', { orgId, fullName, standing: 'official', joinedOn: '2020-01-01' }))).personId as string;

  beforeAll(async () => {
    t = await testApp('pglite');
    const res = await t.app.inject({
      method: 'POST', url: '/api/setup',
      payload: { committeeName: 'Đảng bộ xã Mường Phăng', place: 'Mường Phăng', fullName: 'Lò Văn Bình', username: 'lvbinh', password: 'mat-khau-dai' },
    });
    admin = cookieOf(res);
    const root = json(res).orgId;
    cell = json(await req('POST', '/api/orgs', { parentId: root, kind: 'cell', name: 'Chi bộ bản Mường Phăng' })).id;
    other = json(await req('POST', '/api/orgs', { parentId: root, kind: 'cell', name: 'Chi bộ bản Nà Nhạn' })).id;
    partner = json(await req('POST', `/api/orgs/${cell}/partners`, { kind: 'veterans', name: 'Chi hội Cựu chiến binh bản Mường Phăng' })).id;
  });
  afterAll(async () => t?.close());

  it('makes a party member of the cell the contact, without a second person of the same name', async () => {
    const personId = await member(cell, 'Lò Văn Khiêm');
    const res = await req('POST', `/api/partners/${partner}/contacts`, { personId, title: 'Chi hội trưởng', startedOn: '2024-03-01' });
    expect(res.statusCode).toBe(200);
    expect(json(res).contacts).toEqual([expect.objectContaining({ personId, fullName: 'Lò Văn Khiêm', title: 'Chi hội trưởng', startedOn: '2024-03-01' })]);
    const people = await t.db.query(`SELECT 1 FROM people WHERE full_name = 'Lò Văn Khiêm'`);
    expect(people).toHaveLength(1);
  });

  it('refuses a member of another cell, and a contact with neither a member nor a name, writing nothing', async () => {
    const elsewhere = await member(other, 'Quàng Văn Dũng');
    const before = json(await req('GET', `/api/orgs/${cell}/partners`)).find((p: any) => p.id === partner).contacts.length;
    const refused = await req('POST', `/api/partners/${partner}/contacts`, { personId: elsewhere, title: 'Chi hội phó' });
    expect(refused.statusCode).toBe(400);
    expect(json(refused).error).toMatchObject({
      code: 'contact_not_member', message: 'Người liên hệ được chọn không phải đảng viên đang sinh hoạt tại chi bộ này.',
    });
    const nameless = await req('POST', `/api/partners/${partner}/contacts`, { title: 'Chi hội phó' }, 'en');
    expect(nameless.statusCode).toBe(400);
    expect(json(nameless).error.message).toBe('Enter the contact’s full name, or choose a party member of the cell.');
    expect(json(await req('GET', `/api/orgs/${cell}/partners`)).find((p: any) => p.id === partner).contacts).toHaveLength(before);
  });

  it('still adds a new person by name', async () => {
    const res = await req('POST', `/api/partners/${partner}/contacts`, { fullName: 'Lò Thị Xuân', title: 'Chi hội phó', phone: '0912000111' });
    expect(res.statusCode).toBe(200);
    expect(json(res).contacts.map((c: any) => c.fullName)).toContain('Lò Thị Xuân');
  });
});
