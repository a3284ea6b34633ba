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
  saved: 'Đã lưu',
};
export default field;
export type FieldMessages = typeof field;
