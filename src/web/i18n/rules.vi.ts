/** Vietnamese strings of the meeting rules (votes, resolution adoption), merged under `rules`. Keep keys in step with rules.en.ts. */
const rulesVi = {
  vote: {
    isResolution: 'Đây là biểu quyết thông qua nghị quyết',
    isResolutionHint: 'Nghị quyết chỉ được ban hành khi biểu quyết này có quá nửa số đảng viên chính thức được triệu tập tán thành.',
    resolutionTag: 'Biểu quyết nghị quyết',
    exceeds: 'Số phiếu ({{total}}) nhiều hơn số đảng viên chính thức có mặt ({{eligible}}) theo điểm danh hiện tại: cần sửa trước khi thông qua biên bản.',
    result: 'Tán thành {{for}}/{{base}} ({{pct}}%; cần ít nhất {{needed}}) · không tán thành {{against}} · ý kiến khác {{other}}',
  },
  dues: {
    arrears: 'Nợ các tháng trước',
    warning: 'Chưa nộp {{count}} tháng trong năm (tháng {{months}}): nhắc nhở',
    flag: 'Chưa nộp {{count}} tháng trong năm (tháng {{months}}): xem xét theo Điều lệ',
  },
  roll: {
    expected: 'Phải dự',
    exempt: 'Miễn, không triệu tập',
    lateNote: '(có {{count}} đến muộn)',
    breakdown: 'Tổng số {{total}} đảng viên (chính thức {{official}}, dự bị {{probationary}}); miễn sinh hoạt {{exempt}}; đình chỉ hoặc sinh hoạt tạm thời nơi khác {{notSummoned}}. Có mặt tính cả {{late}} đến muộn và {{leftEarly}} về sớm; {{presentNotExpected}} đồng chí không phải dự vẫn đến.',
    votingBase: 'Đảng viên chính thức được triệu tập: {{officialExpected}}; trừ {{excused}} vắng có lý do, căn cứ tính biểu quyết là {{base}}. Nghị quyết thông qua khi có ít nhất {{needed}} đồng chí tán thành (quá nửa). Đảng viên dự bị ({{probationary}} có mặt) được phát biểu nhưng không biểu quyết.',
  },
  early: {
    title: 'Buổi sinh hoạt ngày {{date}} chưa diễn ra: chưa điểm danh, ghi biên bản hay duyệt được.',
    reason: 'Nếu chi bộ đã họp sớm hơn, ghi lý do họp trước ngày (hoặc sửa ngày sinh hoạt ở bước Chuẩn bị)',
    save: 'Ghi lý do họp trước ngày',
    recorded: 'Ghi trước ngày sinh hoạt. Lý do: {{reason}}',
  },
  resolution: {
    noResolution: 'Không ban hành nghị quyết tháng này',
    noResolutionHint: 'Biên bản sẽ ghi rõ chi bộ không ban hành nghị quyết; không cấp số nghị quyết.',
    status: {
      adopted: 'Nghị quyết đã được biểu quyết thông qua.',
      failed: 'Biểu quyết thông qua nghị quyết không đạt quá nửa số đảng viên chính thức được triệu tập: không có nghị quyết, biên bản ghi rõ điều này.',
      none: 'Chi bộ không ban hành nghị quyết tháng này: biên bản ghi rõ điều này.',
      not_voted: 'Chưa có biểu quyết thông qua nghị quyết (ghi ở bước Biên bản, mục Biểu quyết).',
    },
  },
};
export default rulesVi;
