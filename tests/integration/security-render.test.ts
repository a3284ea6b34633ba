import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_KINDS } from '../support/db';
import { json, login, testApp, type TestApp } from '../support/app';
import { call, orgIdByName } from '../support/security';
import { configureRenderPool, holdRenderSlot } from '../../src/server/documents/render-pool';

/**
 * Finding 5, documents: a draft at the caps took seconds to render while every other request waited.
 * Documents render in worker threads with a bounded queue: the server answers other requests while every
 * worker is busy, and a render that finds the queue full is refused at once with 503 and Retry-After.
 */
describe.each(DB_KINDS)('documents render off the request thread on %s', (kind) => {
  let t: TestApp;
  let secretary: string;
  let draft: string;
  let approved: string;
  beforeAll(async () => {
    t = await testApp(kind, { demo: true });
    secretary = await login(t.app, 'lvtruong');
    const cell = await orgIdByName(t, 'Chi bộ bản Phiêng Lơi');
    draft = (await t.db.one<{ id: string }>(`SELECT id FROM meetings WHERE org_id = $1 AND status <> 'approved' ORDER BY date LIMIT 1`, [cell]))!.id;
    approved = (await t.db.one<{ id: string }>(`SELECT id FROM meetings WHERE org_id = $1 AND status = 'approved' ORDER BY date DESC LIMIT 1`, [cell]))!.id;
  });
  afterAll(async () => {
    configureRenderPool({ workers: 1, queue: 16 });
    await t?.close();
  });

  it('renders the minutes and the resolution as PDF and DOCX', async () => {
    configureRenderPool({ workers: 1, queue: 16 });
    for (const path of ['minutes.pdf', 'minutes.docx', 'resolution.pdf', 'resolution.docx']) {
      const res = await call(t, 'GET', `/api/meetings/${approved}/${path}`, { cookie: secretary });
      expect(res.statusCode, path).toBe(200);
      expect(res.rawPayload.subarray(0, 2).toString(), path).toBe(path.endsWith('pdf') ? '%P' : 'PK');
    }
  });

  it('keeps answering while the only worker is busy, and refuses a render past the queue with 503 and Retry-After', async () => {
    configureRenderPool({ workers: 1, queue: 0 });
    // A cached approved file first, so it needs no worker.
    expect((await call(t, 'GET', `/api/meetings/${approved}/minutes.pdf`, { cookie: secretary })).statusCode).toBe(200);
    const busy = holdRenderSlot();
    try {
      const me = await call(t, 'GET', '/api/auth/me', { cookie: secretary });
      expect(me.statusCode).toBe(200);
      const meeting = await call(t, 'GET', `/api/meetings/${draft}`, { cookie: secretary });
      expect(meeting.statusCode).toBe(200);
      const refused = await call(t, 'GET', `/api/meetings/${draft}/minutes.pdf`, { cookie: secretary });
      expect(refused.statusCode).toBe(503);
      expect(refused.headers['retry-after']).toBe('5');
      expect(json(refused).error).toEqual({
        code: 'render_busy', message: 'Máy chủ đang bận tạo các văn bản khác. Vui lòng thử lại sau 5 giây.',
      });
      const en = await call(t, 'GET', `/api/meetings/${draft}/minutes.docx`, { cookie: `${secretary}; chibo_lang=en` });
      expect(en.statusCode).toBe(503);
      expect(json(en).error.message).toBe('The server is busy rendering other documents. Try again in 5 seconds.');
      // The approved version's file is served from the cache, worker or not.
      const cached = await call(t, 'GET', `/api/meetings/${approved}/minutes.pdf`, { cookie: secretary });
      expect(cached.statusCode).toBe(200);
      expect(cached.headers['x-chibo-cache']).toBe('hit');
    } finally {
      busy.release();
      await busy.done;
    }
    const again = await call(t, 'GET', `/api/meetings/${draft}/minutes.pdf`, { cookie: secretary });
    expect(again.statusCode).toBe(200);
    expect(again.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
  });
});
