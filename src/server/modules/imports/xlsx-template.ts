import ExcelJS from 'exceljs';
import { COLUMNS, DATA_SHEET, GUIDE_SHEET, type ColumnDef, type ColumnKey } from './xlsx-columns';

/** The template workbook people fill in (headers, drop-down lists, a guide sheet), and the styling the export shares. */

const HEADER_FILL: ExcelJS.Fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFDE9D9' } };
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FFBFBFBF' } };
export const DATE_FMT = 'dd/mm/yyyy';
/** Rows of the template that get drop-down lists. */
const TEMPLATE_ROWS = 1000;

export function styleHeader(ws: ExcelJS.Worksheet, widths: number[]) {
  const row = ws.getRow(1);
  row.height = 48;
  row.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  });
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ws.views = [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'A2' }];
}

function colLetter(n: number): string {
  let s = '';
  for (let x = n; x > 0; x = Math.floor((x - 1) / 26)) s = String.fromCharCode(65 + ((x - 1) % 26)) + s;
  return s;
}

export function addLists(ws: ExcelJS.Worksheet, lastRow: number) {
  // exceljs writes a validation keyed by a range as one <dataValidation sqref="C2:C1000">.
  const dv = (ws as unknown as { dataValidations: { add(address: string, v: ExcelJS.DataValidation): void } }).dataValidations;
  COLUMNS.forEach((c: ColumnDef, i) => {
    if (!c.list) return;
    const col = colLetter(i + 1);
    dv.add(`${col}2:${col}${lastRow}`, {
      type: 'list',
      allowBlank: true,
      formulae: [`"${c.list.join(',')}"`],
      showErrorMessage: true,
      errorStyle: 'warning',
      errorTitle: 'Giá trị không có trong danh sách',
      error: `Chọn một trong: ${c.list.join(', ')}.`,
    });
  });
}

const EXAMPLE: Record<ColumnKey, string> = {
  fullName: 'Lường Văn Trường',
  birthDate: '15/03/1980',
  gender: 'Nam',
  ethnicity: 'Thái',
  religion: 'Không',
  phone: '0912345678',
  citizenId: '014080001234',
  address: 'Bản Phiêng Lơi, xã Thanh Minh',
  education: '12/12',
  cardNo: '16004571',
  admissionDate: '19/05/2005',
  officialDate: '19/05/2006',
  standing: 'Chính thức',
  theoryLevel: 'Sơ cấp',
  duesCategory: 'Trong độ tuổi lao động',
};

const GUIDE_LINES = [
  'HƯỚNG DẪN NHẬP DANH SÁCH ĐẢNG VIÊN',
  '',
  '1. Nhập mỗi đảng viên trên một dòng của trang "Đảng viên", bắt đầu từ dòng 2. Không sửa, không xóa dòng tiêu đề.',
  '2. Cột có dấu * là bắt buộc: Họ và tên; Đảng viên (Chính thức hoặc Dự bị). Các cột khác có thể để trống.',
  '3. Ngày ghi theo dạng ngày/tháng/năm, ví dụ 15/03/1980. Các cột ngày trong tệp mẫu để dạng văn bản để Excel không đảo ngày và tháng.',
  '4. Giới tính: Nam hoặc Nữ. Lý luận chính trị: Sơ cấp, Trung cấp, Cao cấp, Cử nhân (hoặc Chưa có).',
  '5. Đối tượng đảng phí: Hưởng lương, Hưu trí, Trong độ tuổi lao động, Ngoài độ tuổi lao động (để trống: Trong độ tuổi lao động).',
  '6. Ngày chính thức không được trước ngày vào Đảng; ngày sinh phải trước ngày vào Đảng. Đảng viên dự bị chưa có ngày chính thức.',
  '7. Số thẻ đảng viên không được trùng nhau, cũng không trùng với số thẻ đã có trong hệ thống.',
  '8. Khi tải tệp lên, chibo kiểm tra từng dòng và báo lỗi theo số dòng. Chỉ khi mọi dòng đều đúng, danh sách mới được ghi — một lần, tất cả cùng lúc.',
  '',
  'Ví dụ một dòng (chỉ để tham khảo; không nhập vào trang "Đảng viên"):',
];

/** The blank template: headers, widths, frozen header row, drop-down lists; a guide with an example. */
export async function buildTemplate(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chibo';
  const ws = wb.addWorksheet(DATA_SHEET);
  ws.addRow(COLUMNS.map((c) => c.header));
  styleHeader(ws, COLUMNS.map((c: ColumnDef) => c.width));
  COLUMNS.forEach((c: ColumnDef, i) => {
    // Text format: phone numbers and IDs keep their leading zero; dates typed as dd/mm/yyyy stay as typed
    // instead of being read by Excel in the computer's locale (which may swap day and month).
    if (c.kind === 'date' || c.key === 'phone' || c.key === 'citizenId' || c.key === 'cardNo') ws.getColumn(i + 1).numFmt = '@';
  });
  addLists(ws, TEMPLATE_ROWS);

  const guide = wb.addWorksheet(GUIDE_SHEET);
  guide.getColumn(1).width = 28;
  for (const line of GUIDE_LINES) guide.addRow([line]);
  guide.getRow(1).font = { bold: true, size: 13 };
  const headerRow = guide.addRow(COLUMNS.map((c) => c.header));
  headerRow.eachCell((cell) => {
    cell.font = { bold: true };
    cell.fill = HEADER_FILL;
    cell.alignment = { wrapText: true, vertical: 'middle' };
  });
  headerRow.height = 48;
  const example = guide.addRow(COLUMNS.map((c) => EXAMPLE[c.key]));
  example.eachCell((cell) => {
    cell.font = { italic: true, color: { argb: 'FF808080' } };
  });
  COLUMNS.forEach((c: ColumnDef, i) => {
    if (i > 0) guide.getColumn(i + 1).width = c.width;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
