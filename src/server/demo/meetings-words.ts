// More words of the demo's meetings: thematic topics by quarter, reasons for absence, and what the
// committee member in charge, the guests and the members say. Gists carry no final full stop (the
// minutes add it).
import type { PartnerKind } from './types';

/** Thematic topics, by quarter ('2025-2' = Q2 2025). */
const VILLAGE_TOPICS: Record<string, string> = {
  '2025-2': 'Nâng cao vai trò tiền phong, gương mẫu của đảng viên trong xây dựng nông thôn mới ở bản',
  '2025-3': 'Quán triệt Nghị quyết Đại hội Đảng bộ xã Thanh Minh nhiệm kỳ 2025–2030, cụ thể hóa thành việc làm ở bản',
  '2025-4': 'Phát triển kinh tế hộ gia đình, chuyển đổi cơ cấu cây trồng gắn với bảo vệ rừng',
  '2026-1': 'Học tập, quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIV của Đảng',
  '2026-2': 'Công tác phát triển đảng viên: tạo nguồn từ đoàn viên thanh niên ở bản',
  '2026-3': 'Phòng, chống ma túy và tệ nạn xã hội, giữ gìn an ninh trật tự ở khu dân cư',
  '2026-4': 'Xây dựng chi bộ trong sạch, vững mạnh; chuẩn bị kiểm điểm, xếp loại cuối năm theo Quy định 366-QĐ/TW',
};
const OFFICE_TOPICS: Record<string, string> = {
  ...VILLAGE_TOPICS,
  '2025-2': 'Nâng cao đạo đức công vụ, trách nhiệm nêu gương của cán bộ, đảng viên',
  '2025-3': 'Vận hành chính quyền địa phương hai cấp: trách nhiệm của cán bộ, đảng viên ở cơ sở',
  '2025-4': 'Chuyển đổi số trong giải quyết công việc của cơ quan, đơn vị',
  '2026-2': 'Phòng, chống tham nhũng, tiêu cực, lãng phí trong cơ quan, đơn vị',
  '2026-3': 'Đổi mới phong cách, lề lối làm việc; thực hiện văn hóa công sở',
};
const CELL_TOPICS: Record<string, Record<string, string>> = {
  truong: { '2025-4': 'Đổi mới phương pháp dạy học theo Chương trình giáo dục phổ thông 2018' },
  'cong-an': { '2026-3': 'Bảo đảm an ninh, trật tự ở cơ sở trong tình hình mới' },
  'quan-su': { '2025-4': 'Xây dựng lực lượng dân quân vững mạnh, rộng khắp' },
};

/** Topics of the other quarters (the demo anchored on another day), by quarter of the year (1–4). */
const VILLAGE_TOPICS_BY_QUARTER = [
  'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh: mỗi đảng viên một việc làm cụ thể ở bản',
  'Công tác phát triển đảng viên: tạo nguồn từ đoàn viên thanh niên ở bản',
  'Phòng, chống ma túy và tệ nạn xã hội, giữ gìn an ninh trật tự ở khu dân cư',
  'Xây dựng chi bộ trong sạch, vững mạnh; chuẩn bị kiểm điểm, đánh giá, xếp loại cuối năm',
];
const OFFICE_TOPICS_BY_QUARTER = [
  'Nâng cao đạo đức công vụ, trách nhiệm nêu gương của cán bộ, đảng viên',
  'Phòng, chống tham nhũng, tiêu cực, lãng phí trong cơ quan, đơn vị',
  'Đổi mới phong cách, lề lối làm việc; thực hiện văn hóa công sở',
  'Xây dựng chi bộ trong sạch, vững mạnh; chuẩn bị kiểm điểm, đánh giá, xếp loại cuối năm',
];

export function thematicTopic(cellKey: string, office: boolean, year: number, quarter: number): string {
  const key = `${year}-${quarter}`;
  return CELL_TOPICS[cellKey]?.[key] ?? (office ? OFFICE_TOPICS : VILLAGE_TOPICS)[key]
    ?? (office ? OFFICE_TOPICS_BY_QUARTER : VILLAGE_TOPICS_BY_QUARTER)[quarter - 1];
}

export const EXCUSED_REASONS = {
  elder: ['Ốm', 'Ốm, đang điều trị tại Bệnh viện tỉnh', 'Sức khỏe yếu'],
  village: ['Việc gia đình', 'Ốm', 'Đi làm ăn xa', 'Chăm người nhà nằm viện', 'Đi làm thuê ở thành phố Điện Biên Phủ'],
  away: ['Đi làm ăn xa', 'Đi làm ăn xa', 'Đi làm thuê ở tỉnh Bắc Ninh'],
  office: ['Đi công tác', 'Đi học lớp bồi dưỡng', 'Ốm', 'Việc gia đình'],
  'cong-an': ['Làm nhiệm vụ trực ban', 'Đi công tác', 'Việc gia đình'],
  'quan-su': ['Trực sẵn sàng chiến đấu', 'Đi tập huấn', 'Việc gia đình'],
} as const;

/** The committee member in charge of the cell. The last one cites HD 42, so it is said from December 2025. */
export const OVERSEER_GISTS = [
  'Ghi nhận chi bộ chuẩn bị chu đáo, nội dung sát thực tế; đề nghị tiếp tục quan tâm công tác phát triển đảng viên',
  'Đề nghị chi bộ chỉ đạo các đoàn thể báo cáo kết quả hằng tháng, có số liệu cụ thể',
  'Nghị quyết tháng cần ngắn gọn, rõ người, rõ việc, rõ thời hạn',
  'Đề nghị đảng viên phát huy vai trò nêu gương, nhất là trong vận động bà con thực hiện các phong trào của xã',
  'Đề nghị chi ủy nắm chắc tư tưởng của đảng viên đi làm ăn xa, giữ liên lạc thường xuyên',
  'Biểu dương chi bộ duy trì nền nếp sinh hoạt; lưu ý bảo đảm thời lượng sinh hoạt theo Hướng dẫn số 42-HD/BTCTW',
];

/** What each partner unit reports when invited to an expanded meeting. */
export const GUEST_GISTS: Partial<Record<PartnerKind, string>> = {
  women: 'Chi hội Phụ nữ báo cáo: hội viên tham gia vệ sinh đường bản, vận động các gia đình cho con đến trường',
  farmers: 'Chi hội Nông dân báo cáo tiến độ sản xuất, đề nghị xã hỗ trợ giống và phân bón cho hộ khó khăn',
  youth: 'Chi đoàn nhận nhiệm vụ ra quân làm đường, phát quang đường nội bản',
  veterans: 'Chi hội Cựu chiến binh báo cáo kết quả tham gia giữ gìn an ninh trật tự, hòa giải ở cơ sở',
  front: 'Ban công tác Mặt trận báo cáo việc vận động các hộ tham gia xây dựng nông thôn mới',
  police: 'Công an viên báo cáo tình hình an ninh trật tự trong bản, đề nghị các gia đình quản lý chặt con em',
  militia: 'Thôn đội trưởng báo cáo kế hoạch trực phòng, chống thiên tai và cháy rừng',
};

/** Guests' functions as the secretary writes them on the invitation. */
export const GUEST_TITLE: Partial<Record<PartnerKind, (unit: string, village: string) => string>> = {
  women: (u) => `Chi hội trưởng ${u}`,
  farmers: (u) => `Chi hội trưởng ${u}`,
  youth: (u) => `Bí thư ${u}`,
  front: (_u, v) => `Trưởng ban công tác Mặt trận ${v}`,
  police: (_u, v) => `Công an viên ${v}`,
  militia: (_u, v) => `Thôn đội trưởng ${v}`,
};

export const MEMBER_GISTS = [
  'Nhất trí với dự thảo nghị quyết, đề nghị bổ sung thời hạn cụ thể cho từng việc',
  'Tự nhận chưa tham gia đầy đủ buổi lao động công ích của bản, hứa khắc phục trong tháng tới',
  'Đề nghị chi ủy phân công đảng viên phụ trách từng nhóm hộ',
  'Đảng viên phải gương mẫu làm trước để bà con làm theo',
  'Đề nghị biểu dương kịp thời những đảng viên, quần chúng có việc làm tốt',
];

export const HCM_GISTS = [
  'Liên hệ bản thân: cần tiết kiệm trong việc cưới, việc tang ở bản như lời Bác dạy',
  'Đăng ký làm theo gương Bác: giúp hộ khó khăn trong bản ngày công làm nhà',
  'Đề nghị mỗi đảng viên đăng ký một việc làm cụ thể theo gương Bác, chi bộ kiểm tra hằng quý',
];

export const THEMATIC_GISTS = [
  'Liên hệ thực tế, đề nghị đưa nội dung chuyên đề vào kế hoạch hoạt động của các đoàn thể',
  'Chuyên đề thiết thực; đề nghị chi ủy cụ thể hóa thành việc làm có người phụ trách, có thời hạn',
  'Tự liên hệ: bản thân có lúc chưa gương mẫu, xin tiếp thu và sửa chữa',
  'Đề nghị chi bộ định kỳ kiểm tra việc thực hiện các nội dung đã đăng ký sau chuyên đề',
];

export const SHORTCOMINGS = [
  'Một số đảng viên chưa tham gia đầy đủ các hoạt động chung',
  'Báo cáo của một số đoàn thể còn chung chung, chưa có số liệu',
  'Việc nắm tình hình đảng viên đi làm ăn xa có lúc chưa kịp thời',
  'Một số nhiệm vụ hoàn thành chậm so với thời hạn',
];

export const IMPLEMENTATION = [
  'Chi ủy phân công chi ủy viên theo dõi từng nhiệm vụ, báo cáo tại buổi sinh hoạt tháng sau',
  'Các đoàn thể xây dựng kế hoạch thực hiện, báo cáo kết quả hằng tháng',
  'Đảng viên trong chi bộ gương mẫu thực hiện và vận động gia đình, quần chúng cùng thực hiện',
];
