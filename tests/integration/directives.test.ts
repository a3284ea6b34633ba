import crypto from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');

function multipart(fields: Record<string, string>, file: { name: string; data: Buffer; type: string }) {
  const boundary = '----chibo' + Math.random().toString(16).slice(2);
  const parts: Buffer[] = [];
  for (const [k, v] of Object.entries(fields)) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${k}"\r\n\r\n${v}\r\n`));
  }
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\nContent-Type: ${file.type}\r\n\r\n`));
  parts.push(file.data, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

/** Dissemination of directives: the library, a deadline, records at meetings, reads, coverage — on both databases. */
describe.each(DB_KINDS)('directives on %s', (kind) => {
  let t: TestApp;
  const c = { truong: '', don: '', thoan: '' };
  let cell: string;
  let other: string;
  let root: string;
  let docId: string;
  const fields = {
    number: '35-CT/TW', docType: 'directive', issuer: 'Ban Chấp hành Trung ương', issuedOn: '2024-06-14',
    subject: 'Về tổ chức đại hội đảng bộ các cấp tiến tới Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
  };
  const upload = (cookie: string, f: Record<string, string>, file: { name: string; data: Buffer; type: string }) => {
    const m = multipart(f, file);
    return t.app.inject({ method: 'POST', url: `/api/orgs/${root}/documents`, payload: m.payload, headers: { ...m.headers, cookie } });
  };
  const req = (method: string, url: string, cookie: string, payload?: unknown) =>
    t.app.inject({ method: method as 'GET', url, payload: payload as object, headers: { cookie } });
  const count = async (table: string) => (await t.db.one<{ n: number }>(`SELECT count(*)::int AS n FROM ${table}`))!.n;

  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    c.truong = await login(t.app, 'lvtruong');
    c.don = await login(t.app, 'pqdon');
    c.thoan = await login(t.app, 'ltthoan');
    cell = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    other = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Co Củ'`))!.id;
    root = (await t.db.one<{ id: string }>(`SELECT id FROM orgs WHERE parent_id IS NULL`))!.id;
  }, 300_000);
  afterAll(async () => t?.close());

  it('stores a PDF with its checksum, finds it without diacritics, and refuses other files and missing fields', async () => {
    const res = await upload(c.don, fields, { name: '35-CT-TW.pdf', data: PDF, type: 'application/pdf' });
    expect(res.statusCode).toBe(201);
    docId = json(res).id;
    expect(json(res).file).toMatchObject({ type: 'pdf', size: PDF.length, sha256: crypto.createHash('sha256').update(PDF).digest('hex') });
    const found = json(await req('GET', '/api/documents?q=dai hoi dai bieu toan quoc', c.thoan));
    expect(found.items.map((x: { id: string; number: string }) => x.number)).toContain('35-CT/TW');
    const file = await req('GET', `/api/documents/${docId}/file`, c.thoan);
    expect(file.statusCode).toBe(200);
    expect(file.rawPayload.equals(PDF)).toBe(true);
    const before = await count('directive_documents');
    const txt = await upload(c.don, fields, { name: 'note.pdf', data: Buffer.from('not a pdf at all'), type: 'application/pdf' });
    expect(txt.statusCode).toBe(400);
    expect(json(txt).error.message).toBe('Tệp phải là PDF hoặc Word (DOCX).');
    const big = await upload(c.don, fields, { name: 'big.pdf', data: Buffer.concat([PDF, Buffer.alloc(11 * 1024 * 1024)]), type: 'application/pdf' });
    expect(big.statusCode).toBe(413);
    expect(json(big).error.code).toBe('document_file_too_large');
    const noSubject = await upload(c.don, { ...fields, subject: '' }, { name: 'x.pdf', data: PDF, type: 'application/pdf' });
    expect(json(noSubject).error.code).toBe('document_fields');
    expect(await count('directive_documents')).toBe(before);
    // A cell's secretary does not add to the commune's library.
    expect((await upload(c.truong, fields, { name: 'x.pdf', data: PDF, type: 'application/pdf' })).statusCode).toBe(403);
  });

  it('records the dissemination at a cell’s meeting; the absent confirm they read it; coverage per cell', async () => {
    expect((await req('PUT', `/api/orgs/${root}/documents/${docId}/dissemination`, c.don, { by: '2099-12-31', cellIds: null })).statusCode).toBe(200);
    const meeting = (await t.db.one<{ id: string }>(
      `SELECT id FROM meetings WHERE org_id = $1 AND status = 'approved' ORDER BY date DESC LIMIT 1`, [cell],
    ))!.id;
    const foreign = (await t.db.one<{ id: string }>(`SELECT id FROM meetings WHERE org_id = $1 AND status = 'approved' LIMIT 1`, [other]))!.id;
    const rows = await count('disseminations');
    const bad = await req('POST', `/api/orgs/${cell}/disseminations`, c.truong, { documentId: docId, meetingId: foreign });
    expect(bad.statusCode).toBe(400);
    expect(json(bad).error).toMatchObject({ code: 'dissemination_meeting_other_cell', message: 'Buổi sinh hoạt được chọn là của chi bộ khác.' });
    expect(await count('disseminations')).toBe(rows);
    const res = await req('POST', `/api/orgs/${cell}/disseminations`, c.truong, { documentId: docId, meetingId: meeting });
    expect(res.statusCode).toBe(200);
    const members = json(res) as { personId: string; reached: string | null }[];
    const present = members.filter((m) => m.reached === 'meeting').length;
    expect(present).toBeGreaterThan(0);
    const cov = json(await req('GET', `/api/documents/${docId}/coverage`, c.don));
    const row = cov.cells.find((x: { orgId: string }) => x.orgId === cell);
    expect(row).toMatchObject({ meetingId: meeting, membersTotal: members.length, membersReached: present });
    expect(cov.cells.find((x: { orgId: string }) => x.orgId === other)).toMatchObject({ meetingId: null, membersReached: 0 });
    expect(cov.cells).toHaveLength(19);
    // ltthoan (if she missed that meeting) confirms she read it; then it leaves her list.
    const thoan = (await t.db.one<{ person_id: string }>(`SELECT person_id FROM accounts WHERE username = 'ltthoan'`))!.person_id;
    const mine = json(await req('GET', '/api/my/documents', c.thoan)).items.map((x: { id: string }) => x.id);
    expect(mine.includes(docId)).toBe(members.find((m) => m.personId === thoan)!.reached === null);
    const after = json(await req('POST', `/api/documents/${docId}/read`, c.thoan));
    expect(after.items.map((x: { id: string }) => x.id)).not.toContain(docId);
    // The secretary records a read for an absent member; not for a member of another cell.
    const absent = members.find((m) => m.reached === null && m.personId !== thoan);
    if (absent) {
      const rec = json(await req('POST', `/api/orgs/${cell}/document-reads`, c.truong, { documentId: docId, personId: absent.personId }));
      expect(rec.find((m: { personId: string }) => m.personId === absent.personId).reached).toBe('read');
    }
    const stranger = (await t.db.one<{ person_id: string }>(`SELECT person_id FROM memberships WHERE org_id = $1 AND ended_on IS NULL LIMIT 1`, [other]))!.person_id;
    const wrong = await req('POST', `/api/orgs/${cell}/document-reads`, c.truong, { documentId: docId, personId: stranger });
    expect(json(wrong).error.code).toBe('document_not_for_member');
  });

  it('lists what a cell is to disseminate; recording it on the meeting’s agenda item counts the present, a read raises the figure', async () => {
    // A second document, only for Phiêng Lơi, due before today: overdue in that cell until recorded.
    const up = await upload(c.don, { ...fields, number: '12-KH/ĐU', docType: 'plan', issuer: 'Đảng ủy xã', issuedOn: '2024-01-05',
      subject: 'Kế hoạch học tập, quán triệt nghị quyết' }, { name: 'kh.pdf', data: PDF, type: 'application/pdf' });
    const planId = json(up).id as string;
    expect((await req('PUT', `/api/orgs/${root}/documents/${planId}/dissemination`, c.don, { by: '2024-02-01', cellIds: [cell] })).statusCode).toBe(200);
    const list = json(await req('GET', `/api/orgs/${cell}/disseminations`, c.truong));
    expect(list.canManage).toBe(true);
    const plan = list.items.find((x: { documentId: string }) => x.documentId === planId);
    expect(plan).toMatchObject({ number: '12-KH/ĐU', deadline: '2024-02-01', meetingId: null, overdue: true, membersReached: 0 });
    expect(list.items[0].meetingId).toBeNull(); // not yet done first
    // Another cell is not given it; a member reads the list but may not record.
    expect(json(await req('GET', `/api/orgs/${other}/disseminations`, c.don)).items.map((x: { documentId: string }) => x.documentId)).not.toContain(planId);
    expect(json(await req('GET', `/api/orgs/${cell}/disseminations`, c.thoan)).canManage).toBe(false);
    expect((await req('POST', `/api/orgs/${cell}/disseminations`, c.thoan, { documentId: planId, meetingId: '00000000-0000-4000-8000-000000000000' })).statusCode).toBe(403);

    const meeting = (await t.db.one<{ id: string }>(
      `SELECT id FROM meetings WHERE org_id = $1 AND status IN ('held', 'approved') ORDER BY date DESC LIMIT 1`, [cell],
    ))!.id;
    const item = (await t.db.one<{ id: string }>(`SELECT id FROM agenda_items WHERE meeting_id = $1 ORDER BY position LIMIT 1`, [meeting]))!.id;
    const foreignItem = (await t.db.one<{ id: string }>(
      `SELECT a.id FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id WHERE m.org_id = $1 LIMIT 1`, [other],
    ))!.id;
    const rows = await count('disseminations');
    const wrongItem = await req('POST', `/api/orgs/${cell}/disseminations`, c.truong, { documentId: planId, meetingId: meeting, agendaItemId: foreignItem });
    expect(json(wrongItem).error).toMatchObject({ code: 'dissemination_item_invalid', message: 'Nội dung sinh hoạt được chọn không thuộc buổi này.' });
    const planned = (await t.db.one<{ id: string }>(`SELECT id FROM meetings WHERE org_id = $1 AND status = 'planned' LIMIT 1`, [cell]));
    if (planned) {
      const early = await req('POST', `/api/orgs/${cell}/disseminations`, c.truong, { documentId: planId, meetingId: planned.id });
      expect(json(early).error.code).toBe('dissemination_meeting_not_held');
    }
    expect(await count('disseminations')).toBe(rows);

    const members = json(await req('POST', `/api/orgs/${cell}/disseminations`, c.truong, { documentId: planId, meetingId: meeting, agendaItemId: item }));
    const present = (members as { reached: string | null }[]).filter((m) => m.reached === 'meeting').length;
    const done = json(await req('GET', `/api/orgs/${cell}/disseminations`, c.truong)).items.find((x: { documentId: string }) => x.documentId === planId);
    expect(done).toMatchObject({ meetingId: meeting, agendaItemId: item, overdue: false, membersReached: present, membersTotal: members.length });
    const absent = (members as { personId: string; reached: string | null }[]).find((m) => m.reached === null);
    if (absent) {
      await req('POST', `/api/orgs/${cell}/document-reads`, c.truong, { documentId: planId, personId: absent.personId });
      const after = json(await req('GET', `/api/orgs/${cell}/disseminations`, c.truong)).items.find((x: { documentId: string }) => x.documentId === planId);
      expect(after.membersReached).toBe(present + 1);
      const cov = json(await req('GET', `/api/documents/${planId}/coverage`, c.don));
      expect(cov.cells).toEqual([expect.objectContaining({ orgId: cell, membersReached: present + 1 })]);
    }
  });
});
