import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, parseIsoDate, todayVn, toIsoDate } from '../../src/domain/dates';
import { json } from '../support/app';
import { DESKTOP, launch, startServer, type Server } from './support';

// Letters only Vietnamese uses: a rule message in the English UI must have none of them.
const VIETNAMESE = /[đĐàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/i;

/**
 * A secretary who reads English switches the language and walks a meeting's steps: the rule messages
 * (a refused end time, a meeting too short, a vote over the count, the absence rule) come in English.
 */
describe('the meeting steps in English', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    expect((await server.app.inject({ method: 'POST', url: '/api/setup/demo' })).statusCode).toBe(200);
    browser = await launch();
    page = await (await browser.newContext({ ...DESKTOP, locale: 'vi-VN' })).newPage();
  }, 180_000);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The text of every alert on the page (errors and warnings), each of which must be English. */
  const alerts = async () => (await page.locator('[role="alert"], .ant-alert').allTextContents()).map((s) => s.trim()).filter(Boolean);
  const expectEnglishAlerts = async (where: string) => {
    // A party document keeps its Vietnamese number in English ("QĐ 24/2021").
    for (const text of await alerts()) expect(text.replace(/QĐ/g, ''), `${where}: ${text}`).not.toMatch(VIETNAMESE);
  };

  it('shows every rule message in English', async () => {
    await page.goto(server.url + '/login');
    await page.getByRole('button', { name: 'English' }).click();
    await page.getByLabel('Username').fill('lvtruong');
    await page.getByLabel('Password').fill('chibo-demo');
    await page.getByRole('button', { name: 'Log in' }).click();
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));

    const cell = (await server.db.one<{ id: string }>(`SELECT id FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`))!.id;
    const { year, month } = parseIsoDate(todayVn());
    const next = addMonths(year, month, 1);
    const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const list = json(await server.app.inject({
      url: `/api/meetings?orgId=${cell}&from=${toIsoDate(next.year, next.month, 1)}&to=${toIsoDate(next.year, next.month, 28)}`, headers: { cookie },
    })).items;
    const planned = list.find((m: { type: string; id: string | null }) => m.type !== 'thematic' && m.id);
    const stepNav = page.getByRole('navigation', { name: 'Steps of the meeting' });
    const step = async (name: string) => {
      await stepNav.getByRole('link', { name }).click();
      await page.getByRole('heading', { level: 2, name: new RegExp(': ' + name + '$') }).waitFor();
      await page.waitForLoadState('networkidle');
      await expectEnglishAlerts(name);
    };
    // Next month's meeting, held early with its reason recorded: the rules below apply before its day too.
    await server.db.query(`UPDATE meetings SET early_reason = 'Held early for the harvest' WHERE id = $1`, [planned.id]);
    await page.goto(`${server.url}/meetings/${planned.id}/prep`);
    await page.waitForLoadState('networkidle');
    await step('Prepare');
    await step('Roll call');
    await step('Dues');

    // An end time before the start is refused by the duration rule, in English.
    await step('Minutes');
    await page.getByLabel('Start time').fill('19:30');
    await page.getByLabel('End time').fill('19:00');
    await page.getByRole('button', { name: 'Save the meeting details' }).click();
    await page.getByText('The end time (19:00) cannot be before the start time (19:30).').waitFor();
    // A 30-minute meeting is saved with the warning that it is too short.
    await page.getByLabel('End time').fill('20:00');
    await page.getByRole('button', { name: 'Save the meeting details' }).click();
    await page.getByText('The meeting lasted 30 minutes, less than the minimum of 90 minutes.').first().waitFor();
    await expectEnglishAlerts('minutes');
    // More votes than members present who may vote: refused, in English.
    const vote = page.getByRole('region', { name: /Biểu quyết thông qua kết luận/ }); // the agenda item's title is the cell's data
    // One agenda item is open at a time, and the vote form opens on demand.
    await vote.getByRole('button', { expanded: false }).click();
    await vote.getByRole('button', { name: /^Add a vote/ }).click();
    await vote.getByLabel('For', { exact: true }).fill('99');
    await vote.getByRole('button', { name: 'Save vote' }).click();
    await expect.poll(async () => (await vote.getByRole('alert').allTextContents()).join(' ')).toMatch(/The votes \(99\)/);
    await expectEnglishAlerts('vote');
    await step('Resolution');
    await step('Score');
    await step('Approve');

    // A member's attendance history words the absence rule in English too.
    const absentee = await server.db.one<{ person_id: string }>(
      `SELECT i.person_id FROM attendance a JOIN invitations i ON i.id = a.invitation_id JOIN meetings m ON m.id = a.meeting_id
        WHERE a.status = 'absent_unexcused' AND i.person_id IS NOT NULL AND extract(year FROM m.date) = $1
        GROUP BY i.person_id HAVING count(*) >= 2 LIMIT 1`,
      [year],
    );
    if (absentee) {
      await page.goto(`${server.url}/members/${absentee.person_id}`);
      await page.getByText(/Absent without a valid reason in \d+ months/).waitFor();
      await expectEnglishAlerts('attendance history');
    }
  }, 300_000);
});
