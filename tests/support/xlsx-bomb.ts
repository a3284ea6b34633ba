import zlib from 'node:zlib';

/**
 * Hand-made XLSX files for the import's caps: a ZIP written part by part, each part deflated from a
 * generator of text chunks, so a sheet that inflates to hundreds of megabytes is built without ever
 * being held in memory.
 */

type Part = { name: string; chunks: () => Iterable<string> };

async function deflate(chunks: Iterable<string>): Promise<{ data: Buffer; size: number; crc: number }> {
  const d = zlib.createDeflateRaw({ level: 9, memLevel: 9 });
  const out: Buffer[] = [];
  d.on('data', (b: Buffer) => out.push(b));
  const done = new Promise<void>((resolve, reject) => {
    d.on('end', resolve);
    d.on('error', reject);
  });
  let size = 0;
  let crc = 0;
  for (const chunk of chunks) {
    const b = Buffer.from(chunk, 'utf8');
    size += b.length;
    crc = zlib.crc32(b, crc);
    if (!d.write(b)) await new Promise((r) => d.once('drain', r));
  }
  d.end();
  await done;
  return { data: Buffer.concat(out), size, crc };
}

export async function zipOf(parts: Part[]): Promise<Buffer> {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const { data, size, crc } = await deflate(p.chunks());
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(crc >>> 0, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(size >>> 0, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(crc >>> 0, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(size >>> 0, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cd, end]);
}

const xmlEscape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function inlineCell(ref: string, text: string): string {
  return `<c r="${ref}" t="inlineStr"><is><t>${xmlEscape(text)}</t></is></c>`;
}

/** A workbook whose one sheet is the header row, then the rows `body` yields (XML of `<row>` elements). */
export async function xlsxWithSheet(body: () => Iterable<string>): Promise<Buffer> {
  const head =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
    `<row r="1">${inlineCell('A1', 'Họ và tên*')}${inlineCell('B1', 'Đảng viên (Chính thức/Dự bị)*')}</row>`;
  return zipOf([
    {
      name: '[Content_Types].xml',
      chunks: () => [
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
          '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
          '<Default Extension="xml" ContentType="application/xml"/>' +
          '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
          '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
          '</Types>',
      ],
    },
    {
      name: '_rels/.rels',
      chunks: () => [
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
          '</Relationships>',
      ],
    },
    {
      name: 'xl/workbook.xml',
      chunks: () => [
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
          'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
          '<sheet name="Đảng viên" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ],
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      chunks: () => [
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
          '</Relationships>',
      ],
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      chunks: function* () {
        yield head;
        yield* body();
        yield '</sheetData></worksheet>';
      },
    },
  ]);
}

/** `count` member rows from row 2 on, each a name and a standing (the issue's bomb: 200,000 of them). */
export function memberRows(count: number): () => Iterable<string> {
  return function* () {
    let batch = '';
    for (let i = 0; i < count; i++) {
      const r = i + 2;
      batch += `<row r="${r}">${inlineCell(`A${r}`, `Lò Văn Thành ${i}`)}${inlineCell(`B${r}`, 'Chính thức')}</row>`;
      if (batch.length > 60_000) {
        yield batch;
        batch = '';
      }
    }
    if (batch) yield batch;
  };
}

/** One row of `cells` numeric cells (the cap on cells, with few rows). */
export function wideRow(cells: number): () => Iterable<string> {
  return function* () {
    yield '<row r="2">';
    let batch = '';
    for (let i = 0; i < cells; i++) {
      batch += '<c><v>1</v></c>';
      if (batch.length > 60_000) {
        yield batch;
        batch = '';
      }
    }
    yield batch + '</row>';
  };
}

/** One member whose name is `megabytes` MB long (the cap on inflated bytes, with few rows and cells). */
export function hugeCell(megabytes: number): () => Iterable<string> {
  return function* () {
    yield '<row r="2"><c r="A2" t="inlineStr"><is><t>';
    const mb = 'A'.repeat(1024 * 1024);
    for (let i = 0; i < megabytes; i++) yield mb;
    yield `</t></is></c>${inlineCell('B2', 'Chính thức')}</row>`;
  };
}
