import { expect, it } from 'vitest';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { addDays, formatDateVi, todayVn } from '../../src/domain/dates';
import { launch, startServer, PHONE, expectAccessible, expectNoHorizontalScroll, screenshotDir, submitDialog, logIn } from './support';

/**
 * Opens an antd select (its list must show on the screen), then picks the option from the keyboard, as with a
 * screen reader: the list is walked until the option is the active one, then Enter; done when the select shows it.
 */
async function choose(page: Page, box: Locator, label: string) {
  await box.click();
  // The list opens on the phone's screen, under the finger (reduced motion once put it thousands of pixels away).
  const list = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  await list.waitFor();
  await expect.poll(async () => {
    const b = await list.boundingBox();
    return !!b && b.x >= 0 && b.y >= 0 && b.x + b.width <= 360 && b.y + b.height <= 740;
  }, { timeout: 10_000 }).toBe(true);
  await box.focus();
  const active = page.locator(`.ant-select-item-option-active[title="${label}"]`);
  await expect.poll(async () => {
    if (await active.count()) return true;
    await page.keyboard.press('ArrowDown');
    return false;
  }, { timeout: 60_000, interval: 250 }).toBe(true);
  await page.keyboard.press('Enter');
  await box.locator(`xpath=ancestor::*[contains(concat(' ', @class, ' '), ' ant-select ')][1]`).getByText(label, { exact: true }).first().waitFor();
}

/**
 * The commune office on a phone: making a probationary member official is refused until the new-member course is
 * recorded as completed (HD 60-HD/BTGTW); the office records his course with its certificate on the course's page,
 * the list of those owing a course empties, and the member is made official.
 */
it('pqdon records the new-member course a probationary member owed, then makes him official, on a 360-px phone', async () => {
  const server = await startServer();
  await server.app.inject({ method: 'POST', url: '/api/setup/demo' });
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ ...PHONE, locale: 'vi-VN' })).newPage();
    await logIn(page, server.url, 'pqdon');
    // The demo's one probationary member who has not finished the course, and the course of the year.
    const owes = (await server.db.one<{ person_id: string; full_name: string; org: string }>(
      `SELECT mb.person_id, p.full_name, o.name AS org FROM members mb JOIN people p ON p.id = mb.person_id
         JOIN memberships ms ON ms.person_id = mb.person_id AND ms.ended_on IS NULL AND ms.kind = 'official' JOIN orgs o ON o.id = ms.org_id
        WHERE mb.standing = 'probationary' AND mb.state = 'active' AND NOT EXISTS (
          SELECT 1 FROM training_records r LEFT JOIN training_courses c ON c.id = r.course_id
           WHERE r.person_id = mb.person_id AND r.status = 'completed' AND coalesce(c.kind, r.own_kind) = 'new_member')`))!;
    const course = (await server.db.one<{ id: string; title: string; ends_on: string }>(
      `SELECT id, title, ends_on::text AS ends_on FROM training_courses WHERE kind = 'new_member' ORDER BY starts_on DESC LIMIT 1`))!;

    // 1. Made official: refused, with the rule named.
    await page.goto(`${server.url}/members/${owes.person_id}`);
    await page.getByRole('button', { name: 'Ghi biến động' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Công nhận chính thức').waitFor();
    await dialog.getByLabel('Số quyết định').fill('31-QĐ/ĐU');
    await expect(submitDialog(page, 'Lưu')).rejects.toThrow(/chưa hoàn thành lớp bồi dưỡng lý luận chính trị dành cho đảng viên mới \(HD 60-HD\/BTGTW\)/);
    await page.screenshot({ path: path.join(screenshotDir(), 'training-official-refused.png'), scale: 'css' });
    await dialog.getByRole('button', { name: 'Hủy' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // 2. The training page lists him as owing the course.
    await page.goto(`${server.url}/training`);
    const owing = page.getByRole('region', { name: 'Còn nợ lớp bắt buộc' });
    await owing.getByRole('link', { name: owes.full_name }).waitFor();
    await owing.getByText(/Đảng viên dự bị chưa hoàn thành lớp đảng viên mới/).waitFor();
    await expectAccessible(page, 'training');
    await expectNoHorizontalScroll(page, 'training');
    await page.screenshot({ path: path.join(screenshotDir(), 'training.png'), scale: 'css', fullPage: true });

    // 3. On the course's page: add him, record "Hoàn thành" with the certificate.
    await page.getByRole('link', { name: course.title }).click();
    await page.getByRole('heading', { name: course.title }).waitFor();
    const picker = page.getByLabel('Thêm học viên vào lớp');
    await picker.fill(owes.full_name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/gi, 'd'));
    await choose(page, picker, `${owes.full_name} — ${owes.org}`);
    await page.getByRole('button', { name: 'Thêm học viên', exact: true }).click();
    const card = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: owes.full_name }) });
    await choose(page, card.getByLabel(`Kết quả — ${owes.full_name}`), 'Hoàn thành');
    await card.getByLabel('Xếp loại').fill('Khá');
    await card.getByLabel('Số giấy chứng nhận').fill('09/GCN-ĐVM');
    const certified = addDays(course.ends_on, 2) <= todayVn() ? addDays(course.ends_on, 2) : course.ends_on;
    await card.getByLabel('Ngày cấp').fill(formatDateVi(certified));
    await page.keyboard.press('Enter');
    await expectAccessible(page, 'course');
    await expectNoHorizontalScroll(page, 'course');
    await card.getByRole('button', { name: `Lưu — ${owes.full_name}` }).click();
    await page.getByText('Đã lưu.').waitFor();
    await page.screenshot({ path: path.join(screenshotDir(), 'training-course.png'), scale: 'css', fullPage: true });

    // 4. Back on the training page he no longer owes it.
    await page.getByRole('link', { name: 'Bồi dưỡng, học tập' }).first().click();
    await owing.getByText(/Vắng buổi học tập nghị quyết/).first().waitFor();
    await expect.poll(() => owing.getByText(/Đảng viên dự bị chưa hoàn thành lớp đảng viên mới/).count(), { timeout: 30_000 }).toBe(0);

    // 5. Made official now.
    await page.goto(`${server.url}/members/${owes.person_id}`);
    await page.getByRole('button', { name: 'Ghi biến động' }).click();
    await dialog.getByText('Công nhận chính thức').waitFor();
    await dialog.getByLabel('Số quyết định').fill('31-QĐ/ĐU');
    await submitDialog(page, 'Lưu');
    const row = (await server.db.one<{ standing: string; certificate_no: string }>(
      `SELECT mb.standing, r.certificate_no FROM members mb JOIN training_records r ON r.person_id = mb.person_id AND r.course_id = $2
        WHERE mb.person_id = $1`, [owes.person_id, course.id]))!;
    expect(row).toEqual({ standing: 'official', certificate_no: '09/GCN-ĐVM' });
  } finally {
    await browser.close();
    await server.close();
  }
}, 360_000);

/**
 * The cell secretary on a phone, at the year's end: the review list of his cell, a member who has written her
 * self-review, the year's facts chibo pre-filled, and the cell's comments and proposed level sent to the committee.
 */
it('lvtruong proposes the level of a member who wrote her self-review, on a 360-px phone', async () => {
  const server = await startServer();
  await server.app.inject({ method: 'POST', url: '/api/setup/demo' });
  const browser = await launch();
  try {
    const page = await (await browser.newContext({ ...PHONE, locale: 'vi-VN' })).newPage();
    await logIn(page, server.url, 'lvtruong');
    const r = (await server.db.one<{ id: string; year: number; full_name: string }>(
      `SELECT v.id, v.year, p.full_name FROM reviews v JOIN people p ON p.id = v.subject_person_id JOIN orgs o ON o.id = v.subject_org_id
        WHERE o.name = 'Chi bộ bản Phiêng Lơi' AND v.status = 'self_done' ORDER BY v.year DESC, p.full_name LIMIT 1`))!;

    await page.goto(`${server.url}/reviews?year=${r.year}`);
    await page.getByRole('heading', { name: `Kiểm điểm, đánh giá, xếp loại năm ${r.year}` }).waitFor();
    await page.getByText('Tổng hợp của Đảng ủy').waitFor();
    await page.locator('.ant-segmented').getByText('Đảng viên', { exact: true }).click();
    const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: r.full_name }) });
    await item.getByText('Đã tự kiểm điểm').waitFor();
    await expectAccessible(page, 'reviews');
    await expectNoHorizontalScroll(page, 'reviews');
    await page.screenshot({ path: path.join(screenshotDir(), 'reviews.png'), scale: 'css', fullPage: true });

    await item.getByRole('link', { name: r.full_name }).click();
    await page.getByRole('heading', { name: `${r.full_name} — ${r.year}` }).waitFor();
    await page.getByText(/^Dự sinh hoạt: \d+\/\d+ buổi/).waitFor();
    await page.getByText('Tự xếp loại: Hoàn thành tốt nhiệm vụ').waitFor();
    await page.getByLabel('Nhận xét của chi bộ').fill('Chi bộ nhất trí với bản tự kiểm điểm; đồng chí dự sinh hoạt đều, vận động bà con làm đường bê tông.');
    await page.getByLabel('Điểm (0–100)').fill('83');
    await choose(page, page.getByLabel('Mức xếp loại'), 'Hoàn thành tốt nhiệm vụ');
    await expectAccessible(page, 'review');
    await expectNoHorizontalScroll(page, 'review');
    await page.getByRole('button', { name: 'Gửi đề xuất' }).click();
    await page.getByText('Chi bộ đề xuất: Hoàn thành tốt nhiệm vụ').waitFor();
    await page.getByText('Chi bộ đã đề xuất').first().waitFor();
    await page.screenshot({ path: path.join(screenshotDir(), 'review-proposed.png'), scale: 'css', fullPage: true });
    const saved = (await server.db.one<{ status: string; proposed_level: string; proposed_score: number }>(
      'SELECT status, proposed_level, proposed_score::int AS proposed_score FROM reviews WHERE id = $1', [r.id]))!;
    expect(saved).toEqual({ status: 'proposed', proposed_level: 'good', proposed_score: 83 });
  } finally {
    await browser.close();
    await server.close();
  }
}, 360_000);
