/** Vietnamese strings of inspection and supervision (QĐ 296-QĐ/TW). */
const supervisionVi = {
  nav: 'Kiểm tra, giám sát',
  title: 'Chương trình kiểm tra, giám sát năm {{year}}',
  unit: 'Đơn vị', prevYear: 'Năm trước', nextYear: 'Năm sau',
  empty: 'Chưa có nội dung kiểm tra, giám sát nào trong năm.',
  add: 'Thêm nội dung',
  kind: { inspection: 'Kiểm tra', supervision: 'Giám sát chuyên đề' },
  subjectKind: { cell: 'Chi bộ', cell_committee: 'Chi ủy', member: 'Đảng viên' },
  status: {
    planned: 'Trong chương trình', decided: 'Đã có quyết định', reported: 'Đối tượng đã báo cáo', findings: 'Đoàn đã có kết quả',
    concluded: 'Đang khắc phục', verified: 'Đã xác minh, kết thúc',
  },
  field: {
    kind: 'Hình thức', subjectKind: 'Đối tượng', cell: 'Chi bộ', member: 'Đảng viên', content: 'Nội dung', periodFrom: 'Từ ngày',
    periodTo: 'Đến ngày', lead: 'Trưởng đoàn', teamMember: 'Thành viên đoàn', period: 'Thời gian', team: 'Đoàn',
  },
  required: 'Vui lòng điền mục này.',
  remediesCount: 'Khắc phục: {{verified}}/{{total}} đã xác minh',
  overdue: '{{n}} việc quá hạn',
  steps: {
    decision: 'Quyết định và kế hoạch', report: 'Báo cáo của đối tượng', findings: 'Kết quả làm việc của đoàn',
    conclusion: 'Kết luận và thông báo kết luận', remedies: 'Khắc phục và xác minh',
  },
  decision: {
    no: 'Số quyết định', date: 'Ngày ký', plan: 'Kế hoạch (mục đích, phương pháp, thời gian)', submit: 'Ban hành quyết định',
    issued: 'Quyết định số {{no}} ngày {{date}}',
  },
  report: { text: 'Nội dung báo cáo', date: 'Ngày báo cáo', submit: 'Ghi nhận báo cáo', waiting: 'Chờ đối tượng gửi báo cáo.' },
  findings: { text: 'Kết quả làm việc của đoàn', date: 'Ngày', submit: 'Ghi nhận kết quả' },
  conclusion: {
    strengths: 'Ưu điểm', shortcomings: 'Hạn chế, khuyết điểm', requests: 'Yêu cầu, kiến nghị', noticeNo: 'Số thông báo',
    noticeDate: 'Ngày thông báo', remedies: 'Việc cần khắc phục', addRemedy: 'Thêm việc khắc phục', remedy: 'Việc khắc phục',
    owner: 'Người chịu trách nhiệm', due: 'Thời hạn', remove: 'Bỏ việc này', submit: 'Kết luận và ban hành thông báo',
    issued: 'Thông báo số {{no}} ngày {{date}}',
  },
  remedyTask: {
    open: 'Theo dõi nhiệm vụ',
    tag: { inspection: 'Khắc phục sau kiểm tra', supervision: 'Khắc phục sau giám sát' },
    from: { inspection: 'Kết luận kiểm tra: việc cần khắc phục', supervision: 'Kết luận giám sát: việc cần khắc phục' },
    status: {
      open: 'Chưa báo cáo khắc phục (đánh dấu hoàn thành là báo cáo với đảng ủy)', reported: 'Đã báo cáo khắc phục, chờ đảng ủy xác minh',
      verified: 'Đảng ủy đã xác minh việc khắc phục',
    },
  },
  remedy: {
    open: 'Chưa khắc phục', reported: 'Đã báo cáo khắc phục', verified: 'Đã xác minh', due: 'Thời hạn {{date}}', owner: 'Người chịu trách nhiệm: {{name}}',
    done: 'Báo cáo đã khắc phục', verify: 'Xác minh', note: 'Ghi chú', doneNote: 'Báo cáo: {{note}}',
    verifiedBy: 'Xác minh bởi {{name}} lúc {{date}}', none: 'Không có việc cần khắc phục.', overdue: 'Quá hạn',
  },
  download: 'Tải về', pdf: 'PDF', docx: 'Word (DOCX)',
  observations: 'Giám sát thường xuyên: đảng ủy viên phụ trách dự sinh hoạt chi bộ trong thời gian này',
  noObservations: 'Không có buổi sinh hoạt nào có đảng ủy viên phụ trách được mời trong thời gian này.',
  attended: 'dự', absent: 'không dự', noNote: 'chưa ghi nhận xét',
  back: 'Về chương trình kiểm tra, giám sát',
};

export type SupervisionResources = typeof supervisionVi;
export default supervisionVi;
