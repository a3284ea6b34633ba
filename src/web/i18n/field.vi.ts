/** Holding a meeting in the village: few taps, offline, large text, paper. */
const field = {
  roll: {
    allPresent: 'Mọi người có mặt',
    allPresentHint: 'Đánh dấu có mặt cho {{count}} đồng chí chưa điểm danh, rồi chỉ chọn những người vắng, đến muộn, về sớm.',
    allPresentDone: 'Đã điểm danh có mặt {{count}} đồng chí.',
  },
  danger: {
    title: 'Hủy số văn bản',
    hint: 'Chỉ dùng khi số đã cấp bị sai. Số bị hủy không dùng lại; việc hủy được ghi vào nhật ký cùng lý do.',
  },
  notice: {
    share: 'Chia sẻ (Zalo, tin nhắn)',
    print: 'In thông báo (PDF)',
    recorded: 'Đã ghi nhận gửi thông báo.',
  },
  paper: { signin: 'In danh sách ký tên (PDF)' },
  minutes: { addVote: 'Thêm biểu quyết', next: 'Nội dung tiếp theo' },
  offline: {
    title: 'Đang ngoại tuyến.',
    text: 'Đang xem dữ liệu đã lưu trên máy này. Điểm danh, đảng phí, biên bản, biểu quyết và chấm điểm vẫn ghi được: thay đổi được giữ trên máy và tự gửi khi có mạng.',
  },
  sync: {
    pending_one: '{{count}} thay đổi đang chờ gửi lên máy chủ.',
    pending_other: '{{count}} thay đổi đang chờ gửi lên máy chủ.',
    now: 'Gửi ngay',
    logoutConfirm: 'Còn {{count}} thay đổi trên máy này chưa gửi lên máy chủ. Đăng xuất bây giờ sẽ mất các thay đổi đó. Vẫn đăng xuất?',
    approveOnline: 'Duyệt biên bản cần có mạng: khi có mạng trở lại, các thay đổi trên máy được gửi trước rồi mới duyệt.',
    approveAfterSync: 'Còn thay đổi trên máy này chưa gửi hoặc cần xem lại: gửi xong mới duyệt biên bản.',
    whenOnline: 'Sẽ tự gửi khi có mạng.',
    problemsTitle_one: '{{count}} thay đổi cần đồng chí xem lại',
    problemsTitle_other: '{{count}} thay đổi cần đồng chí xem lại',
    conflictText: 'Trong lúc máy này ngoại tuyến, bản ghi này đã được sửa ở nơi khác. Cả hai bản đều được giữ cho đến khi đồng chí chọn.',
    failedText: 'Máy chủ không nhận thay đổi này:',
    mine: 'Bản trên máy này',
    server: 'Bản trên máy chủ',
    keepMine: 'Giữ bản trên máy này',
    keepServer: 'Giữ bản trên máy chủ',
    retry: 'Gửi lại',
    discard: 'Bỏ thay đổi này',
    kind: {
      attendance: 'Điểm danh', allPresent: 'Mọi người có mặt', dues: 'Đảng phí', agenda: 'Nội dung sinh hoạt', speech: 'Ý kiến phát biểu',
      vote: 'Biểu quyết', score: 'Chấm điểm', meeting: 'Thời gian, chủ trì, thư ký',
    },
    field: {
      content: 'Nội dung', conclusion: 'Kết luận', title: 'Tên nội dung', startTime: 'Bắt đầu', endTime: 'Kết thúc', chairId: 'Chủ trì',
      recorderId: 'Thư ký', earlyReason: 'Lý do họp sớm',
    },
  },
  dues: {
    allPaid: 'Tất cả nộp đủ',
    allPaidHint: 'Ghi nộp đủ mức phải nộp cho {{count}} đồng chí chưa ghi, rồi chỉ sửa những người nộp thiếu hoặc nộp theo lương.',
    allPaidDone: 'Đã ghi nộp đủ cho {{count}} đồng chí.',
  },
  member: {
    mine: 'Điểm danh của tôi',
    summoned: 'Đồng chí được triệu tập dự buổi sinh hoạt này.',
    exempt: 'Đồng chí được miễn sinh hoạt: không bắt buộc dự, vẫn được mời dự họp.',
    listed: 'Đồng chí có tên trong danh sách triệu tập.',
    notListed: 'Đồng chí không có tên trong danh sách triệu tập buổi sinh hoạt này.',
    notRecorded: 'Chưa điểm danh.',
    status: 'Điểm danh: {{status}}.',
    dues: 'Đảng phí đã nộp tại buổi sinh hoạt: {{amount}}.',
    checkinHint: 'Khi đến họp, quét mã QR của chi bộ để tự điểm danh.',
    noNotice: 'Chi ủy chưa gửi thông báo buổi sinh hoạt này.',
    docs: 'Tài liệu cần đọc trước',
    conclusion: 'Kết luận: {{text}}',
  },
  saved: 'Đã lưu',
};
export default field;
export type FieldMessages = typeof field;
