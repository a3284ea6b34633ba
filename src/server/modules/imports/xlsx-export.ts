import ExcelJS from 'exceljs';
import { parseIsoDate, type IsoDate } from '../../../domain/dates';
import {
  COLUMNS, DATA_SHEET, DUES_LABELS, type ColumnDef, type ColumnKey, EXPORT_EXTRA_HEADERS, GENDER_LABELS, POSITION_LABELS, STANDING_LABELS, STATE_LABELS, THEORY_LABELS,
} from './xlsx-columns';
import { DATE_FMT, addLists, styleHeader } from './xlsx-template';

/** The member list exported in the template's layout (so it reads back through import). */

export type ExportMember = {
  fullName: string;
  birthDate: IsoDate | null;
  gender: string | null;
  ethnicity: string | null;
  religion: string | null;
  phone: string | null;
  citizenId: string | null;
  address: string | null;
  education: string | null;
  cardNo: string | null;
  admissionDate: IsoDate | null;
  officialDate: IsoDate | null;
  standing: string;
  theoryLevel: string | null;
  duesCategory: string | null;
  orgName: string;
  state: string;
  positions: string[];
};

function excelDate(d: IsoDate | null): Date | null {
  if (!d) return null;
  const { year, month, day } = parseIsoDate(d);
  return new Date(Date.UTC(year, month - 1, day));
}

const label = (labels: Record<string, string>, v: string | null) => (v ? labels[v] ?? v : null);

/** A member list in the template's layout (so it reads back), plus cell, status and positions. */
export async function buildExport(members: readonly ExportMember[], title: string): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chibo';
  wb.title = title;
  const ws = wb.addWorksheet(DATA_SHEET);
  ws.addRow([...COLUMNS.map((c) => c.header), ...EXPORT_EXTRA_HEADERS]);
  styleHeader(ws, [...COLUMNS.map((c: ColumnDef) => c.width), 26, 18, 24]);
  for (const m of members) {
    const values: Record<ColumnKey, ExcelJS.CellValue> = {
      fullName: m.fullName,
      birthDate: excelDate(m.birthDate),
      gender: label(GENDER_LABELS, m.gender),
      ethnicity: m.ethnicity,
      religion: m.religion,
      phone: m.phone,
      citizenId: m.citizenId,
      address: m.address,
      education: m.education,
      cardNo: m.cardNo,
      admissionDate: excelDate(m.admissionDate),
      officialDate: excelDate(m.officialDate),
      standing: label(STANDING_LABELS, m.standing),
      theoryLevel: label(THEORY_LABELS, m.theoryLevel),
      duesCategory: label(DUES_LABELS, m.duesCategory),
    };
    ws.addRow([
      ...COLUMNS.map((c) => values[c.key]),
      m.orgName,
      STATE_LABELS[m.state] ?? m.state,
      m.positions.map((p) => POSITION_LABELS[p] ?? p).join(', '),
    ]);
  }
  COLUMNS.forEach((c: ColumnDef, i) => {
    const col = ws.getColumn(i + 1);
    if (c.kind === 'date') col.numFmt = DATE_FMT;
    else if (c.key === 'phone' || c.key === 'citizenId' || c.key === 'cardNo') col.numFmt = '@';
  });
  // The header keeps its own style: re-apply after the column formats.
  ws.getRow(1).eachCell((cell) => {
    cell.numFmt = 'General';
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: COLUMNS.length + EXPORT_EXTRA_HEADERS.length } };
  addLists(ws, Math.max(members.length + 1, 2));
  return Buffer.from(await wb.xlsx.writeBuffer());
}
