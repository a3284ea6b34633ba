import zlib from 'node:zlib';
import { StringDecoder } from 'node:string_decoder';

/**
 * The few parts of a ZIP archive (an XLSX file is one) that an import needs, read from the uploaded
 * bytes without inflating anything but the parts asked for, and those as a stream with a cap on the
 * bytes they inflate to: a small upload that inflates to hundreds of megabytes is refused after the cap,
 * having never been held in memory (the "zip bomb").
 */

export class NotZipError extends Error {}

/** A part inflated past its cap. `limit` is the cap in bytes. */
export class InflateLimitError extends Error {
  constructor(readonly part: string, readonly limit: number) {
    super(`${part} inflates to more than ${limit} bytes`);
  }
}

export type ZipEntry = { name: string; method: number; compressedSize: number; size: number; localOffset: number };

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/** An XLSX has a few dozen parts; more than this is not one. */
const MAX_ENTRIES = 5000;

function fail(why: string): never {
  throw new NotZipError(why);
}

/** The central directory: each part's name (lower-cased, no leading slash), method, sizes and offset. */
export function zipEntries(buf: Buffer): Map<string, ZipEntry> {
  if (buf.length < 22 || buf.readUInt32LE(0) !== LOCAL) fail('not a zip');
  let eocd = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) fail('no end of central directory');
  const count = buf.readUInt16LE(eocd + 10);
  const cdSize = buf.readUInt32LE(eocd + 12);
  const cdOffset = buf.readUInt32LE(eocd + 16);
  if (count > MAX_ENTRIES) fail('too many entries');
  if (cdOffset + cdSize > eocd) fail('central directory out of bounds');
  const entries = new Map<string, ZipEntry>();
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + 46 > eocd || buf.readUInt32LE(p) !== CENTRAL) fail('bad central directory');
    const method = buf.readUInt16LE(p + 10);
    const compressedSize = buf.readUInt32LE(p + 20);
    const size = buf.readUInt32LE(p + 24);
    const nameLen = buf.readUInt16LE(p + 28);
    const extraLen = buf.readUInt16LE(p + 30);
    const commentLen = buf.readUInt16LE(p + 32);
    const localOffset = buf.readUInt32LE(p + 42);
    if (p + 46 + nameLen > eocd) fail('bad entry name');
    const name = buf.toString('utf8', p + 46, p + 46 + nameLen).replace(/^\/+/, '').toLowerCase();
    entries.set(name, { name, method, compressedSize, size, localOffset });
    p += 46 + nameLen + extraLen + commentLen;
  }
  return entries;
}

/** The compressed bytes of one part, checked against the archive's bounds. */
function entryData(buf: Buffer, e: ZipEntry): Buffer {
  const h = e.localOffset;
  if (h + 30 > buf.length || buf.readUInt32LE(h) !== LOCAL) fail('bad local header');
  const start = h + 30 + buf.readUInt16LE(h + 26) + buf.readUInt16LE(h + 28);
  const end = start + e.compressedSize;
  if (end > buf.length) fail('entry out of bounds');
  return buf.subarray(start, end);
}

/**
 * Streams one part as text to `onText`, chunk by chunk (a chunk never splits a character), and stops
 * with InflateLimitError as soon as it has inflated more than `limit` bytes, whatever its header claims.
 */
export async function streamEntry(buf: Buffer, e: ZipEntry, limit: number, onText: (text: string) => void): Promise<void> {
  // The size the archive declares is not trusted either way: the bytes are counted as they inflate, and a
  // part declared too large is still read up to the cap, so a long list is refused by its row count.
  const data = entryData(buf, e);
  const decoder = new StringDecoder('utf8');
  if (e.method === 0) {
    if (data.length > limit) throw new InflateLimitError(e.name, limit);
    for (let i = 0; i < data.length; i += 64 * 1024) onText(decoder.write(data.subarray(i, i + 64 * 1024)));
    onText(decoder.end());
    return;
  }
  if (e.method !== 8) fail(`compression method ${e.method}`);
  const inflate = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  inflate.end(data);
  let total = 0;
  try {
    for await (const chunk of inflate as AsyncIterable<Buffer>) {
      total += chunk.length;
      if (total > limit) throw new InflateLimitError(e.name, limit);
      onText(decoder.write(chunk));
    }
  } catch (err) {
    if (err instanceof InflateLimitError || err instanceof NotZipError) throw err;
    if ((err as { code?: string }).code?.startsWith('Z_')) fail(`inflate: ${(err as Error).message}`);
    throw err;
  } finally {
    inflate.destroy();
  }
  onText(decoder.end());
}
