import { describe, expect, it } from 'vitest';
import { parseDues, parseGender, parseStanding, parseTheory, validateRows, keysOf } from './validate';
import type { SheetRow } from './xlsx';

const ctx = { locale: 'vi' as const, today: '2025-06-01' };
const row = (n: number, cells: SheetRow['cells']): SheetRow => ({ row: n, cells });
const good = (n: number, extra: SheetRow['cells'] = {}) =>
  row(n, { fullName: `Lò Văn ${n}`, standing: 'Chính thức', ...extra });

describe('value lists', () => {
  it('reads gender with or without diacritics', () => {
    expect(parseGender('Nam')).toBe('male');
    expect(parseGender('Nữ')).toBe('female');
    expect(parseGender('nu')).toBe('female');
    expect(parseGender('NỮ')).toBe('female');
    expect(parseGender('Female')).toBe('female');
    expect(parseGender('khác')).toBeUndefined();
  });
  it('reads standing, theory and dues', () => {
    expect(parseStanding('chinh thuc')).toBe('official');
    expect(parseStanding('Dự bị')).toBe('probationary');
    expect(parseStanding('Đảng viên dự bị')).toBe('probationary');
    expect(parseTheory('Trung cấp')).toBe('trung_cap');
    expect(parseTheory('Cao cấp lý luận chính trị')).toBe('cao_cap');
    expect(parseTheory('Cử nhân chính trị')).toBe('cu_nhan');
    expect(parseTheory('Chưa có')).toBe('none');
    expect(parseTheory('giỏi')).toBeUndefined();
    expect(parseDues('Hưu trí')).toBe('pensioner');
    expect(parseDues('ngoai do tuoi lao dong')).toBe('outside_working_age');
    expect(parseDues('Hưởng lương')).toBe('salaried');
  });
});

describe('validateRows', () => {
  it('accepts good rows and builds member input', () => {
    const { report, valid } = validateRows(
      [
        good(2, {
          birthDate: '15/03/1980', gender: 'Nữ', admissionDate: new Date(Date.UTC(2005, 4, 19)), officialDate: '2006-05-19',
          cardNo: '16004571', phone: 912345678, theoryLevel: 'Sơ cấp', duesCategory: 'Hưu trí',
        }),
        row(3, { fullName: 'Lò Thị Dự', standing: 'dự bị' }),
      ],
      ctx,
    );
    expect(report).toMatchObject({ ok: true, total: 2, created: 0 });
    expect(report.rows.map((r) => r.errors)).toEqual([[], []]);
    expect(valid[0].input).toMatchObject({
      fullName: 'Lò Văn 2', birthDate: '1980-03-15', gender: 'female', admissionDate: '2005-05-19', officialDate: '2006-05-19',
      cardNo: '16004571', phone: '0912345678', standing: 'official', theoryLevel: 'so_cap', duesCategory: 'pensioner',
    });
    expect(valid[1].input).toMatchObject({ standing: 'probationary', birthDate: null });
    expect(valid[1].input.duesCategory).toBeUndefined();
  });

  it('reports a date that does not exist with the row, the Vietnamese column and message', () => {
    const { report, valid } = validateRows([good(2), good(3, { birthDate: '31/02/1980' })], ctx);
    expect(report.ok).toBe(false);
    expect(valid).toHaveLength(1);
    expect(report.rows[1]).toEqual({
      row: 3,
      fullName: 'Lò Văn 3',
      errors: [{ column: 'Ngày sinh (dd/mm/yyyy)', message: 'Ngày "31/02/1980" không hợp lệ; ghi theo dạng dd/mm/yyyy, ví dụ 15/03/1980.' }],
    });
  });

  it('writes messages in English when asked', () => {
    const { report } = validateRows([row(2, { standing: 'Chính thức' })], { ...ctx, locale: 'en' });
    expect(report.rows[0].errors).toEqual([{ column: 'Họ và tên', message: 'Required.' }]);
  });

  it('requires full name and standing', () => {
    const { report } = validateRows([row(4, { birthDate: '01/01/1970' }), row(5, { fullName: 'A', standing: 'Chinh thuc' })], ctx);
    expect(report.rows[0].errors.map((e) => e.column)).toEqual(['Họ và tên', 'Đảng viên (Chính thức/Dự bị)']);
    expect(report.rows[0].errors[0].message).toBe('Bắt buộc phải nhập.');
    expect(report.rows[1].errors[0].message).toBe('Quá ngắn (ít nhất 2 ký tự).');
  });

  it('checks the order of dates', () => {
    const { report } = validateRows(
      [
        good(2, { admissionDate: '19/05/2005', officialDate: '18/05/2005' }),
        good(3, { birthDate: '19/05/2005', admissionDate: '19/05/2005' }),
        good(4, { admissionDate: '01/01/2030' }),
        row(5, { fullName: 'Lò Văn Dự', standing: 'Dự bị', admissionDate: '01/01/2024', officialDate: '01/01/2025' }),
      ],
      ctx,
    );
    expect(report.rows[0].errors).toEqual([
      { column: 'Ngày chính thức (dd/mm/yyyy)', message: 'Ngày chính thức (18/05/2005) không được trước ngày vào Đảng (19/05/2005).' },
    ]);
    expect(report.rows[1].errors).toEqual([
      { column: 'Ngày sinh (dd/mm/yyyy)', message: 'Ngày sinh (19/05/2005) phải trước ngày vào Đảng (19/05/2005).' },
    ]);
    expect(report.rows[2].errors[0].message).toBe('Ngày 01/01/2030 chưa tới.');
    expect(report.rows[3].errors[0].column).toBe('Ngày chính thức (dd/mm/yyyy)');
  });

  it('reports a duplicate card number on the second row, and one already in the database', () => {
    const { report } = validateRows(
      [good(2, { cardNo: '16004571' }), good(3, { cardNo: '16 004 571' }), good(4, { cardNo: '999' })],
      { ...ctx, takenCards: new Set(['999']) },
    );
    expect(report.rows[0].errors).toEqual([]);
    expect(report.rows[1].errors).toEqual([{ column: 'Số thẻ đảng viên', message: 'Số thẻ 16 004 571 trùng với dòng 2.' }]);
    expect(report.rows[2].errors).toEqual([{ column: 'Số thẻ đảng viên', message: 'Số thẻ 999 đã có trong hệ thống.' }]);
  });

  it('checks values from lists, lengths, phone and citizen ID', () => {
    const { report } = validateRows(
      [
        good(2, { gender: 'Khác', theoryLevel: 'Giỏi', duesCategory: 'Miễn' }),
        good(3, { ethnicity: 'x'.repeat(201), phone: 'gọi sau', citizenId: '12345' }),
        good(4, { citizenId: '014080001234' }),
        good(5, { citizenId: '014080001234' }),
        good(6, { citizenId: '001099000001' }),
      ],
      { ...ctx, memberCitizenIds: new Map([['001099000001', 'Hà Văn C']]) },
    );
    expect(report.rows[0].errors.map((e) => e.column)).toEqual([
      'Giới tính (Nam/Nữ)',
      'Lý luận chính trị (Sơ cấp/Trung cấp/Cao cấp/Cử nhân)',
      'Đối tượng đảng phí (Hưởng lương/Hưu trí/Trong độ tuổi lao động/Ngoài độ tuổi lao động)',
    ]);
    expect(report.rows[0].errors[0].message).toBe('Giá trị "Khác" không hợp lệ; chọn một trong: Nam, Nữ.');
    expect(report.rows[1].errors.map((e) => e.message)).toEqual([
      'Quá dài (tối đa 200 ký tự).',
      'Số điện thoại "gọi sau" không hợp lệ.',
      'Số CCCD phải gồm 12 chữ số (hoặc 9 chữ số với CMND cũ).',
    ]);
    expect(report.rows[2].errors).toEqual([]);
    expect(report.rows[3].errors[0].message).toBe('Số CCCD 014080001234 trùng với dòng 4.');
    expect(report.rows[4].errors[0].message).toBe('Số CCCD 001099000001 đã thuộc đảng viên Hà Văn C.');
  });

  it('collects the keys to look up', () => {
    expect(keysOf([good(2, { cardNo: '12 34', citizenId: 14080001234 }), good(3)])).toEqual({
      cards: ['1234'], citizenIds: ['014080001234'],
    });
  });
});
