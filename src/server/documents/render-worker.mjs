// A document render worker (see render-pool.ts): takes { id, kind, layout }, answers { id, ok, bytes | error }.
// TypeScript through tsx, as in the server's own thread.
import { parentPort } from 'node:worker_threads';

const { register } = await import('tsx/esm/api');
register();
const { renderPdfHere } = await import('./pdf.ts');
const { renderDocxHere } = await import('./docx.ts');

parentPort.on('message', async (job) => {
  try {
    let bytes;
    if (job.kind === 'hold') {
      // Used by tests and the benchmark to keep a worker busy until released.
      Atomics.wait(new Int32Array(job.signal), 0, 0);
      bytes = new Uint8Array(0);
    } else {
      const buf = job.kind === 'pdf' ? await renderPdfHere(job.layout) : await renderDocxHere(job.layout);
      bytes = new Uint8Array(buf.byteLength);
      bytes.set(buf);
    }
    parentPort.postMessage({ id: job.id, ok: true, bytes }, [bytes.buffer]);
  } catch (err) {
    parentPort.postMessage({ id: job.id, ok: false, error: String(err && err.stack ? err.stack : err) });
  }
});
