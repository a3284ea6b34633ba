import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import AxeBuilder from '@axe-core/playwright';
import { expect } from 'vitest';
import { buildApp } from '../../src/server/app';
import { openPglite, type Db } from '../../src/server/db/index';
import { migrate } from '../../src/server/db/migrate';
import type { FastifyInstance } from 'fastify';

const ROOT = path.resolve(import.meta.dirname, '../..');

export function chromiumPath(): string {
  for (const p of [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(Boolean) as string[]) {
    if (fs.existsSync(p)) return p;
  }
  throw new Error('Chromium not found: install Debian’s chromium (apt-get install -y chromium) or set CHROMIUM_PATH.');
}

export type Server = { url: string; app: FastifyInstance; db: Db; close: () => Promise<void> };

/** chibo as a user meets it: the built web app on an empty embedded database, on a free port. */
export async function startServer(): Promise<Server> {
  const webDir = path.join(ROOT, 'dist/web');
  if (!fs.existsSync(path.join(webDir, 'index.html'))) throw new Error('dist/web is missing: run `npm run build:web` (npm test does).');
  const db = await openPglite('memory');
  await migrate(db);
  const app = await buildApp({ db, webDir });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address() as { port: number };
  return { url: `http://127.0.0.1:${address.port}`, app, db, close: async () => { await app.close(); await db.close(); } };
}

export async function launch(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  if (SLOW) slowDown(browser);
  return browser;
}

/**
 * The "slow phone" (opt-in, for hunting races; `npm test` does not use it): CHIBO_E2E_SLOW=1 makes every context
 * of a browser from launch() answer each /assets/ and /api/ request after a random 0–800 ms (CHIBO_E2E_SLOW_MS
 * changes the bound), drawn from a generator seeded by CHIBO_E2E_SEED (default 1) and the context's rank, so a run's
 * delays can be replayed; CHIBO_E2E_CPU=4 also slows each page's processor fourfold (DevTools CPU throttling).
 * Responses come back in another order than asked, and code chunks arrive late, as on a village phone.
 */
const SLOW = process.env.CHIBO_E2E_SLOW === '1';
const SLOW_MS = Number(process.env.CHIBO_E2E_SLOW_MS ?? 800);
const CPU_RATE = Number(process.env.CHIBO_E2E_CPU ?? 0);
const SEED = Number(process.env.CHIBO_E2E_SEED ?? 1);

/** mulberry32: a small seeded generator of numbers in [0, 1). */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function slowDown(browser: Browser) {
  let rank = 0;
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const context = await newContext(...args);
    const random = seeded(SEED * 1000 + rank++);
    const late = async (route: Route) => {
      await new Promise((r) => setTimeout(r, Math.floor(random() * SLOW_MS)));
      // The test may have ended (context closed) while the answer was held back.
      await route.fallback().catch(() => undefined);
    };
    await context.route('**/assets/**', late);
    await context.route('**/api/**', late);
    if (CPU_RATE > 1) {
      context.on('page', (page) => {
        void context.newCDPSession(page)
          .then((cdp) => cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_RATE }))
          .catch(() => undefined);
      });
    }
    return context;
  };
}

/**
 * The browsers ask for reduced motion, which the app honours (dialogs and messages appear at once): on a busy
 * machine a tap on a dialog still zooming in can miss its button, which no user at the meeting would do.
 */
export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2, reducedMotion: 'reduce' as const };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' as const };

/** No serious or critical axe violation on the page as it is now. */
export async function expectAccessible(page: Page, label: string) {
  // Judge the page at rest: a colour halfway through a fade-in is not what the user reads.
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished.catch(() => undefined))));
  const result = await new AxeBuilder({ page }).analyze();
  const bad = result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${label}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  expect(bad).toEqual([]);
}

/** The page fits a phone's width: nothing scrolls sideways. */
export async function expectNoHorizontalScroll(page: Page, label: string) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow, `${label} scrolls sideways by ${overflow}px`).toBeLessThanOrEqual(1);
}

export function screenshotDir(): string {
  const dir = path.join(os.tmpdir(), 'chibo-e2e-screens');
  fs.mkdirSync(dir, { recursive: true });
  return dir;
}

/**
 * Presses a button of the open dialog and waits for the dialog to close. If the dialog shows an error
 * instead, the test fails at once with the error's words (not after a time-out with no reason).
 */
export async function submitDialog(page: Page, name: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByRole('button', { name }).click();
  const error = dialog.locator('.ant-alert-error').first();
  const outcome = await Promise.race([
    dialog.waitFor({ state: 'hidden', timeout: 60_000 }).then(() => ({ closed: true, text: '' }), () => ({ closed: false, text: 'it did not close' })),
    error.waitFor({ timeout: 60_000 }).then(() => error.innerText(), () => 'no answer').then((text) => ({ closed: false, text })),
  ]);
  if (!outcome.closed) throw new Error(`the dialog refused “${name}”: ${outcome.text}`);
}

/** Picks an absence reason in the open roll-call dialog, again if need be, until its "Lưu" is offered. */
export async function pickReason(page: Page, reason: string, save = 'Lưu'): Promise<void> {
  const dialog = page.getByRole('dialog');
  const button = dialog.getByRole('button', { name: save });
  await expect.poll(async () => {
    if (!(await button.isEnabled())) await dialog.getByRole('button', { name: reason }).click();
    return button.isEnabled();
  }, { timeout: 120_000 }).toBe(true);
}

/** Logs in through the Vietnamese login page (the demo's password unless given) and waits to leave it. */
export async function logIn(page: Page, baseUrl: string, username: string, password = 'chibo-demo'): Promise<void> {
  await page.goto(baseUrl + '/login');
  await page.getByLabel('Tên đăng nhập').fill(username);
  await page.getByLabel('Mật khẩu').fill(password);
  await page.getByRole('button', { name: 'Đăng nhập' }).click();
  await page.waitForURL((u) => !u.pathname.startsWith('/login'));
}
