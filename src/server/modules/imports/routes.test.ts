import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import type { FastifyInstance } from 'fastify';
import { openPglite, type Db } from '../../db/index';
import { migrate } from '../../db/migrate';
import { buildApp } from '../../app';
import { SESSION_COOKIE, loadPrincipal } from '../../auth/sessions';
import { COLUMNS, DATA_SHEET, XLSX_TYPE } from './xlsx';
import { checkImport, commitRows } from './import';
import { hugeCell, memberRows, xlsxWithSheet } from '../../../../tests/support/xlsx-bomb';

let db: Db;
let app: FastifyInstance;
let cookies: Record<string, string>;
let committeeId: string;
let cellA: string;
let cellB: string;
let tmp: string;

const HEADERS = COLUMNS.map((c) => c.header);

/** A member sheet written with exceljs, saved in the temp dir (as a user's file would be) and read back. */
async function xlsxFile(name: string, rows: (string | number | Date | null)[][], headers: string[] = HEADERS): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(DATA_SHEET);
  ws.addRow(headers);
  for (const r of rows) ws.addRow(r);
  const file = path.join(tmp, name);
  await wb.xlsx.writeFile(file);
  return fs.readFileSync(file);
}

/** A row in template order from named values. */
function memberRow(v: Partial<Record<(typeof COLUMNS)[number]['key'], string | number | Date | null>>) {
  return COLUMNS.map((c) => v[c.key] ?? null);
}

function multipart(buffer: Buffer, filename = 'dang-vien.xlsx') {
  const boundary = '----chiboTestBoundary' + Math.random().toString(16).slice(2);
  const head =
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` + `Content-Type: ${XLSX_TYPE}\r\n\r\n`;
  return {
    payload: Buffer.concat([Buffer.from(head), buffer, Buffer.from(`\r\n--${boundary}--\r\n`)]),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

async function upload(orgId: string, buffer: Buffer, query = '', headers: Record<string, string> = {}) {
  const body = multipart(buffer);
  return app.inject({
    method: 'POST', url: `/api/orgs/${orgId}/members/import${query}`, cookies, payload: body.payload,
    headers: { ...body.headers, ...headers },
  });
}

async function memberNames(orgId: string): Promise<string[]> {
  const res = await app.inject({ method: 'GET', url: `/api/orgs/${orgId}/members?pageSize=500`, cookies });
  expect(res.statusCode).toBe(200);
  return (res.json().items as { fullName: string }[]).map((m) => m.fullName).sort();
}

const THREE = () => [
  memberRow({
    fullName: 'Lường Văn Trường', birthDate: '15/03/1980', gender: 'Nam', ethnicity: 'Thái', phone: '0912345678',
    citizenId: '014080001234', cardNo: '16004571', admissionDate: '19/05/2005', officialDate: '19/05/2006',
    standing: 'Chính thức', theoryLevel: 'Sơ cấp', duesCategory: 'Trong độ tuổi lao động',
  }),
  memberRow({
    fullName: 'Lò Thị Xuân', birthDate: new Date(Date.UTC(1975, 6, 2)), gender: 'nu', cardNo: '16004572',
    admissionDate: '2001-05-19', officialDate: new Date(Date.UTC(2002, 4, 19)), standing: 'chinh thuc', duesCategory: 'Hưu trí',
  }),
  memberRow({ fullName: 'Quàng Văn Dự', birthDate: '01/01/1998', admissionDate: '03/02/2025', standing: 'Dự bị' }),
];

beforeAll(async () => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-import-'));
  db = await openPglite('memory');
  await migrate(db);
  app = await buildApp({ db });
  const setup = await app.inject({
    method: 'POST', url: '/api/setup',
    payload: { committeeName: 'Đảng bộ xã Thanh Minh', place: 'Thanh Minh', fullName: 'Nguyễn Văn Quản', username: 'admin', password: 'mat-khau-dai-1' },
  });
  expect(setup.statusCode).toBe(201);
  committeeId = setup.json().orgId;
  cookies = Object.fromEntries(setup.cookies.map((c) => [c.name, c.value]));
  const mk = async (name: string) => {
    const res = await app.inject({ method: 'POST', url: '/api/orgs', cookies, payload: { parentId: committeeId, kind: 'cell', name } });
    expect(res.statusCode).toBe(201);
    return res.json().id as string;
  };
  cellA = await mk('Chi bộ Bản Phiêng Lơi');
  cellB = await mk('Chi bộ Bản Na');
});

afterAll(async () => {
  await app?.close();
  await db?.close();
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('member import and export', () => {
  it('serves the template with the Vietnamese headers', async () => {
    const res = await app.inject({ method: 'GET', url: '/api/import/members-template.xlsx', cookies });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe('attachment; filename="mau-nhap-dang-vien.xlsx"');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Đảng viên', 'Hướng dẫn']);
    const headers = (wb.worksheets[0].getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([
      'Họ và tên*', 'Ngày sinh (dd/mm/yyyy)', 'Giới tính (Nam/Nữ)', 'Dân tộc', 'Tôn giáo', 'Số điện thoại', 'Số CCCD', 'Địa chỉ',
      'Trình độ học vấn', 'Số thẻ đảng viên', 'Ngày vào Đảng (dd/mm/yyyy)', 'Ngày chính thức (dd/mm/yyyy)',
      'Đảng viên (Chính thức/Dự bị)*', 'Lý luận chính trị (Sơ cấp/Trung cấp/Cao cấp/Cử nhân)',
      'Đối tượng đảng phí (Hưởng lương/Hưu trí/Trong độ tuổi lao động/Ngoài độ tuổi lao động)',
    ]);
    const anon = await app.inject({ method: 'GET', url: '/api/import/members-template.xlsx' });
    expect(anon.statusCode).toBe(401);
  });

  it('previews then imports a good file of 3 rows', async () => {
    const file = await xlsxFile('good.xlsx', [THREE()[0], [], THREE()[1], THREE()[2]]);
    const preview = await upload(cellA, file);
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toEqual({
      ok: true, total: 3, created: 0,
      rows: [
        { row: 2, fullName: 'Lường Văn Trường', errors: [] },
        { row: 4, fullName: 'Lò Thị Xuân', errors: [] },
        { row: 5, fullName: 'Quàng Văn Dự', errors: [] },
      ],
    });
    expect(await memberNames(cellA)).toEqual([]);

    const done = await upload(cellA, file, '?dryRun=false');
    expect(done.statusCode).toBe(200);
    expect(done.json()).toMatchObject({ ok: true, total: 3, created: 3 });
    expect(await memberNames(cellA)).toEqual(['Lò Thị Xuân', 'Lường Văn Trường', 'Quàng Văn Dự']);

    const list = (await app.inject({ method: 'GET', url: `/api/orgs/${cellA}/members`, cookies })).json().items as Record<string, unknown>[];
    expect(list.find((m) => m.fullName === 'Lò Thị Xuân')).toMatchObject({
      birthDate: '1975-07-02', gender: 'female', cardNo: '16004572', admissionDate: '2001-05-19', officialDate: '2002-05-19',
      standing: 'official', duesCategory: 'pensioner',
    });
    expect(list.find((m) => m.fullName === 'Quàng Văn Dự')).toMatchObject({ standing: 'probationary', theoryLevel: null });

    const auditRows = await db.query<{ action: string; after: { count: number } }>(
      `SELECT action, after FROM audit_log WHERE action = 'member.import'`,
    );
    expect(auditRows).toHaveLength(1);
    expect(auditRows[0].after.count).toBe(3);
  });

  it('refuses a file with a bad row, names the row and column in Vietnamese, and writes nothing', async () => {
    const before = (await memberNames(cellB)).length;
    const file = await xlsxFile('bad.xlsx', [
      memberRow({ fullName: 'Hà Văn Một', standing: 'Chính thức' }),
      memberRow({ fullName: 'Hà Văn Hai', birthDate: '31/02/1980', standing: 'Chính thức' }),
      memberRow({ fullName: 'Hà Văn Ba', standing: 'Dự bị' }),
    ]);
    const preview = await upload(cellB, file);
    expect(preview.statusCode).toBe(200);
    expect(preview.json().ok).toBe(false);

    const res = await upload(cellB, file, '?dryRun=false');
    expect(res.statusCode).toBe(400);
    const { error } = res.json();
    expect(error.code).toBe('import_has_errors');
    expect(error.message).toBe('Tệp có 1 dòng lỗi; chưa có thay đổi nào được ghi.');
    expect(error.details.ok).toBe(false);
    expect(error.details.created).toBe(0);
    const bad = error.details.rows.filter((r: { errors: unknown[] }) => r.errors.length);
    expect(bad).toEqual([
      {
        row: 3, fullName: 'Hà Văn Hai',
        errors: [{ column: 'Ngày sinh (dd/mm/yyyy)', message: 'Ngày "31/02/1980" không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 15/03/1980.' }],
      },
    ]);
    expect((await memberNames(cellB)).length).toBe(before);

    // In English when the language cookie says so.
    const enCookie = await app.inject({
      method: 'POST', url: `/api/orgs/${cellB}/members/import?dryRun=false`, cookies: { ...cookies, chibo_lang: 'en' },
      ...multipart(file),
    });
    expect(enCookie.statusCode).toBe(400);
    expect(enCookie.json().error.message).toBe('The file has 1 rows with errors; nothing was changed.');
    expect(enCookie.json().error.details.rows[1].errors[0].message).toBe('The date "31/02/1980" is not valid; write it as dd/mm/yyyy, e.g. 15/03/1980.');
  });

  it('reports duplicate card numbers on the second row, and card numbers already in the database', async () => {
    const file = await xlsxFile('dup.xlsx', [
      memberRow({ fullName: 'Hà Văn Một', cardNo: '77000001', standing: 'Chính thức' }),
      memberRow({ fullName: 'Hà Văn Hai', cardNo: '77000001', standing: 'Chính thức' }),
      memberRow({ fullName: 'Hà Văn Ba', cardNo: '16004571', standing: 'Chính thức' }),
    ]);
    const res = await upload(cellB, file);
    expect(res.statusCode).toBe(200);
    const rows = res.json().rows;
    expect(rows[0].errors).toEqual([]);
    expect(rows[1]).toEqual({
      row: 3, fullName: 'Hà Văn Hai', errors: [{ column: 'Số thẻ đảng viên', message: 'Số thẻ 77000001 trùng với dòng 2.' }],
    });
    expect(rows[2].errors).toEqual([{ column: 'Số thẻ đảng viên', message: 'Số thẻ 16004571 đã có trong hệ thống.' }]);
  });

  it('refuses files that are not XLSX, empty sheets, missing columns, and units that are not cells', async () => {
    const notXlsx = await upload(cellB, Buffer.from('Họ và tên,Đảng viên\nA,Chính thức\n'));
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().error.code).toBe('import_file_invalid');

    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Trống');
    const empty = await upload(cellB, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(empty.statusCode).toBe(400);
    expect(empty.json().error).toMatchObject({ code: 'import_empty', message: 'Tệp không có dòng dữ liệu nào.' });

    const headersOnly = await upload(cellB, await xlsxFile('headers.xlsx', []));
    expect(headersOnly.json().error.code).toBe('import_empty');

    const noStanding = await upload(cellB, await xlsxFile('cols.xlsx', [['Lò Văn A']], ['Họ và tên']));
    expect(noStanding.statusCode).toBe(400);
    expect(noStanding.json().error.code).toBe('import_header_missing');
    expect(noStanding.json().error.message).toContain('Đảng viên (Chính thức/Dự bị)');

    const committee = await upload(committeeId, await xlsxFile('c.xlsx', [THREE()[2]]));
    expect(committee.statusCode).toBe(400);
    expect(committee.json().error.code).toBe('member_target_not_cell');

    const tooLarge = await upload(cellB, Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(5 * 1024 * 1024 + 10)]));
    expect(tooLarge.statusCode).toBe(413);
    expect(tooLarge.json().error).toMatchObject({ code: 'import_file_too_large', message: 'Tệp quá lớn (tối đa 5 MB).' });

    const noFile = await app.inject({
      method: 'POST', url: `/api/orgs/${cellB}/members/import`, cookies, payload: { a: 1 },
    });
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.code).toBe('import_file_invalid');
  });

  it('accepts headers without diacritics and in English', async () => {
    const file = await xlsxFile(
      'plain.xlsx',
      [['Vi Van Bon', '1970-01-02', 'NAM', 'Chinh thuc'], ['Vi Thi Nam', '02/01/1971', 'Female', 'probationary']],
      ['ho va ten', 'Date of birth', 'GIOI TINH', 'Standing'],
    );
    const res = await upload(cellB, file);
    expect(res.json()).toMatchObject({ ok: true, total: 2 });
  });

  it('rolls back everything and names the row when the database refuses a row', async () => {
    const file = await xlsxFile('race.xlsx', [
      memberRow({ fullName: 'Đinh Văn Một', cardNo: '88000001', standing: 'Chính thức' }),
      memberRow({ fullName: 'Đinh Văn Hai', cardNo: '88000002', standing: 'Chính thức' }),
    ]);
    const checked = await checkImport(db, file, 'vi');
    expect(checked.report.ok).toBe(true);
    // Someone else takes card 88000002 between the check and the write.
    const other = await app.inject({
      method: 'POST', url: '/api/members', cookies, payload: { orgId: cellA, fullName: 'Người Khác', cardNo: '88000002', standing: 'official' },
    });
    expect(other.statusCode).toBe(201);
    const who = (await loadPrincipal(db, cookies[SESSION_COOKIE]))!;
    const before = (await memberNames(cellB)).length;
    const err = await commitRows(db, who, cellB, checked.valid, 'vi').catch((e) => e);
    expect(err.code).toBe('import_row_failed');
    expect(err.status).toBe(409);
    expect(err.localized('vi')).toBe('Dòng 3 (Đinh Văn Hai) không ghi được: Số thẻ đảng 88000002 đã có. Chưa có thay đổi nào được ghi.');
    expect(err.details).toEqual({
      row: 3, fullName: 'Đinh Văn Hai', errors: [{ column: 'Số thẻ đảng viên', message: 'Số thẻ đảng 88000002 đã có.' }],
    });
    expect((await memberNames(cellB)).length).toBe(before);
    expect((await db.query(`SELECT 1 FROM people WHERE full_name = 'Đinh Văn Một'`)).length).toBe(0);
  });

  it('exports a unit with real dates and a folded file name, and the export reads back through import', async () => {
    const res = await app.inject({ method: 'GET', url: `/api/orgs/${cellA}/members.xlsx`, cookies });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    expect(res.headers['content-disposition']).toBe(
      `attachment; filename="dang-vien-chi-bo-ban-phieng-loi.xlsx"; filename*=UTF-8''` +
        encodeURIComponent('Đảng viên - Chi bộ Bản Phiêng Lơi.xlsx'),
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0];
    const headers = (ws.getRow(1).values as unknown[]).slice(1);
    expect(headers).toEqual([...HEADERS, 'Chi bộ', 'Trạng thái', 'Chức vụ']);
    expect(ws.rowCount).toBe(5); // header + 3 imported + "Người Khác"
    const truong = ws.getRows(2, 4)!.find((r) => r.getCell(1).value === 'Lường Văn Trường')!;
    expect(truong.getCell(2).value).toEqual(new Date(Date.UTC(1980, 2, 15)));
    expect(truong.getCell(2).numFmt).toBe('dd/mm/yyyy');
    expect(truong.getCell(16).value).toBe('Chi bộ Bản Phiêng Lơi');
    expect(truong.getCell(17).value).toBe('Đang sinh hoạt');

    // Into another cell: card numbers and citizen IDs changed so they do not collide.
    for (let i = 2; i <= ws.rowCount; i++) {
      const r = ws.getRow(i);
      if (r.getCell(10).value) r.getCell(10).value = `9${r.getCell(10).value}`;
      if (r.getCell(7).value) r.getCell(7).value = null;
    }
    const changed = path.join(tmp, 'export.xlsx');
    await wb.xlsx.writeFile(changed);
    const newCell = (await app.inject({
      method: 'POST', url: '/api/orgs', cookies, payload: { parentId: committeeId, kind: 'cell', name: 'Chi bộ Bản Mới' },
    })).json().id as string;
    const imported = await upload(newCell, fs.readFileSync(changed), '?dryRun=false');
    expect(imported.statusCode).toBe(200);
    expect(imported.json()).toMatchObject({ ok: true, total: 4, created: 4 });

    const strip = (items: Record<string, unknown>[]) =>
      items
        .map(({ personId: _p, orgId: _o, orgName: _n, ...rest }): Record<string, unknown> => ({
          ...rest, cardNo: rest.cardNo ? String(rest.cardNo).replace(/^9/, '') : null,
        }))
        .sort((a, b) => String(a.fullName).localeCompare(String(b.fullName)));
    const from = (await app.inject({ method: 'GET', url: `/api/orgs/${cellA}/members`, cookies })).json().items;
    const to = (await app.inject({ method: 'GET', url: `/api/orgs/${newCell}/members`, cookies })).json().items;
    expect(strip(to)).toEqual(strip(from));
    // Fields the list does not show round-trip too.
    const p = await db.one<{ religion: string | null; address: string | null; phone: string }>(
      `SELECT religion, address, phone FROM people p JOIN memberships m ON m.person_id = p.id
        WHERE m.org_id = $1 AND p.full_name = 'Lường Văn Trường'`,
      [newCell],
    );
    expect(p?.phone).toBe('0912345678');

    // The committee's export covers its subtree.
    const all = await app.inject({ method: 'GET', url: `/api/orgs/${committeeId}/members.xlsx`, cookies });
    const wbAll = new ExcelJS.Workbook();
    await wbAll.xlsx.load(all.rawPayload as unknown as ArrayBuffer);
    expect(wbAll.worksheets[0].rowCount).toBe(1 + 4 + 4);
  });

  it('documents the routes in OpenAPI', async () => {
    const spec = (await app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    const imp = spec.paths['/api/orgs/{id}/members/import'].post;
    expect(imp.requestBody.content['multipart/form-data']).toBeDefined();
    expect(imp.responses['200']).toBeDefined();
    expect(spec.paths['/api/orgs/{id}/members.xlsx'].get.responses['200'].content[XLSX_TYPE].schema).toMatchObject({
      type: 'string', format: 'binary',
    });
    expect(spec.paths['/api/import/members-template.xlsx'].get.summary).toContain('Tệp mẫu');
  });

  it('refuses a sheet that inflates past the caps with a clear message, writing nothing, and imports a good file after', async () => {
    const made = await app.inject({ method: 'POST', url: '/api/orgs', cookies, payload: { parentId: committeeId, kind: 'cell', name: 'Chi bộ Bản Lướt' } });
    expect(made.statusCode).toBe(201);
    const cellC = made.json().id as string;
    const before = await memberNames(cellC);
    // The review's bomb: a small upload that inflates to far more than any member list.
    const bomb = await xlsxWithSheet(hugeCell(200));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const res = await upload(cellC, bomb, '?dryRun=false');
    expect(res.statusCode).toBe(413);
    expect(res.json().error).toMatchObject({
      code: 'import_sheet_too_large',
      message:
        'Bảng tính trong tệp quá lớn: mỗi tệp chỉ được có tối đa 2000 dòng đảng viên, 100000 ô và 16 MB dữ liệu khi giải nén. ' +
        'Hãy chia danh sách thành nhiều tệp nhỏ hơn.',
    });
    const body = multipart(bomb);
    const en = await app.inject({
      method: 'POST', url: `/api/orgs/${cellC}/members/import`, cookies: { ...cookies, chibo_lang: 'en' }, payload: body.payload, headers: body.headers,
    });
    expect(en.statusCode).toBe(413);
    expect(en.json().error.message).toContain('The sheet in this file is too large');

    const many = await upload(cellC, await xlsxWithSheet(memberRows(200_000)), '?dryRun=false');
    expect(many.statusCode).toBe(400);
    expect(many.json().error).toMatchObject({
      code: 'import_too_many_rows',
      message: 'Tệp có hơn 2000 dòng; mỗi lần chỉ nhập tối đa 2000 dòng. Hãy chia danh sách thành nhiều tệp.',
    });
    expect(await memberNames(cellC)).toEqual(before);

    const good = await upload(cellC, await xlsxWithSheet(memberRows(2)), '?dryRun=false');
    expect(good.statusCode).toBe(200);
    expect(good.json()).toMatchObject({ ok: true, total: 2, created: 2 });
    expect(await memberNames(cellC)).toEqual([...before, 'Lò Văn Thành 0', 'Lò Văn Thành 1'].sort());
  });
});
