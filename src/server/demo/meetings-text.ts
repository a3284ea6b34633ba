// Words of the demo's meetings: the Hồ Chí Minh item, upper-level documents passed on, the month's
// tasks and results of a village (harvest, new rural area, security, Tết, floods), thematic topics.
// Commune documents (…-NQ/ĐU, …-KH/ĐU) are invented for the demo; national ones are those DOMAIN.md cites.
// The tables name the months around DEMO_TODAY; other months (the demo anchored on another day) take the
// document the commune issues every year in that month.
import { canChi } from './calendar';

/** The year's Hồ Chí Minh study theme (a per-year setting in a real commune). */
export const HCM_THEME: Record<number, string> = {
  2025: 'ý chí tự lực, tự cường và khát vọng phát triển đất nước phồn vinh, hạnh phúc',
  2026: 'tinh thần trách nhiệm, nêu gương của cán bộ, đảng viên trong giai đoạn phát triển mới',
};

/** The year's theme: 2025's up to 2025 (the 2021–2025 term), 2026's from 2026 on. */
export function hcmTheme(year: number): string {
  return HCM_THEME[year] ?? HCM_THEME[year < 2026 ? 2025 : 2026];
}

/** A short Hồ Chí Minh story per month of the year (1–12). */
export const HCM_STORIES: readonly string[] = [
  'Bác Hồ với Tết cổ truyền: thơ chúc Tết và lời dạy về cần, kiệm trong ngày Tết',
  'Bác Hồ phát động "Tết trồng cây" năm 1960: "Mùa xuân là Tết trồng cây, làm cho đất nước càng ngày càng xuân"',
  'Bác Hồ với thế hệ trẻ, nhân kỷ niệm ngày thành lập Đoàn Thanh niên Cộng sản Hồ Chí Minh 26/3',
  'Thư Bác Hồ gửi Đại hội các dân tộc thiểu số miền Nam (19/4/1946): các dân tộc đều là anh em ruột thịt',
  'Bác Hồ lên thăm đồng bào các dân tộc Tây Bắc (tháng 5/1959) và lời căn dặn đoàn kết, giúp nhau làm ăn',
  'Lời kêu gọi thi đua ái quốc của Bác Hồ (11/6/1948)',
  'Bác Hồ với thương binh, liệt sĩ: thư gửi Ban tổ chức "Ngày thương binh toàn quốc" năm 1947',
  'Lời Bác dạy về dân vận: "Dễ trăm lần không dân cũng chịu, khó vạn lần dân liệu cũng xong"',
  'Di chúc của Chủ tịch Hồ Chí Minh: giữ gìn sự đoàn kết nhất trí trong Đảng như giữ gìn con ngươi của mắt mình',
  'Bác Hồ với phụ nữ Việt Nam, nhân ngày thành lập Hội Liên hiệp Phụ nữ Việt Nam 20/10',
  'Bác Hồ với khối đại đoàn kết toàn dân tộc: "Đoàn kết, đoàn kết, đại đoàn kết. Thành công, thành công, đại thành công"',
  'Lời Bác khen tặng bộ đội: "Trung với nước, hiếu với dân, nhiệm vụ nào cũng hoàn thành, khó khăn nào cũng vượt qua"',
];

/** The upper-level document passed on at each month's meetings, by 'YYYY-MM'. */
export const UPPER_DOCUMENTS: Record<string, string> = {
  '2025-05': 'Kế hoạch số 25-KH/ĐU của Đảng ủy xã Thanh Minh về kỷ niệm 135 năm Ngày sinh Chủ tịch Hồ Chí Minh',
  '2025-06': 'Nghị quyết số 45-NQ/ĐU của Đảng ủy xã Thanh Minh về lãnh đạo sản xuất vụ mùa năm 2025',
  '2025-07': 'Công văn số 112-CV/ĐU của Đảng ủy xã Thanh Minh về vận hành chính quyền địa phương hai cấp từ ngày 01/7/2025',
  '2025-08': 'Chỉ thị số 50-CT/TW ngày 23/7/2025 của Bộ Chính trị (sinh hoạt chi bộ thường kỳ vào ngày mùng 3 hằng tháng)',
  '2025-09': 'Nghị quyết Đại hội đại biểu Đảng bộ xã Thanh Minh nhiệm kỳ 2025–2030',
  '2025-10': 'Nghị quyết Đại hội đại biểu Đảng bộ tỉnh Điện Biên lần thứ XV, nhiệm kỳ 2025–2030',
  '2025-11': 'Hướng dẫn số 42-HD/BTCTW ngày 28/10/2025 của Ban Tổ chức Trung ương về nâng cao chất lượng sinh hoạt chi bộ',
  '2025-12': 'Quy định số 366-QĐ/TW ngày 30/8/2025 và Hướng dẫn số 43-HD/BTCTW về kiểm điểm, đánh giá, xếp loại năm 2025',
  '2026-01': 'Kế hoạch số 60-KH/ĐU của Đảng ủy xã Thanh Minh về tổ chức Tết Nguyên đán Bính Ngọ 2026 vui tươi, an toàn',
  '2026-02': 'Chỉ thị số 05-CT/ĐU của Đảng ủy xã Thanh Minh về lãnh đạo cuộc bầu cử đại biểu Quốc hội và HĐND các cấp',
  '2026-03': 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
  '2026-04': 'Kế hoạch số 72-KH/ĐU của Đảng ủy xã Thanh Minh về ra quân làm đường giao thông nội bản năm 2026',
  '2026-05': 'Nghị quyết số 08-NQ/ĐU của Đảng ủy xã Thanh Minh về phát triển nông nghiệp hàng hóa giai đoạn 2026–2030',
  '2026-06': 'Kế hoạch số 80-KH/ĐU của Đảng ủy xã Thanh Minh về phòng, chống thiên tai mùa mưa lũ năm 2026',
  '2026-07': 'Quy định số 296-QĐ/TW năm 2025 của Ban Chấp hành Trung ương về công tác kiểm tra, giám sát của Đảng',
  '2026-08': 'Kế hoạch số 88-KH/ĐU của Đảng ủy xã Thanh Minh về giám sát chuyên đề nội dung sinh hoạt chi bộ năm 2026',
  '2026-09': 'Kế hoạch số 95-KH/ĐU của Đảng ủy xã Thanh Minh về Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm 2026',
  '2026-10': 'Hướng dẫn số 14-HD/ĐU của Đảng ủy xã Thanh Minh về kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên năm 2026',
  '2026-11': 'Kế hoạch số 101-KH/ĐU của Đảng ủy xã Thanh Minh về sản xuất vụ đông và phòng, chống rét cho gia súc',
};

/** The commune's document of a month of the year (1–12), every year: numbers grow through the year. */
const YEARLY_DOCUMENTS: readonly ((year: number) => string)[] = [
  (y) => `Kế hoạch số 03-KH/ĐU của Đảng ủy xã Thanh Minh về tổ chức Tết Nguyên đán ${canChi(y)} ${y} vui tươi, an toàn`,
  (y) => `Kế hoạch số 10-KH/ĐU của Đảng ủy xã Thanh Minh về phát động "Tết trồng cây đời đời nhớ ơn Bác Hồ" xuân ${canChi(y)} ${y}`,
  (y) => `Kế hoạch số 16-KH/ĐU của Đảng ủy xã Thanh Minh về tổ chức Tháng Thanh niên năm ${y}`,
  (y) => `Chỉ thị số 02-CT/ĐU của Đảng ủy xã Thanh Minh về phòng cháy, chữa cháy rừng mùa khô năm ${y}`,
  (y) => `Kế hoạch số 25-KH/ĐU của Đảng ủy xã Thanh Minh về kỷ niệm ${y - 1890} năm Ngày sinh Chủ tịch Hồ Chí Minh`,
  (y) => `Kế hoạch số 31-KH/ĐU của Đảng ủy xã Thanh Minh về phòng, chống thiên tai mùa mưa lũ năm ${y}`,
  (y) => `Kế hoạch số 36-KH/ĐU của Đảng ủy xã Thanh Minh về kỷ niệm ${y - 1947} năm Ngày Thương binh – Liệt sĩ (27/7/1947 – 27/7/${y})`,
  (y) => `Kế hoạch số 40-KH/ĐU của Đảng ủy xã Thanh Minh về giám sát chuyên đề nội dung sinh hoạt chi bộ năm ${y}`,
  (y) => `Kế hoạch số 45-KH/ĐU của Đảng ủy xã Thanh Minh về Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư năm ${y}`,
  (y) => `Hướng dẫn số 12-HD/ĐU của Đảng ủy xã Thanh Minh về kiểm điểm, đánh giá, xếp loại tổ chức đảng, đảng viên năm ${y}`,
  (y) => `Kế hoạch số 52-KH/ĐU của Đảng ủy xã Thanh Minh về sản xuất vụ đông và phòng, chống rét cho gia súc năm ${y}`,
  (y) => `Kế hoạch số 58-KH/ĐU của Đảng ủy xã Thanh Minh về tổng kết công tác xây dựng Đảng năm ${y}, phương hướng nhiệm vụ năm ${y + 1}`,
];

/** The upper-level document passed on at the meetings of a month 'YYYY-MM'. */
export function upperDocument(ym: string): string {
  return UPPER_DOCUMENTS[ym] ?? YEARLY_DOCUMENTS[Number(ym.slice(5, 7)) - 1](Number(ym.slice(0, 4)));
}

/** Who takes a task: a partner unit of the village, the cell committee, or the members. */
export type Assignee = 'women' | 'farmers' | 'youth' | 'veterans' | 'front' | 'police' | 'militia' | 'head' | 'committee' | 'members';
export type TaskSpec = [Assignee, string];

export interface MonthWork {
  /** Tasks set at the month's meeting (for the month to come). */
  tasks: TaskSpec[];
  /** What was achieved in the month, reviewed at the next meeting. */
  results: string[];
  /** Points members raise in the discussion. */
  gists: string[];
}

/** A village's year, month by month (1–12). Street cells use it too. */
export const VILLAGE_YEAR: readonly MonthWork[] = [
  { tasks: [['head', 'Tổ chức đón Tết Nguyên đán vui tươi, lành mạnh, tiết kiệm; không đốt pháo'], ['farmers', 'Che chắn chuồng trại, chống rét cho trâu, bò'], ['militia', 'Phối hợp tuần tra phòng cháy rừng mùa khô']],
    results: ['Các hộ ký cam kết không sử dụng pháo nổ dịp Tết', 'Không để xảy ra cháy rừng; đàn trâu, bò được chống rét'],
    gists: ['Đề nghị quan tâm thăm hỏi các gia đình chính sách, hộ nghèo dịp Tết', 'Cần nhắc các hộ không thả rông gia súc sau Tết'] },
  { tasks: [['youth', 'Ra quân hưởng ứng "Tết trồng cây", trồng cây xanh ở nhà văn hóa và đường nội bản'], ['farmers', 'Làm đất, chuẩn bị giống lúa chiêm xuân'], ['front', 'Tuyên truyền bầu cử đại biểu Quốc hội, HĐND các cấp']],
    results: ['Tết diễn ra an toàn, không có tệ nạn cờ bạc', 'Thăm hỏi, tặng quà các gia đình chính sách đầy đủ'],
    gists: ['Nhiều hộ thiếu giống lúa, đề nghị Chi hội Nông dân liên hệ hợp tác xã', 'Đề nghị đưa nội dung bầu cử vào họp bản để bà con nắm rõ'] },
  { tasks: [['front', 'Vận động cử tri đi bầu cử đầy đủ, đúng luật'], ['farmers', 'Gieo cấy lúa chiêm xuân đúng khung thời vụ'], ['police', 'Rà soát người tạm trú, tạm vắng trong bản']],
    results: ['Cử tri của bản đi bầu cử đạt tỷ lệ cao', 'Gieo cấy xong lúa chiêm xuân'],
    gists: ['Mương nội đồng bị bồi lấp, đề nghị huy động ngày công nạo vét', 'Đồng chí đảng viên cần gương mẫu đi bầu cử sớm'] },
  { tasks: [['head', 'Huy động ngày công làm đường bê tông nội bản'], ['militia', 'Trực phòng cháy rừng cao điểm mùa khô'], ['women', 'Vận động hội viên vệ sinh nhà cửa, chuồng trại']],
    results: ['Nạo vét xong mương nội đồng', 'Trồng được cây xanh dọc đường nội bản'],
    gists: ['Một số hộ chưa góp ngày công làm đường, đề nghị chi ủy phân công đảng viên vận động', 'Cần làm rõ phần đóng góp của từng hộ, công khai trước bản'] },
  { tasks: [['members', 'Tổ chức kỷ niệm Ngày sinh Chủ tịch Hồ Chí Minh 19/5'], ['farmers', 'Chăm sóc lúa, phòng trừ sâu bệnh'], ['head', 'Hoàn thành đoạn đường bê tông nội bản']],
    results: ['Làm xong đoạn đường bê tông nội bản', 'Không xảy ra cháy rừng trong mùa khô'],
    gists: ['Đề nghị chi bộ biểu dương các hộ hiến đất làm đường', 'Sâu cuốn lá xuất hiện ở một số thửa ruộng, cần phun thuốc kịp thời'] },
  { tasks: [['farmers', 'Thu hoạch lúa chiêm xuân gọn, nhanh; chuẩn bị gieo cấy vụ mùa'], ['militia', 'Rà soát các hộ ở vùng có nguy cơ sạt lở, sẵn sàng di dời'], ['youth', 'Tổ chức hoạt động hè cho thiếu nhi, phòng chống đuối nước']],
    results: ['Thu hoạch xong lúa chiêm xuân, năng suất khá', 'Tổ chức kỷ niệm Ngày sinh Bác trang trọng'],
    gists: ['Mùa mưa sắp đến, cần kiểm tra lại các điểm sạt lở cũ', 'Đề nghị Chi đoàn phân công người trông các điểm tắm suối'] },
  { tasks: [['veterans', 'Thăm hỏi gia đình thương binh, liệt sĩ nhân ngày 27/7'], ['farmers', 'Gieo cấy xong lúa mùa'], ['militia', 'Trực phòng chống lụt bão, tìm kiếm cứu nạn']],
    results: ['Gieo cấy đúng thời vụ', 'Không có trẻ em bị đuối nước trong dịp hè'],
    gists: ['Đề nghị thăm hỏi cả các cựu thanh niên xung phong trong bản', 'Cần chuẩn bị sẵn dụng cụ, vật tư ứng phó mưa lũ'] },
  { tasks: [['head', 'Khơi thông cống rãnh, phát quang đường nội bản'], ['police', 'Tăng cường tuần tra, giữ gìn an ninh trật tự dịp lễ 2/9'], ['women', 'Vận động các gia đình chuẩn bị cho con em đến trường']],
    results: ['Thăm hỏi đầy đủ gia đình chính sách dịp 27/7', 'Ứng phó kịp thời trận mưa lớn, không có thiệt hại về người'],
    gists: ['Đoạn đường xuống suối bị sạt, đề nghị báo cáo xã hỗ trợ', 'Đảng viên cần nhắc con em không tụ tập chơi khuya'] },
  { tasks: [['youth', 'Tổ chức Tết Trung thu cho thiếu nhi'], ['women', 'Vận động 100% trẻ em trong độ tuổi đến trường'], ['farmers', 'Chăm sóc lúa mùa, phòng chuột hại']],
    results: ['Lễ Quốc khánh 2/9 diễn ra an toàn', 'Học sinh của bản tựu trường đầy đủ'],
    gists: ['Một số gia đình khó khăn chưa đủ sách vở cho con, đề nghị các đoàn thể hỗ trợ', 'Đề nghị thống nhất mức đóng góp tổ chức Trung thu'] },
  { tasks: [['farmers', 'Thu hoạch lúa mùa; chuẩn bị đất trồng cây vụ đông'], ['women', 'Tổ chức kỷ niệm ngày 20/10'], ['police', 'Nắm tình hình, phòng ngừa trộm cắp tài sản mùa thu hoạch']],
    results: ['Tổ chức Tết Trung thu vui tươi cho thiếu nhi', 'Không có học sinh bỏ học'],
    gists: ['Đề nghị vận động các hộ trồng thêm ngô đông trên đất ruộng một vụ', 'Có hộ để trâu phá lúa nhà bên cạnh, đề nghị tổ hòa giải giải quyết'] },
  { tasks: [['front', 'Tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư (18/11)'], ['farmers', 'Gieo trồng cây vụ đông'], ['committee', 'Chuẩn bị kiểm điểm, đánh giá, xếp loại đảng viên cuối năm']],
    results: ['Thu hoạch xong lúa mùa', 'Tổ hòa giải giải quyết xong việc tranh chấp do gia súc phá hoại'],
    gists: ['Đề nghị Ngày hội năm nay có thi văn nghệ, thể thao giữa các dòng họ', 'Đảng viên viết bản kiểm điểm cần liên hệ cụ thể việc làm theo gương Bác'] },
  { tasks: [['veterans', 'Kỷ niệm ngày thành lập Quân đội nhân dân Việt Nam 22/12'], ['head', 'Tổng kết công tác năm của bản, bình xét gia đình văn hóa'], ['farmers', 'Chống rét cho gia súc, chuẩn bị thức ăn dự trữ']],
    results: ['Ngày hội Đại đoàn kết tổ chức thành công, đông đủ bà con tham gia', 'Gieo trồng đạt kế hoạch vụ đông'],
    gists: ['Đề nghị bình xét gia đình văn hóa công khai, đúng thực chất', 'Cần có kế hoạch dự trữ rơm, cỏ cho trâu bò trước đợt rét'] },
];

/** February and March of a year without elections (the elections of the National Assembly and the councils are every five years: 2026, 2031, …). */
const NO_ELECTION: Record<number, MonthWork> = {
  2: { tasks: [['youth', 'Ra quân hưởng ứng "Tết trồng cây", trồng cây xanh ở nhà văn hóa và đường nội bản'], ['farmers', 'Làm đất, chuẩn bị giống lúa chiêm xuân'], ['police', 'Nắm tình hình, phòng ngừa cờ bạc, tệ nạn xã hội sau Tết']],
    results: ['Tết diễn ra an toàn, không có tệ nạn cờ bạc', 'Thăm hỏi, tặng quà các gia đình chính sách đầy đủ'],
    gists: ['Nhiều hộ thiếu giống lúa, đề nghị Chi hội Nông dân liên hệ hợp tác xã', 'Đề nghị vận động các hộ trồng thêm cây ăn quả trên đất vườn'] },
  3: { tasks: [['youth', 'Tổ chức các hoạt động Tháng Thanh niên, nhận làm công trình thanh niên ở bản'], ['farmers', 'Gieo cấy lúa chiêm xuân đúng khung thời vụ'], ['police', 'Rà soát người tạm trú, tạm vắng trong bản']],
    results: ['Thanh niên ra quân hưởng ứng Tháng Thanh niên', 'Gieo cấy xong lúa chiêm xuân'],
    gists: ['Mương nội đồng bị bồi lấp, đề nghị huy động ngày công nạo vét', 'Đề nghị Chi đoàn nhận sửa đường lên nương làm công trình thanh niên'] },
};

/** A village's month (1–12) of a year: the election tasks only in an election year. */
export function villageMonth(year: number, month: number): MonthWork {
  const electionYear = (((year - 2026) % 5) + 5) % 5 === 0;
  return (!electionYear && NO_ELECTION[month]) || VILLAGE_YEAR[month - 1];
}

/** Work of the office cells, by cell: tasks, results and points raised, drawn month by month. */
const OFFICE_WORK: Record<string, { tasks: string[]; results: string[]; gists: string[] }> = {
  'co-quan': {
    tasks: ['Giải quyết thủ tục hành chính đúng hạn tại Bộ phận một cửa', 'Đẩy mạnh thu ngân sách, giải ngân vốn đầu tư công',
      'Hướng dẫn người dân dịch vụ công trực tuyến', 'Rà soát hộ nghèo, hộ cận nghèo', 'Chuẩn bị nội dung kỳ họp HĐND xã',
      'Cập nhật dữ liệu dân cư, đất đai lên hệ thống dùng chung'],
    results: ['Hồ sơ hành chính giải quyết đúng hạn', 'Thu ngân sách đạt tiến độ', 'Cán bộ, công chức chấp hành tốt giờ làm việc',
      'Không có đơn thư khiếu nại vượt cấp'],
    gists: ['Đề nghị bố trí thêm người hướng dẫn dịch vụ công trực tuyến cho người cao tuổi', 'Cần phân công rõ người theo dõi từng chương trình mục tiêu',
      'Tự nhận còn chậm trả lời văn bản của cấp trên, xin khắc phục'],
  },
  truong: {
    tasks: ['Dạy học đúng chương trình, phụ đạo học sinh chưa đạt chuẩn', 'Duy trì sĩ số, vận động học sinh ra lớp đầy đủ',
      'Tổ chức bán trú an toàn cho học sinh ở bản xa', 'Bồi dưỡng giáo viên về chuyển đổi số trong dạy học', 'Chuẩn bị thi giáo viên dạy giỏi cấp trường'],
    results: ['Duy trì sĩ số học sinh', 'Không xảy ra mất an toàn ở khu bán trú', 'Giáo viên hoàn thành hồ sơ chuyên môn đúng hạn'],
    gists: ['Còn học sinh người Mông nghỉ học theo gia đình lên nương, đề nghị phối hợp với bản vận động', 'Đề nghị nhà trường bổ sung tủ sách cho học sinh bán trú'],
  },
  'cong-an': {
    tasks: ['Nắm tình hình an ninh nông thôn, giải quyết kịp thời vụ việc phát sinh', 'Tuần tra, kiểm soát trật tự an toàn giao thông',
      'Làm sạch dữ liệu dân cư, cấp căn cước cho công dân', 'Tuyên truyền phòng, chống ma túy ở các bản'],
    results: ['Giữ vững an ninh trật tự trên địa bàn', 'Cấp căn cước đạt kế hoạch', 'Không để xảy ra trọng án'],
    gists: ['Đề nghị tăng cường phối hợp với công an viên các bản trong nắm tình hình', 'Tự nhận còn thiếu sót trong cập nhật hồ sơ, sẽ khắc phục ngay'],
  },
  'quan-su': {
    tasks: ['Duy trì chế độ trực sẵn sàng chiến đấu', 'Huấn luyện dân quân theo kế hoạch năm', 'Chuẩn bị công tác tuyển chọn, gọi công dân nhập ngũ',
      'Sẵn sàng lực lượng, phương tiện phòng chống thiên tai'],
    results: ['Duy trì nghiêm chế độ trực', 'Dân quân huấn luyện đạt yêu cầu', 'Bảo đảm an toàn tuyệt đối về người và vũ khí'],
    gists: ['Đề nghị bổ sung áo mưa, đèn pin cho tổ trực', 'Cần phối hợp với các bản nắm số thanh niên trong độ tuổi nhập ngũ'],
  },
};

/** An office cell's month: three tasks, two results, two points for the discussion. */
export function officeMonth(cellKey: string, month: number): MonthWork {
  const w = OFFICE_WORK[cellKey] ?? OFFICE_WORK['co-quan'];
  const at = <T>(xs: readonly T[], k: number) => xs[(month + k) % xs.length];
  return {
    tasks: [['committee', at(w.tasks, 0)], ['members', at(w.tasks, 1)], ['members', 'Thực hiện nghiêm nội quy, quy chế làm việc của cơ quan']],
    results: [at(w.results, 0), at(w.results, 1)],
    gists: [at(w.gists, 0), at(w.gists, 1)],
  };
}
