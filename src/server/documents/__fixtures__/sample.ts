/** A realistic monthly meeting of a village cell (demo data), for tests and previews. */
import type { MinutesDoc, ResolutionDoc } from '../model';
import { composeResolutionIntro } from '../compose';

export const issuer = {
  parentName: 'ĐẢNG BỘ XÃ THANH MINH',
  unitName: 'CHI BỘ BẢN PHIÊNG LƠI',
  place: 'Thanh Minh',
};

export const sampleMinutes: MinutesDoc = {
  issuer,
  number: 'Số 01-BB/CB',
  date: '2022-01-10',
  meetingType: 'regular',
  title: 'SINH HOẠT CHI BỘ THƯỜNG KỲ THÁNG 01 NĂM 2022',
  startTime: '19:30',
  endTime: '21:30',
  location: 'Nhà văn hóa bản Phiêng Lơi',
  chair: { name: 'Lường Văn Trường', title: 'Bí thư Chi bộ' },
  recorder: { name: 'Quàng Thị Thủy', title: 'Chi ủy viên' },
  documents: ['Nghị quyết số 45-NQ/ĐU ngày 28/12/2021 của Đảng ủy xã Thanh Minh'],
  attendance: {
    total: 22,
    official: 21,
    probationary: 1,
    exempt: 1,
    present: 20,
    presentOfficial: 19,
    presentProbationary: 1,
    absentExcused: [{ name: 'Lò Thị Hoa', reason: 'ốm' }],
    absentUnexcused: [],
    upperLevel: [{ name: 'Tòng Văn Hưng', title: 'Đảng ủy viên phụ trách chi bộ' }],
    guests: [
      { name: 'Lò Văn Ơn', title: 'Trưởng ban công tác Mặt trận' },
      { name: 'Cà Văn Dũng', title: 'Công an viên' },
      { name: '', title: 'Chi hội Phụ nữ' },
    ],
  },
  items: [
    {
      title: 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh',
      content:
        'Đồng chí Bí thư Chi bộ quán triệt chuyên đề năm 2022 về xây dựng Đảng trong sạch, vững mạnh; ' +
        'liên hệ việc giữ gìn đoàn kết, tương trợ nhau trong bản.',
      speeches: [
        { speaker: 'Lò Văn Ngữ', gist: 'Đề nghị mỗi đảng viên đăng ký một việc làm cụ thể, nêu gương ở khu dân cư' },
      ],
      conclusion: 'Mỗi đảng viên đăng ký việc làm theo gương Bác trước ngày 20/01/2022',
    },
    {
      title: 'Đánh giá kết quả tháng 12/2021, nhiệm vụ tháng 01/2022',
      content:
        'Hoàn thành thu thuế, nộp quỹ; 100% hộ gia đình ký cam kết không tàng trữ pháo nổ. ' +
        'Tháng 01/2022: chuẩn bị Tết Nguyên đán an toàn, chăm sóc rừng, phòng chống dịch Covid-19.\n' +
        'Tiếp tục vận động bà con sửa đường nội bản, làm nhà vệ sinh hợp vệ sinh.',
      speeches: [
        { speaker: 'Quàng Thị Duyên', gist: 'Chi hội Phụ nữ nhận vận động 15 hộ còn lại làm nhà vệ sinh trước Tết' },
        { speaker: 'Cà Văn Ỹ', gist: 'Cần tăng cường tuần tra bảo vệ rừng đầu nguồn, nhất là dịp Tết' },
      ],
      conclusion: 'Chi bộ thống nhất các chỉ tiêu nhiệm vụ tháng 01/2022 như dự thảo nghị quyết',
    },
  ],
  votes: [
    {
      subject: 'Thông qua Nghị quyết lãnh đạo thực hiện nhiệm vụ tháng 01/2022',
      method: 'show_of_hands',
      base: 20,
      for: 19,
      against: 0,
      other: 1,
      passed: true,
    },
  ],
  tasks: [
    { content: 'Vận động 15 hộ làm nhà vệ sinh hợp vệ sinh', assignee: 'Chi hội Phụ nữ', due: '2022-01-25' },
    { content: 'Tổ chức tuần tra bảo vệ rừng dịp Tết', assignee: 'đồng chí Lò Văn Thắng, Thôn đội trưởng', due: '2022-02-05' },
  ],
  score: { total: 92, maxPoints: 100, levelLabel: 'Tốt', schemeName: 'Bộ tiêu chí chấm điểm sinh hoạt chi bộ', schemeVersion: 1 },
  approved: true,
  version: 1,
};

export const sampleResolution: ResolutionDoc = {
  issuer,
  number: 'Số 01-NQ/CB',
  date: '2022-01-10',
  title: 'về lãnh đạo thực hiện nhiệm vụ tháng 01 năm 2022',
  intro: composeResolutionIntro(sampleMinutes, { unitLabel: 'Chi bộ bản Phiêng Lơi' }),
  results: [
    'Hoàn thành 100% chỉ tiêu thu thuế và các loại quỹ',
    'Bản giữ vững an ninh trật tự, không có tệ nạn xã hội mới phát sinh',
  ],
  shortcomings: ['Còn 15 hộ chưa có nhà vệ sinh hợp vệ sinh; việc sửa đường nội bản chậm'],
  tasks: [
    { content: 'Tổ chức đón Tết Nguyên đán vui tươi, lành mạnh, an toàn', assignee: 'Ban quản lý bản', due: '2022-01-31' },
    { content: 'Vận động 15 hộ làm nhà vệ sinh hợp vệ sinh', assignee: 'Chi hội Phụ nữ', due: '2022-01-25' },
    { content: 'Tuần tra bảo vệ rừng đầu nguồn', assignee: 'đồng chí Lò Văn Thắng', due: '2022-02-05' },
  ],
  implementation: [
    'Chi ủy phân công chi ủy viên phụ trách từng nhóm hộ, theo dõi và báo cáo kết quả tại buổi sinh hoạt tháng 02/2022',
    'Các đoàn thể trong bản xây dựng kế hoạch thực hiện, báo cáo kết quả hằng tháng',
  ],
  vote: { for: 19, base: 20 },
  signer: { name: 'Lường Văn Trường', title: 'BÍ THƯ' },
  signOnBehalf: 'T/M CHI BỘ',
  recipients: [
    'Đảng ủy xã (để báo cáo)',
    'Đồng chí đảng ủy viên phụ trách',
    'Các đoàn thể trong bản',
    'Đảng viên trong chi bộ',
    'Lưu chi bộ',
  ],
};
