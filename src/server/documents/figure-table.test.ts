// A table of figures keeps its title: wherever the body before it ends, the title of a table ("Biểu 1. …") is never
// left alone at the bottom of a page with its table starting on the next one.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderPdfHere } from './pdf';
import { p, type Block, type Layout } from './layout';

const pages = (pdf: Buffer): string[] => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-fig-'));
  try {
    fs.writeFileSync(path.join(dir, 'doc.pdf'), pdf);
    return execFileSync('pdftotext', [path.join(dir, 'doc.pdf'), '-'], { encoding: 'utf8' }).split('\f').map((t) => t.replace(/\s+/g, ' '));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
};

const report = (lines: number): Layout => {
  const body: Block[] = [];
  for (let i = 1; i <= lines; i++) body.push(p(`${i}. Chi bộ sinh hoạt đúng ngày, đủ nội dung theo hướng dẫn.`, { indent: true }));
  body.push(p('Biểu 1. Sinh hoạt chi bộ theo đơn vị trực thuộc', { italics: true, keepWithNext: true, spaceBefore: 4 }));
  body.push({ table: {
    widths: [30, 10, 10], header: ['Đơn vị', 'Đảng viên', 'Đã sinh hoạt'],
    rows: Array.from({ length: 30 }, (_, i) => [`Đơn vị số ${i + 1}`, '12', '11']), total: ['Tổng', '360', '330'],
  } });
  body.push(p('Phương hướng kỳ tới: duy trì nền nếp sinh hoạt.'));
  return {
    meta: { title: 'Báo cáo', subject: 'Báo cáo', author: 'Đảng ủy xã', date: '2026-10-31' }, draft: false,
    header: { parentName: 'ĐẢNG BỘ HUYỆN', unitName: 'ĐẢNG ỦY XÃ', number: 'Số 1-BC/ĐU', placeDate: 'Thanh Minh, ngày 31 tháng 10 năm 2026' },
    docType: 'BÁO CÁO', titleLines: [p('Kết quả công tác xây dựng Đảng', { bold: true, align: 'center' })], body,
    footer: { left: [p('Nơi nhận:')], right: [p('BÍ THƯ', { bold: true, align: 'center' })] },
  };
};

describe('a table of figures in the PDF', () => {
  it('starts on the page of its title, wherever the text before it ends', async () => {
    // From a title a few lines up the first page to one past its bottom, line by line.
    for (let lines = 17; lines <= 27; lines++) {
      const pdf = await renderPdfHere(report(lines));
      if (process.env.FIG_PDF_DIR) fs.writeFileSync(path.join(process.env.FIG_PDF_DIR, `fig-${lines}.pdf`), pdf);
      const all = pages(pdf);
      const at = all.findIndex((t) => t.includes('Biểu 1. Sinh hoạt chi bộ'));
      expect(at, `${lines} lines`).toBeGreaterThanOrEqual(0);
      expect(all[at], `${lines} lines: the title's page holds the table's first row`).toContain('Đơn vị số 1 ');
      expect(all.join(' ')).toContain('Đơn vị số 30');
    }
  }, 120_000);
});
