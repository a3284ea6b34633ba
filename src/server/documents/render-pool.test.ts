import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../errors';
import { composeMinutes } from './compose';
import { sampleMinutes } from './__fixtures__/sample';
import { renderPdf } from './pdf';
import { renderDocx } from './docx';
import { configureRenderPool, holdRenderSlot, renderPoolStats } from './render-pool';
import type { Layout } from './layout';

const layout = composeMinutes(sampleMinutes);

afterAll(() => configureRenderPool({ workers: 1, queue: 16 }));

describe('the document render pool', () => {
  it('renders PDF and DOCX in a worker thread, the same bytes twice', async () => {
    configureRenderPool({ workers: 2, queue: 4 });
    const [a, b, docx] = await Promise.all([renderPdf(layout), renderPdf(layout), renderDocx(layout)]);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(b.equals(a)).toBe(true);
    expect(docx.subarray(0, 2).toString()).toBe('PK');
  });

  it('queues renders up to the bound, refuses past it with 503 and a wait, and serves the queue afterwards', async () => {
    configureRenderPool({ workers: 1, queue: 2 });
    const running = holdRenderSlot();
    const queued = [renderPdf(layout), renderDocx(layout)];
    expect(renderPoolStats()).toMatchObject({ running: 1, waiting: 2 });
    const refused = await renderPdf(layout).then(() => null, (e: unknown) => e);
    expect(refused).toBeInstanceOf(AppError);
    expect(refused).toMatchObject({ status: 503, code: 'render_busy', params: { seconds: 5 } });
    expect((refused as AppError).localized('vi')).toBe('Máy chủ đang bận tạo các văn bản khác. Vui lòng thử lại sau 5 giây.');
    running.release();
    await running.done;
    const [pdf, docx] = await Promise.all(queued);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    expect(renderPoolStats()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('with no queue, refuses while every worker is busy', async () => {
    configureRenderPool({ workers: 1, queue: 0 });
    const running = holdRenderSlot();
    await expect(renderDocx(layout)).rejects.toMatchObject({ status: 503 });
    running.release();
    await running.done;
    expect((await renderDocx(layout)).subarray(0, 2).toString()).toBe('PK');
  });

  it('answers a render that fails in the worker with an error, and renders the next one', async () => {
    configureRenderPool({ workers: 1, queue: 2 });
    await expect(renderPdf({ broken: true } as unknown as Layout)).rejects.toThrow(/render failed/);
    expect((await renderPdf(layout)).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
