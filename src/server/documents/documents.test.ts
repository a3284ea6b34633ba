import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  renderMinutesDocx,
  renderMinutesPdf,
  renderResolutionDocx,
  renderResolutionPdf,
  type MinutesDoc,
} from './index';
import { sampleMinutes, sampleResolution } from './__fixtures__/sample';
import { formatDate, formatPercent, formatTime, monthYear, placeDateLine } from './format';
import { setZipTimestamps } from './zip';

/** Fails (does not skip) when a required command-line tool is missing. */
function requireTool(tool: string, pkg: string): void {
  try {
    execFileSync('which', [tool], { stdio: 'pipe' });
  } catch {
    throw new Error(`"${tool}" is not installed: these tests need it (Debian: apt-get install ${pkg}).`);
  }
}

let dir: string;
beforeAll(() => {
  requireTool('pdftotext', 'poppler-utils');
  requireTool('pdffonts', 'poppler-utils');
  dir = mkdtempSync(path.join(tmpdir(), 'chibo-documents-'));
});
afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

let counter = 0;
function save(buf: Buffer, ext: string): string {
  const file = path.join(dir, `doc-${++counter}.${ext}`);
  writeFileSync(file, buf);
  return file;
}

/** Text as a reader sees it: one space between words, whatever the line breaks and columns. */
const normalize = (s: string) => s.normalize('NFC').replace(/\s+/g, ' ');

function pdfText(pdf: Buffer): string {
  return normalize(execFileSync('pdftotext', ['-layout', save(pdf, 'pdf'), '-'], { encoding: 'utf8' }));
}

/** Text of word/document.xml (and of the page headers with `withHeaders`). */
function docxXmlText(docx: Buffer, withHeaders = false): string {
  const parts = ['word/document.xml', ...(withHeaders ? ['word/header*.xml'] : [])];
  const xml = execFileSync('unzip', ['-p', save(docx, 'docx'), ...parts], { encoding: 'utf8' });
  // Runs of one paragraph are concatenated; paragraphs are separated by a space.
  return normalize(
    xml
      .replace(/<\/w:p>/g, ' ')
      .replace(/<w:tab\/>/g, ' ')
      .replace(/<[^>]+>/g, '')
      .replace(/&amp;/g, '&')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"'),
  );
}

const HEADER_STRINGS = [
  'ĐẢNG CỘNG SẢN VIỆT NAM',
  'ĐẢNG BỘ XÃ THANH MINH',
  'CHI BỘ BẢN PHIÊNG LƠI',
  'Thanh Minh, ngày 10 tháng 01 năm 2022',
];

const MINUTES_STRINGS = [
  ...HEADER_STRINGS,
  'Số 01-BB/CB',
  'BIÊN BẢN',
  'SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2022',
  'bắt đầu lúc 19 giờ 30 phút, ngày 10/01/2022',
  'Nhà văn hóa bản Phiêng Lơi',
  'Chủ trì: đồng chí Lường Văn Trường, Bí thư Chi bộ',
  'Thư ký: đồng chí Quàng Thị Thủy, Chi ủy viên',
  'I. THÀNH PHẦN',
  'Tổng số đảng viên của chi bộ: 22 (chính thức 21, dự bị 1); miễn sinh hoạt: 1',
  'Có mặt: 20 (chính thức 19, dự bị 1)',
  'Vắng mặt: 1',
  'Lò Thị Hoa',
  '(ốm)',
  'không lý do: không',
  'đồng chí Tòng Văn Hưng, Đảng ủy viên phụ trách chi bộ',
  'đại diện Chi hội Phụ nữ',
  'II. NỘI DUNG',
  'III. Ý KIẾN THẢO LUẬN',
  '- Đồng chí Lò Văn Ngữ:',
  '- Đồng chí Quàng Thị Duyên:',
  '- Đồng chí Cà Văn Ỹ:',
  'IV. BIỂU QUYẾT',
  'Hình thức: giơ tay',
  'Tán thành: 19/20 (95%); không tán thành: 0; ý kiến khác: 1',
  'Thông qua',
  'V. KẾT LUẬN CỦA CHỦ TRÌ',
  'Chi hội Phụ nữ: Vận động 15 hộ làm nhà vệ sinh hợp vệ sinh; thời hạn: 25/01/2022',
  'VI. ĐÁNH GIÁ CHẤT LƯỢNG BUỔI SINH HOẠT',
  '92/100 — xếp loại Tốt',
  'Buổi sinh hoạt kết thúc lúc 21 giờ 30 phút cùng ngày',
  'THƯ KÝ',
  'CHỦ TRÌ',
  '(Ký, ghi rõ họ tên)',
  'Quàng Thị Thủy',
  'Lường Văn Trường',
];

const RESOLUTION_STRINGS = [
  ...HEADER_STRINGS,
  'Số 01-NQ/CB',
  'NGHỊ QUYẾT',
  'về lãnh đạo thực hiện nhiệm vụ tháng 01 năm 2022',
  'Ngày 10/01/2022, Chi bộ bản Phiêng Lơi tổ chức sinh hoạt thường kỳ tháng 01 năm 2022',
  'Có mặt 20/21 đồng chí đảng viên',
  'Chi bộ thống nhất:',
  'I. KẾT QUẢ THỰC HIỆN NHIỆM VỤ THÁNG 12/2021',
  'II. NHIỆM VỤ THÁNG 01/2022',
  'Phụ trách: Chi hội Phụ nữ; thời hạn: 25/01/2022',
  'III. TỔ CHỨC THỰC HIỆN',
  'Nghị quyết được 19/20 đồng chí đảng viên chính thức tán thành (95%).',
  'Nơi nhận:',
  '- Đảng ủy xã (để báo cáo),',
  '- Lưu chi bộ.',
  'T/M CHI BỘ',
  'BÍ THƯ',
  'Lường Văn Trường',
];

function expectAll(text: string, strings: string[]): void {
  const missing = strings.filter((s) => !text.includes(s));
  expect(missing, `missing from:\n${text}`).toEqual([]);
}

describe('format helpers', () => {
  it('formats Vietnamese dates, times and percentages', () => {
    expect(formatDate('2022-01-10')).toBe('10/01/2022');
    expect(placeDateLine('Thanh Minh', '2022-01-05')).toBe('Thanh Minh, ngày 05 tháng 01 năm 2022');
    expect(formatTime('21:30')).toBe('21 giờ 30 phút');
    expect(formatTime('7:05')).toBe('7 giờ 05 phút');
    expect(monthYear('2022-01-10', -1)).toBe('12/2021');
    expect(formatPercent(19, 20)).toBe('95%');
    expect(formatPercent(2, 3)).toBe('66,67%');
    expect(() => formatDate('10/01/2022')).toThrow();
    expect(() => formatDate('2022-02-30')).toThrow();
    expect(() => formatTime('25:00')).toThrow();
  });
});

describe('minutes (biên bản)', () => {
  it('PDF holds the header, attendance, speakers, vote and signatures', async () => {
    expectAll(pdfText(await renderMinutesPdf(sampleMinutes)), MINUTES_STRINGS);
  });

  it('PDF embeds Noto Serif (regular, bold, italic) and nothing else', async () => {
    const file = save(await renderMinutesPdf(sampleMinutes), 'pdf');
    const fonts = execFileSync('pdffonts', [file], { encoding: 'utf8' });
    const rows = fonts.split('\n').slice(2).filter((l) => l.trim());
    expect(rows.length).toBeGreaterThanOrEqual(3);
    for (const row of rows) {
      expect(row).toMatch(/\+NotoSerif-/);
      expect(row).toMatch(/\byes\s+yes\s+yes\b/); // embedded, subset, with a Unicode map
    }
    expect(fonts).toMatch(/NotoSerif-Regular/);
    expect(fonts).toMatch(/NotoSerif-Bold/);
    expect(fonts).toMatch(/NotoSerif-Italic/);
  });

  it('PDF renders every Vietnamese letter as text (ư ơ ạ ế ữ Đ ỹ)', async () => {
    const text = pdfText(await renderMinutesPdf(sampleMinutes));
    for (const ch of ['ư', 'ơ', 'ạ', 'ế', 'ữ', 'Đ', 'ỹ', 'Ỹ', 'ổ', 'ặ']) expect(text, ch).toContain(ch);
  });

  it('marks a draft, a revision and a thematic topic; leaves the end time blank when unknown', async () => {
    const draft: MinutesDoc = {
      ...sampleMinutes,
      meetingType: 'thematic',
      topic: 'Nâng cao chất lượng sinh hoạt chi bộ',
      approved: false,
      version: 3,
      endTime: undefined,
      score: undefined,
      attendance: { ...sampleMinutes.attendance, absentExcused: [], absentUnexcused: [], guests: [], upperLevel: [] },
    };
    const check = (text: string) => {
      expectAll(text, [
        'DỰ THẢO',
        'Bản điều chỉnh lần 2',
        'Chuyên đề: “Nâng cao chất lượng sinh hoạt chi bộ”',
        'Vắng mặt: không.',
        'Khách mời: không.',
        'kết thúc lúc …… giờ …… phút',
      ]);
      expect(text).not.toContain('ĐÁNH GIÁ CHẤT LƯỢNG');
    };
    check(pdfText(await renderMinutesPdf(draft)));
    check(docxXmlText(await renderMinutesDocx(draft), true));
    expect(docxXmlText(await renderMinutesDocx(sampleMinutes), true)).not.toContain('DỰ THẢO');
    const approved = pdfText(await renderMinutesPdf(sampleMinutes));
    expect(approved).not.toContain('DỰ THẢO');
    expect(approved).not.toContain('Bản điều chỉnh');
  });

  it('reports a failed vote and the other voting methods', async () => {
    const doc: MinutesDoc = {
      ...sampleMinutes,
      votes: [{ ...sampleMinutes.votes[0], method: 'ballot', for: 9, against: 11, other: 0, passed: false }],
    };
    expectAll(pdfText(await renderMinutesPdf(doc)), [
      'Hình thức: bỏ phiếu kín',
      'Tán thành: 9/20 (45%); không tán thành: 11',
      'Không thông qua',
    ]);
  });

  it('prints the score out of the full marks of the scheme the cell used', async () => {
    const doc: MinutesDoc = { ...sampleMinutes, score: { ...sampleMinutes.score!, total: 45.5, maxPoints: 50, levelLabel: 'Khá' } };
    const text = pdfText(await renderMinutesPdf(doc));
    expectAll(text, ['45,5/50 — xếp loại Khá']);
    expect(text).not.toContain('/100');
  });

  it('keeps long contents (pdfmake drops unbreakable blocks taller than a page)', async () => {
    const long = Array.from({ length: 80 }, (_, i) => `Câu thứ ${i + 1} về giữ gìn an ninh trật tự <&> ở bản.`).join(' ');
    const doc: MinutesDoc = {
      ...sampleMinutes,
      items: [
        {
          title: 'Nội dung dài',
          content: long,
          speeches: Array.from({ length: 30 }, (_, i) => ({ speaker: `Lò Văn Số${i + 1}`, gist: 'ý kiến '.repeat(40) })),
          conclusion: long,
        },
      ],
    };
    const text = pdfText(await renderMinutesPdf(doc));
    expectAll(text, ['II. NỘI DUNG', 'Câu thứ 1 về', 'Câu thứ 80 về giữ gìn an ninh trật tự <&> ở bản.', 'Lò Văn Số30', 'CHỦ TRÌ']);
    expect(text.split('Câu thứ 80 về').length - 1).toBe(2);
    expectAll(docxXmlText(await renderMinutesDocx(doc)), ['Câu thứ 80 về giữ gìn an ninh trật tự <&> ở bản.']);
  });

  it('DOCX document.xml holds the same strings, in Times New Roman, A4 with HD 36 margins', async () => {
    const docx = await renderMinutesDocx(sampleMinutes);
    expectAll(docxXmlText(docx), MINUTES_STRINGS);
    const file = save(docx, 'docx');
    const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="11906"[^>]*w:h="16838"|<w:pgSz[^>]*w:h="16838"[^>]*w:w="11906"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:left="1701"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:right="850"/);
    expect(xml).toMatch(/<w:pgMar[^>]*w:top="1134"/);
    const styles = execFileSync('unzip', ['-p', file, 'word/styles.xml'], { encoding: 'utf8' });
    expect(styles).toContain('w:ascii="Times New Roman"');
  });
});

describe('resolution (nghị quyết)', () => {
  it('PDF holds the header, parts, vote sentence, recipients and signature', async () => {
    expectAll(pdfText(await renderResolutionPdf(sampleResolution)), RESOLUTION_STRINGS);
  });

  it('DOCX document.xml holds the same strings', async () => {
    expectAll(docxXmlText(await renderResolutionDocx(sampleResolution)), RESOLUTION_STRINGS);
  });

  it('signs on behalf of the committee when so set', async () => {
    const text = pdfText(await renderResolutionPdf({ ...sampleResolution, signOnBehalf: 'T/M CHI ỦY' }));
    expect(text).toContain('T/M CHI ỦY');
  });
});

describe('determinism', () => {
  it('gives the same bytes for the same input, whatever the clock says', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    try {
      vi.setSystemTime(new Date('2030-05-06T07:08:09Z'));
      const a = [await renderMinutesPdf(sampleMinutes), await renderResolutionDocx(sampleResolution)];
      vi.setSystemTime(new Date('2031-11-12T13:14:15Z'));
      const b = [await renderMinutesPdf(sampleMinutes), await renderResolutionDocx(sampleResolution)];
      expect(a[0].equals(b[0])).toBe(true);
      expect(a[1].equals(b[1])).toBe(true);
    } finally {
      vi.useRealTimers();
    }
  });

  it('stamps the zip entries with the document date', async () => {
    const docx = await renderMinutesDocx(sampleMinutes);
    const listing = execFileSync('unzip', ['-l', save(docx, 'docx')], { encoding: 'utf8' });
    expect(listing).toMatch(/2022-01-10 12:00\s+word\/document\.xml/);
    expect(() => setZipTimestamps(Buffer.from('not a zip'), new Date())).toThrow(/Not a zip/);
  });
});

describe('DOCX opened by LibreOffice', () => {
  it(
    'converts to PDF with the same key strings',
    async () => {
      requireTool('libreoffice', 'libreoffice-writer');
      const outDir = mkdtempSync(path.join(dir, 'lo-'));
      // A private profile: several LibreOffice runs at once would fight over the default one.
      const profile = `file://${path.join(dir, 'lo-profile')}`;
      const files = [save(await renderMinutesDocx(sampleMinutes), 'docx'), save(await renderResolutionDocx(sampleResolution), 'docx')];
      execFileSync(
        'libreoffice',
        [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...files],
        { stdio: 'pipe', timeout: 110_000 },
      );
      const text = (f: string) =>
        normalize(
          execFileSync('pdftotext', ['-layout', path.join(outDir, path.basename(f).replace(/\.docx$/, '.pdf')), '-'], {
            encoding: 'utf8',
          }),
        );
      expectAll(text(files[0]), MINUTES_STRINGS);
      expectAll(text(files[1]), RESOLUTION_STRINGS);
    },
    120_000,
  );
});
