// The demo commune's year-end reviews (QĐ 366-QĐ/TW, HD 43-HD/BTCTW): last year's complete — every cell, cell
// committee and member self-reviewed, proposed and decided within the 20% quota — and this year's opened, with a few
// self-reviews and proposals written in Phiêng Lơi. Through the reviews module's batch (history.ts: the rules of the
// steps, checked on the whole year, written set-wise), as the commune secretary (pqdon); the facts are read live.
import { joinTx, type Db, type Queryable } from '../db/index';
import type { ReviewLevel } from '../../domain/year/review';
import { recordReviews, reviewSubjects, type PastReview } from '../modules/reviews/history';
import type { DemoData } from './types';
import { actorOf } from './actors';
import { lastHeldMeetingDate } from './calendar';

const SCORE: Record<ReviewLevel, number> = { excellent: 92, good: 82, completed: 62, not_completed: 45 };
const SELF_MEMBER = 'Chấp hành nghiêm chủ trương của Đảng, chính sách, pháp luật của Nhà nước; dự sinh hoạt chi bộ đầy đủ, đóng đảng phí đúng quy định; gương mẫu ở nơi cư trú.';
const SELF_CELL = 'Chi bộ duy trì sinh hoạt thường kỳ đúng ngày, tổ chức sinh hoạt chuyên đề hằng quý; lãnh đạo thực hiện nhiệm vụ chính trị của bản.';

export async function insertReviewsDemo(db: Db, q: Queryable, data: DemoData): Promise<void> {
  const lastDay = lastHeldMeetingDate(data);
  if (!lastDay) return;
  const year = Number(lastDay.slice(0, 4));
  const prev = year - 1;
  const tx = joinTx(db, q);
  const don = await actorOf(q, data, 'pqdon');
  const pl = data.cellIds['phieng-loi'];
  // Phiêng Lơi first, then the order the lists show (cells by name, members by name): members and units counted apart.
  const ranked = (subjects: Awaited<ReturnType<typeof reviewSubjects>>, members: boolean) => {
    const mine = subjects.filter((s) => (s.kind === 'member') === members);
    return [...mine.filter((s) => s.orgId === pl), ...mine.filter((s) => s.orgId !== pl)];
  };

  // Last year, decided: about one in ten members and two cells "xuất sắc" (within 20% of those at least "tốt").
  const last = await reviewSubjects(q, data.rootId, prev);
  const decided: PastReview[] = [true, false].flatMap((members) => ranked(last, members).map((s, i): PastReview => {
    const rn = i + 1;
    const level: ReviewLevel = members
      ? (rn % 10 === 1 ? 'excellent' : rn === 57 ? 'not_completed' : rn % 23 === 7 ? 'completed' : 'good')
      : (rn === 1 || rn === 9 ? 'excellent' : rn === 20 ? 'completed' : 'good');
    return {
      ...s,
      self: { text: members ? SELF_MEMBER : SELF_CELL, score: SCORE[level], level, at: new Date(`${prev}-12-10T20:00:00+07:00`) },
      proposal: {
        comments: level === 'not_completed' ? 'Vắng sinh hoạt nhiều lần không có lý do, chưa hoàn thành nhiệm vụ được giao.' : 'Chi bộ nhất trí với bản tự kiểm điểm.',
        score: SCORE[level], level, at: new Date(`${prev}-12-15T20:00:00+07:00`),
      },
      decision: { level, at: new Date(`${prev}-12-28T09:00:00+07:00`) },
    };
  }));
  await recordReviews(tx, don, data.rootId, prev, decided);

  // This year, opened; in Phiêng Lơi five members have written their self-review (the evening after the last meeting)
  // and the cell has proposed for two.
  const written = new Date(`${lastDay}T20:00:00+07:00`);
  const now = (await reviewSubjects(q, data.rootId, year)).filter((s) => s.kind === 'member' && s.orgId === pl).slice(0, 5);
  await recordReviews(tx, don, data.rootId, year, now.map((s, i): PastReview => ({
    ...s,
    self: {
      text: 'Giữ vững lập trường tư tưởng, chấp hành nghị quyết của chi bộ; tham gia đầy đủ các buổi sinh hoạt; vận động gia đình thực hiện tốt quy ước của bản.',
      score: 85, level: 'good', at: written,
    },
    ...(i < 2 ? { proposal: { comments: 'Chi bộ nhất trí, đồng chí gương mẫu trong phong trào xây dựng nông thôn mới.', score: 84, level: 'good' as const, at: written } } : {}),
  })));
}
