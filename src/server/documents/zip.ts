/**
 * Sets the modification time of every entry of a zip file (a DOCX) to a given date. docx writes
 * the current time into each entry; for the same input to give the same bytes we stamp the
 * document date instead. Works on the zip structure only (local headers and central directory),
 * entries are not recompressed.
 */

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** MS-DOS date and time fields (local time fields, 2-second resolution, years 1980–2107). */
function dosDateTime(d: Date): { date: number; time: number } {
  const year = Math.min(Math.max(d.getUTCFullYear(), 1980), 2107);
  return {
    date: ((year - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

export function setZipTimestamps(zip: Buffer, when: Date): Buffer {
  const out = Buffer.from(zip);
  const { date, time } = dosDateTime(when);
  // The end-of-central-directory record is in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = out.length - 22; i >= Math.max(0, out.length - 22 - 0xffff); i--) {
    if (out.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('Not a zip file: no end of central directory');
  const entries = out.readUInt16LE(eocd + 10);
  let at = out.readUInt32LE(eocd + 16);
  for (let n = 0; n < entries; n++) {
    if (out.readUInt32LE(at) !== CENTRAL) throw new Error('Corrupt zip: bad central directory entry');
    out.writeUInt16LE(time, at + 12);
    out.writeUInt16LE(date, at + 14);
    const local = out.readUInt32LE(at + 42);
    if (out.readUInt32LE(local) !== LOCAL) throw new Error('Corrupt zip: bad local header');
    out.writeUInt16LE(time, local + 10);
    out.writeUInt16LE(date, local + 12);
    at += 46 + out.readUInt16LE(at + 28) + out.readUInt16LE(at + 30) + out.readUInt16LE(at + 32);
  }
  return out;
}
