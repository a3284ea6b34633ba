import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import {
  COLUMNS, DATA_SHEET, GUIDE_SHEET, NotXlsxError, buildExport, buildTemplate, contentDisposition, matchHeader, matchHeaders,
  normalizeHeader, parseDateCell, parseTextCell, readMemberSheet, slugify, unwrapCell,
} from './xlsx';
import { SHEET_LIMITS, SheetTooLargeError, TooManyRowsError } from './xlsx-read';
import { hugeCell, memberRows, wideRow, xlsxWithSheet } from '../../../../tests/support/xlsx-bomb';

describe('header matching', () => {
  it('folds diacritics and case and drops hints and the star', () => {
    expect(normalizeHeader('Ngày sinh (dd/mm/yyyy)')).toBe('ngay sinh');
    expect(normalizeHeader('  HỌ VÀ TÊN* ')).toBe('ho va ten');
    expect(normalizeHeader('Đảng viên (Chính thức/Dự bị)*')).toBe('dang vien');
  });

  it('recognises every template header', () => {
    for (const c of COLUMNS) expect(matchHeader(c.header)).toBe(c.key);
  });

  it('accepts variants, no diacritics and English headers', () => {
    expect(matchHeader('ho va ten')).toBe('fullName');
    expect(matchHeader('Họ tên')).toBe('fullName');
    expect(matchHeader('NGAY SINH')).toBe('birthDate');
    expect(matchHeader('Giới tính')).toBe('gender');
    expect(matchHeader('SĐT')).toBe('phone');
    expect(matchHeader('CCCD')).toBe('citizenId');
    expect(matchHeader('Số thẻ Đảng')).toBe('cardNo');
    expect(matchHeader('Ngày kết nạp')).toBe('admissionDate');
    expect(matchHeader('Full name')).toBe('fullName');
    expect(matchHeader('Date of birth')).toBe('birthDate');
    expect(matchHeader('Party card number')).toBe('cardNo');
    expect(matchHeader('Standing')).toBe('standing');
    expect(matchHeader('Political theory')).toBe('theoryLevel');
    expect(matchHeader('Dues category')).toBe('duesCategory');
  });

  it('ignores the export-only columns and reports unknown ones', () => {
    expect(matchHeader('Chi bộ')).toBe('ignored');
    expect(matchHeader('Trạng thái')).toBe('ignored');
    expect(matchHeader('Chức vụ')).toBe('ignored');
    expect(matchHeader('Sở thích')).toBeNull();
  });

  it('maps headers to column numbers and lists missing required columns', () => {
    const m = matchHeaders(['STT', 'Họ và tên*', null, 'Sở thích', 'Ngày sinh']);
    expect(m.columns).toEqual({ fullName: 2, birthDate: 5 });
    expect(m.missing).toEqual(['standing']);
    expect(m.unknown).toEqual(['Sở thích']);
    const dup = matchHeaders(['Họ và tên', 'Họ tên', 'Đảng viên']);
    expect(dup.columns).toEqual({ fullName: 1, standing: 3 });
    expect(dup.missing).toEqual([]);
  });
});

describe('cell values', () => {
  it('unwraps rich text, formulas and hyperlinks', () => {
    expect(unwrapCell({ richText: [{ text: 'Lường ' }, { text: 'Văn A' }] })).toBe('Lường Văn A');
    expect(unwrapCell({ formula: 'A1', result: 'x' } as ExcelJS.CellFormulaValue)).toBe('x');
    expect(unwrapCell({ text: 'a@b.vn', hyperlink: 'mailto:a@b.vn' })).toBe('a@b.vn');
    expect(unwrapCell('   ')).toBeNull();
    expect(unwrapCell(undefined)).toBeNull();
  });

  it('reads dates as Excel dates, serials, dd/mm/yyyy and yyyy-mm-dd text', () => {
    expect(parseDateCell(new Date(Date.UTC(1980, 2, 15)))).toBe('1980-03-15');
    expect(parseDateCell(29295)).toBe('1980-03-15');
    expect(parseDateCell('15/03/1980')).toBe('1980-03-15');
    expect(parseDateCell('5/3/1980')).toBe('1980-03-05');
    expect(parseDateCell('15-03-1980')).toBe('1980-03-15');
    expect(parseDateCell('15.03.1980')).toBe('1980-03-15');
    expect(parseDateCell('1980-03-15')).toBe('1980-03-15');
    expect(parseDateCell(null)).toBeNull();
  });

  it('refuses dates that do not exist or are not dates', () => {
    expect(parseDateCell('31/02/1980')).toBe('invalid');
    expect(parseDateCell('29/02/1981')).toBe('invalid');
    expect(parseDateCell('1980-13-01')).toBe('invalid');
    expect(parseDateCell('15/03/80')).toBe('invalid');
    expect(parseDateCell('hôm qua')).toBe('invalid');
    expect(parseDateCell('01/01/1850')).toBe('invalid');
    expect(parseDateCell(true)).toBe('invalid');
    expect(parseDateCell(-3)).toBe('invalid');
  });

  it('gives phone numbers and citizen IDs typed as numbers their leading zero back', () => {
    expect(parseTextCell(912345678, 'phone')).toBe('0912345678');
    expect(parseTextCell(14080001234, 'citizenId')).toBe('014080001234');
    expect(parseTextCell(16004571, 'cardNo')).toBe('16004571');
    expect(parseTextCell('  Lường   Văn  A ', 'fullName')).toBe('Lường Văn A');
  });
});

describe('workbooks', () => {
  it('builds the template: Vietnamese headers, frozen, lists, guide with a grey italic example', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildTemplate()) as unknown as ArrayBuffer);
    const ws = wb.getWorksheet(DATA_SHEET)!;
    expect(ws).toBeDefined();
    expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(COLUMNS.map((c) => c.header));
    expect(ws.getCell('A1').font?.bold).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(ws.getColumn(1).width).toBeGreaterThan(10);
    expect(ws.rowCount).toBe(1); // no example in the data sheet
    const gender = ws.getCell('C2').dataValidation;
    expect(gender).toMatchObject({ type: 'list', formulae: ['"Nam,Nữ"'] });
    expect(ws.getCell('M500').dataValidation).toMatchObject({ type: 'list', formulae: ['"Chính thức,Dự bị"'] });
    const guide = wb.getWorksheet(GUIDE_SHEET)!;
    const last = guide.getRow(guide.rowCount);
    expect(last.getCell(1).value).toBe('Lường Văn Trường');
    expect(last.getCell(1).font).toMatchObject({ italic: true, color: { argb: 'FF808080' } });
  });

  it('reads back an export, skipping empty rows, with real dates', async () => {
    const buf = await buildExport(
      [
        {
          fullName: 'Lò Thị Xuân', birthDate: '1975-07-02', gender: 'female', ethnicity: 'Thái', religion: null, phone: '0987654321',
          citizenId: '014175000111', address: 'Bản Na', education: '9/12', cardNo: '12.345678', admissionDate: '2001-05-19',
          officialDate: '2002-05-19', standing: 'official', theoryLevel: 'so_cap', duesCategory: 'pensioner', orgName: 'Chi bộ A',
          state: 'active', positions: ['cell_secretary'],
        },
      ],
      'x',
    );
    const sheet = await readMemberSheet(buf);
    expect(sheet.header?.missing).toEqual([]);
    expect(sheet.header?.unknown).toEqual([]);
    expect(sheet.rows).toHaveLength(1);
    const r = sheet.rows[0];
    expect(r.row).toBe(2);
    expect(r.cells.birthDate).toBeInstanceOf(Date);
    expect(parseDateCell(r.cells.birthDate!)).toBe('1975-07-02');
    expect(r.cells.gender).toBe('Nữ');
    expect(r.cells.duesCategory).toBe('Hưu trí');
  });

  it('finds a header below a title row and skips empty rows', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Danh sách');
    ws.addRow(['DANH SÁCH ĐẢNG VIÊN CHI BỘ BẢN NA']);
    ws.addRow([]);
    ws.addRow(['STT', 'Họ tên', 'Đảng viên']);
    ws.addRow([1, 'Lò Văn A', 'Chính thức']);
    ws.addRow([null, '  ', null]);
    ws.addRow([2, 'Lò Văn B', 'Dự bị']);
    const sheet = await readMemberSheet(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(sheet.headerRow).toBe(3);
    expect(sheet.rows.map((r) => [r.row, r.cells.fullName])).toEqual([[4, 'Lò Văn A'], [6, 'Lò Văn B']]);
  });

  it('refuses what is not an XLSX file', async () => {
    await expect(readMemberSheet(Buffer.from('Họ và tên,Ngày sinh\n'))).rejects.toBeInstanceOf(NotXlsxError);
    await expect(readMemberSheet(Buffer.from('PK\x03\x04garbage'))).rejects.toBeInstanceOf(NotXlsxError);
  });
});

describe('caps on what an upload makes the server read', () => {
  it('reads a hand-made sheet of inline strings', async () => {
    const sheet = await readMemberSheet(await xlsxWithSheet(memberRows(3)));
    expect(sheet.headerRow).toBe(1);
    expect(sheet.rows.map((r) => [r.row, r.cells.fullName, r.cells.standing])).toEqual([
      [2, 'Lò Văn Thành 0', 'Chính thức'], [3, 'Lò Văn Thành 1', 'Chính thức'], [4, 'Lò Văn Thành 2', 'Chính thức'],
    ]);
  });

  it('stops at the row cap: 200,000 members in a file under the 5 MB upload cap', async () => {
    const file = await xlsxWithSheet(memberRows(200_000));
    expect(file.length).toBeLessThan(5 * 1024 * 1024);
    await expect(readMemberSheet(file)).rejects.toBeInstanceOf(TooManyRowsError);
    // Exactly the cap is still read.
    const atCap = await readMemberSheet(await xlsxWithSheet(memberRows(SHEET_LIMITS.rows)));
    expect(atCap.rows).toHaveLength(SHEET_LIMITS.rows);
  });

  it('stops at the cell cap', async () => {
    await expect(readMemberSheet(await xlsxWithSheet(wideRow(SHEET_LIMITS.cells + 10)))).rejects.toBeInstanceOf(SheetTooLargeError);
  });

  it('stops at the inflated-bytes cap: a 64 MB cell in a file of about 64 KB', async () => {
    const file = await xlsxWithSheet(hugeCell(64));
    expect(file.length).toBeLessThan(256 * 1024);
    await expect(readMemberSheet(file)).rejects.toBeInstanceOf(SheetTooLargeError);
  });

  it('stops at the cap on row elements, empty rows included', async () => {
    const empties = function* () {
      for (let r = 2; r < SHEET_LIMITS.rowElements + 10; r++) yield `<row r="${r}"/>`;
    };
    await expect(readMemberSheet(await xlsxWithSheet(empties))).rejects.toBeInstanceOf(SheetTooLargeError);
  });

  it('refuses an archive whose parts lie about their bounds', async () => {
    const file = await xlsxWithSheet(memberRows(3));
    const cut = file.subarray(0, file.length - 40);
    await expect(readMemberSheet(cut)).rejects.toBeInstanceOf(NotXlsxError);
    const bad = Buffer.from(file);
    // The central directory said to start past the end.
    const eocd = bad.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
    bad.writeUInt32LE(bad.length, eocd + 16);
    await expect(readMemberSheet(bad)).rejects.toBeInstanceOf(NotXlsxError);
  });
});

describe('file names', () => {
  it('folds the unit name and adds the Unicode name per RFC 5987', () => {
    expect(slugify('Chi bộ Bản Phiêng Lơi')).toBe('chi-bo-ban-phieng-loi');
    expect(contentDisposition('a.xlsx')).toBe('attachment; filename="a.xlsx"');
    expect(contentDisposition('dang-vien.xlsx', 'Đảng viên (A).xlsx')).toBe(
      `attachment; filename="dang-vien.xlsx"; filename*=UTF-8''%C4%90%E1%BA%A3ng%20vi%C3%AAn%20%28A%29.xlsx`,
    );
  });
});
