// The demo commune's inspection and supervision programme of the year (QĐ 296-QĐ/TW): one inspection closed
// (decision, the cell's report, findings, the notice, both remedies verified), one at the team's findings
// (waiting for the committee's conclusion), one decided, one still planned. Dates are spread over the part of
// the year before the demo's today (the last held meeting). Through the supervision module's services, as the
// commune secretary (pqdon) and, for the remedies he reports, the cell's secretary (lvtruong), each step dated
// in the story.
import { joinTx, type Db, type Queryable } from '../db/index';
import { addDays, daysBetween } from '../../domain/dates';
import type { DemoData } from './types';
import { createItem } from '../modules/supervision/programme';
import { conclude, decide, findings, report, reportRemedy, verifyRemedy } from '../modules/supervision/steps';
import { actorOf } from './actors';
import { lastHeldMeetingDate } from './calendar';

export async function insertSupervisionDemo(db: Db, q: Queryable, data: DemoData): Promise<void> {
  const lastDay = lastHeldMeetingDate(data);
  if (!lastDay) return;
  let year = Number(lastDay.slice(0, 4));
  let anchor = lastDay;
  if (daysBetween(`${year}-01-01`, anchor) < 60) { year -= 1; anchor = `${year}-12-20`; }
  const span = daysBetween(`${year}-01-01`, anchor);
  const at = (f: number) => addDays(`${year}-01-01`, Math.floor(span * f));
  const P = data.storyPeople;
  const cell = data.cellIds;
  const name = (k: string) => data.people.find((x) => x.id === P[k])!.full_name;
  const tx = joinTx(db, q);
  const don = await actorOf(q, data, 'pqdon');
  const truong = await actorOf(q, data, 'lvtruong');
  // The first by name (in code-point order) of Huổi Pha's active official members who hold no office.
  const officers = new Set(data.positions.filter((p) => p.ended_on === null).map((p) => p.person_id));
  const standing = new Map(data.members.map((m) => [m.person_id, m]));
  const member = data.memberships
    .filter((m) => m.org_id === cell['huoi-pha'] && m.ended_on === null && !officers.has(m.person_id)
      && standing.get(m.person_id)?.state === 'active' && standing.get(m.person_id)?.standing === 'official')
    .map((m) => ({ person_id: m.person_id, full_name: data.people.find((x) => x.id === m.person_id)!.full_name }))
    .sort((a, b) => (a.full_name < b.full_name ? -1 : a.full_name > b.full_name ? 1 : 0))[0];
  const item = (v: { kind: 'inspection' | 'supervision'; subjectKind: 'cell' | 'cell_committee' | 'member'; subjectOrgId: string;
    subjectPersonId?: string; content: string; periodFrom: string; periodTo: string; team: string[] }) =>
    createItem(tx, don, {
      orgId: data.rootId, year, kind: v.kind, subjectKind: v.subjectKind, subjectOrgId: v.subjectOrgId, subjectPersonId: v.subjectPersonId ?? null,
      content: v.content, periodFrom: v.periodFrom, periodTo: v.periodTo, leadPersonId: P[v.team[0]], teamPersonIds: v.team.map((k) => P[k]),
    });
  const evening = (d: string) => new Date(`${d}T20:00:00+07:00`);
  const morning = (d: string) => new Date(`${d}T09:00:00+07:00`);

  const closed = (await item({
    kind: 'inspection', subjectKind: 'cell', subjectOrgId: cell['phieng-loi'],
    content: 'Việc thực hiện quy định về sinh hoạt chi bộ và chất lượng sinh hoạt chi bộ theo Hướng dẫn 42-HD/BTCTW',
    periodFrom: at(0.12), periodTo: at(0.3), team: ['hanh', 'tuan'],
  })).id;
  await decide(tx, don, closed, {
    decisionNo: 1, decisionDate: at(0.1),
    plan: 'Mục đích: đánh giá việc chuẩn bị, tổ chức và chất lượng sinh hoạt chi bộ; chỉ ra ưu điểm, hạn chế để khắc phục.\n' +
      'Phương pháp: chi bộ tự kiểm tra, báo cáo bằng văn bản; Đoàn nghiên cứu sổ biên bản, dự một buổi sinh hoạt, làm việc với chi ủy.\n' +
      'Thời gian: chi bộ gửi báo cáo trong 10 ngày kể từ ngày nhận quyết định; Đoàn làm việc tại chi bộ một ngày.',
  });
  await report(tx, don, closed, {
    report: 'Chi bộ sinh hoạt đều đặn vào ngày 10 hằng tháng; chi ủy họp trước để chuẩn bị nội dung. Sổ biên bản ghi đầy đủ.\n' +
      'Tồn tại: một số buổi sinh hoạt chưa đủ 90 phút; sinh hoạt chuyên đề quý I chưa tổ chức.',
    reportDate: at(0.16),
  });
  await findings(tx, don, closed, {
    findings: 'Chi bộ thực hiện đúng lịch sinh hoạt, nội dung bám sát nghị quyết của Đảng ủy xã.\n' +
      'Hạn chế: 3 buổi sinh hoạt dưới 90 phút; chưa sinh hoạt chuyên đề quý I; biên bản chưa ghi rõ ý kiến từng đảng viên.',
    findingsDate: at(0.22),
  });
  const concluded = await conclude(tx, don, closed, {
    strengths: 'Chi bộ duy trì nền nếp sinh hoạt đúng ngày 10 hằng tháng; chi ủy chuẩn bị nội dung chu đáo; tỷ lệ đảng viên dự sinh hoạt cao.',
    shortcomings: 'Một số buổi sinh hoạt chưa đủ thời lượng 90 phút; chưa tổ chức sinh hoạt chuyên đề quý I; biên bản chưa ghi rõ ý kiến của từng đảng viên.',
    requests: 'Chi bộ rút kinh nghiệm, bảo đảm thời lượng và nội dung sinh hoạt theo Hướng dẫn 42-HD/BTCTW.',
    noticeNo: 1, noticeDate: at(0.25),
    remedies: [
      { content: 'Tổ chức sinh hoạt chuyên đề bù quý I và bảo đảm mỗi quý ít nhất một chuyên đề', ownerName: name('truong'), ownerPersonId: P.truong, dueOn: at(0.4) },
      { content: 'Ghi biên bản đủ ý kiến của từng đảng viên phát biểu', ownerName: name('truong'), ownerPersonId: P.truong, dueOn: at(0.45) },
    ],
  }, morning(at(0.25)));
  const [r1, r2] = concluded.remedyList.map((r) => r.id);
  // The cell's secretary reports each remedy done; the committee verifies after checking the minutes book.
  await reportRemedy(tx, truong, closed, r1, 'Đã sinh hoạt chuyên đề về phát triển kinh tế hộ gia đình.', evening(at(0.38)));
  await reportRemedy(tx, truong, closed, r2, 'Biên bản các tháng gần đây ghi rõ tên và ý kiến người phát biểu.', evening(at(0.42)));
  const checked = 'Đoàn đã kiểm tra sổ biên bản, xác nhận đã khắc phục.';
  await verifyRemedy(tx, don, closed, r1, checked, morning(at(0.48)));
  await verifyRemedy(tx, don, closed, r2, checked, morning(at(0.5)));

  const coCu = (await item({
    kind: 'inspection', subjectKind: 'cell_committee', subjectOrgId: cell['co-cu'],
    content: 'Việc lãnh đạo công tác phát triển đảng viên và quản lý đảng viên của chi ủy',
    periodFrom: at(0.72), periodTo: at(0.9), team: ['manh', 'khay'],
  })).id;
  await decide(tx, don, coCu, {
    decisionNo: 2, decisionDate: at(0.7),
    plan: 'Mục đích: đánh giá việc tạo nguồn, bồi dưỡng quần chúng ưu tú và quản lý đảng viên dự bị.\n' +
      'Phương pháp: chi ủy báo cáo; Đoàn nghiên cứu hồ sơ, làm việc với chi ủy và một số đảng viên.',
  });
  await report(tx, don, coCu, {
    report: 'Chi ủy đã lập danh sách 4 quần chúng ưu tú, cử 2 quần chúng đi học lớp nhận thức về Đảng; kết nạp 1 đảng viên.',
    reportDate: at(0.78),
  });
  await findings(tx, don, coCu, {
    findings: 'Chi ủy quan tâm tạo nguồn phát triển đảng viên.\nHạn chế: chưa phân công đảng viên chính thức giúp đỡ quần chúng; ' +
      'hồ sơ đảng viên dự bị thiếu giấy chứng nhận lớp bồi dưỡng đảng viên mới.',
    findingsDate: at(0.85),
  });
  if (member) {
    const watched = (await item({
      kind: 'supervision', subjectKind: 'member', subjectOrgId: cell['huoi-pha'], subjectPersonId: member.person_id,
      content: 'Việc giữ gìn phẩm chất đạo đức, lối sống và thực hiện nhiệm vụ đảng viên nơi cư trú',
      periodFrom: at(0.92), periodTo: addDays(anchor, 30), team: ['dung', 'ngoc'],
    })).id;
    await decide(tx, don, watched, {
      decisionNo: 3, decisionDate: at(0.9),
      plan: 'Đoàn làm việc với chi ủy, đảng viên được giám sát và Ban công tác Mặt trận bản; đảng viên báo cáo bằng văn bản.',
    });
  }
  await item({
    kind: 'supervision', subjectKind: 'cell', subjectOrgId: cell['na-ngam'],
    content: 'Việc lãnh đạo thực hiện nghị quyết của chi bộ về xây dựng nông thôn mới',
    periodFrom: addDays(anchor, 20), periodTo: addDays(anchor, 50), team: ['thinh', 'chien'],
  });
}
