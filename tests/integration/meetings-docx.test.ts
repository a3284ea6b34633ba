import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { json, login, testApp, type TestApp } from '../support/app';

/**
 * The DOCX of a real (demo) meeting, downloaded through the API, opens in LibreOffice: converted to PDF,
 * its text holds what the minutes and the resolution must say (HD 36 header, HD 16 parts).
 */
describe('the DOCX of a demo meeting, opened by LibreOffice', () => {
  let t: TestApp;
  let dir: string;
  beforeAll(async () => {
    for (const tool of ['libreoffice', 'pdftotext']) {
      try {
        execFileSync('which', [tool], { stdio: 'pipe' });
      } catch {
        throw new Error(`"${tool}" is not installed: this test needs it (Debian: libreoffice-writer, poppler-utils).`);
      }
    }
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'chibo-docx-'));
    t = await testApp('pglite', { demo: true });
  }, 240_000);
  afterAll(async () => {
    await t?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('converts the minutes and the resolution to PDF with header, number, date line, attendance, speakers, votes and signatures', async () => {
    const truong = await login(t.app, 'lvtruong');
    const get = (url: string) => t.app.inject({ url, headers: { cookie: truong } });
    // A meeting of Phiêng Lơi with members absent with and without a reason, speakers and a vote.
    const { id } = (await t.db.one<{ id: string }>(
      `SELECT m.id FROM meetings m JOIN orgs o ON o.id = m.org_id
        WHERE o.name = 'Chi bộ bản Phiêng Lơi' AND m.status = 'approved'
          AND EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id AND a.status = 'absent_excused')
          AND EXISTS (SELECT 1 FROM speeches s WHERE s.meeting_id = m.id)
        ORDER BY EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = m.id AND a.status = 'absent_unexcused') DESC, m.date DESC
        LIMIT 1`,
    ))!;
    const m = json(await get(`/api/meetings/${id}`));
    const files: string[] = [];
    for (const kind of ['minutes', 'resolution']) {
      const res = await get(`/api/meetings/${id}/${kind}.docx`);
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
      files.push(path.join(dir, `${kind}.docx`));
      fs.writeFileSync(files[files.length - 1], res.rawPayload);
    }
    // A private profile, so that LibreOffice runs elsewhere at the same time do not clash.
    const profile = `file://${path.join(dir, 'lo-profile')}`;
    execFileSync('libreoffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], {
      stdio: 'pipe', timeout: 150_000,
    });
    const text = (kind: string) =>
      execFileSync('pdftotext', [path.join(dir, `${kind}.pdf`), '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
    const minutes = text('minutes');
    const nn = (n: number) => String(n).padStart(2, '0');
    const [y, mo, d] = m.date.split('-');
    const a = m.attendance;
    const excused = a.absentees.filter((x: any) => x.status === 'absent_excused');
    const unexcused = a.absentees.filter((x: any) => x.status === 'absent_unexcused');
    expect(excused.length).toBeGreaterThan(0);
    const speakers = [...new Set(m.agenda.flatMap((i: any) => i.speeches.map((s: any) => s.speakerName)))] as string[];
    expect(speakers.length).toBeGreaterThan(0);
    const vote = m.votes[m.votes.length - 1];
    for (const s of [
      'ĐẢNG BỘ XÃ THANH MINH', 'CHI BỘ BẢN PHIÊNG LƠI', 'ĐẢNG CỘNG SẢN VIỆT NAM', `Số ${nn(m.numbers.BB)}-BB/CB`,
      `Thanh Minh, ngày ${d} tháng ${mo} năm ${y}`, 'BIÊN BẢN',
      `Tổng số đảng viên của chi bộ: ${a.total} (chính thức ${a.official}, dự bị ${a.probationary}); miễn sinh hoạt: ${a.exempt}.`,
      `Có mặt: ${a.present} (chính thức ${a.presentOfficial}, dự bị ${a.presentProbationary}). Vắng mặt: ${excused.length + unexcused.length}`,
      ...excused.map((x: any) => `đồng chí ${x.name} (${x.reason})`),
      unexcused.length ? `không lý do: ${unexcused.map((x: any) => `đồng chí ${x.name}`).join('; ')}.` : 'không lý do: không.',
      ...speakers.map((s) => `Đồng chí ${s}:`),
      `Tán thành: ${vote.for}/${vote.base}`, `không tán thành: ${vote.against}; ý kiến khác: ${vote.other}.`,
      'THƯ KÝ', 'CHỦ TRÌ', '(Ký, ghi rõ họ tên)', m.chair.fullName, m.recorder.fullName,
    ]) {
      expect(minutes, s).toContain(s);
    }
    expect(minutes).not.toContain('DỰ THẢO');
    const resolution = text('resolution');
    for (const s of [
      'ĐẢNG BỘ XÃ THANH MINH', 'CHI BỘ BẢN PHIÊNG LƠI', 'ĐẢNG CỘNG SẢN VIỆT NAM', `Số ${nn(m.numbers.NQ)}-NQ/CB`,
      `Thanh Minh, ngày ${d} tháng ${mo} năm ${y}`, 'NGHỊ QUYẾT', 'Chi bộ thống nhất:',
      `Nghị quyết được ${vote.for}/${vote.base} đồng chí đảng viên chính thức tán thành`, 'T/M CHI BỘ', 'BÍ THƯ', 'Lường Văn Trường',
      'Nơi nhận:', 'Lưu chi bộ.',
    ]) {
      expect(resolution, s).toContain(s);
    }
  }, 180_000);
});
