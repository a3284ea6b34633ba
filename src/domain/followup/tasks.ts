// Tasks that follow a cell's resolution or the commune committee's direction: each has who does it and by when,
// each unit (mass organizations, police officer, militia leader included) reports monthly, and the next meeting
// reviews them (the Thanh Minh commune report, 2022, in the domain guide's "Follow-through").
import { foldVietnamese } from '../text';
import { isIsoDate, type IsoDate } from '../dates';

export const TASK_STATUSES = ['open', 'in_progress', 'done', 'overdue', 'dropped'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];
/** What is stored: 'overdue' is never stored, it is an open or in-progress task past its due date. */
export type StoredTaskStatus = Exclude<TaskStatus, 'overdue'>;
export const OWNER_KINDS = ['member', 'cell', 'cell_committee', 'partner'] as const;
export type OwnerKind = (typeof OWNER_KINDS)[number];

/** The status a person sees on a given day. A regular task (no due date) is never overdue. */
export function taskStatusOn(stored: StoredTaskStatus, due: IsoDate | null, today: IsoDate): TaskStatus {
  if ((stored === 'open' || stored === 'in_progress') && due !== null && due < today) return 'overdue';
  return stored;
}

/**
 * A due date written in a resolution: 'YYYY-MM-DD', 'dd/mm/yyyy' or 'd/m/yyyy'; "thường xuyên" (or anything
 * that is not a date, such as "trong quý IV") is a regular task with no date.
 */
export function parseDue(text: string | undefined | null): IsoDate | null {
  const s = (text ?? '').trim();
  if (isIsoDate(s)) return s;
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m) {
    const iso = `${m[3]}-${m[2].padStart(2, '0')}-${m[1].padStart(2, '0')}`;
    if (isIsoDate(iso)) return iso;
  }
  return null;
}

/** Words in an assignee's text that name a kind of partner unit (a village's mass organizations, police, militia). */
const PARTNER_WORDS: Record<string, string[]> = {
  women: ['phu nu'], farmers: ['nong dan'], youth: ['thanh nien', 'chi doan'], veterans: ['cuu chien binh'],
  front: ['mat tran'], police: ['cong an'], militia: ['thon doi', 'dan quan'], village_head: ['truong ban', 'truong thon', 'to truong'],
};

export type OwnerCandidates = {
  members: { personId: string; fullName: string }[];
  partners: { id: string; kind: string; name: string }[];
};
export type MatchedOwner = { kind: OwnerKind; personId?: string; partnerId?: string };

/**
 * Who a resolution's task falls to, from the text the secretary wrote ("đồng chí Lò Văn Minh", "Chi hội Phụ nữ",
 * "Chi ủy", "Đảng viên trong chi bộ"): a member of the cell named in it, a partner unit of the cell of the kind named,
 * the cell committee, or else the cell as a whole.
 */
export function matchOwner(assignee: string, c: OwnerCandidates): MatchedOwner {
  const a = ` ${foldVietnamese(assignee)} `;
  const member = c.members
    .filter((m) => a.includes(` ${foldVietnamese(m.fullName)} `))
    .sort((x, y) => y.fullName.length - x.fullName.length)[0];
  if (member) return { kind: 'member', personId: member.personId };
  const byName = c.partners.find((p) => a.includes(` ${foldVietnamese(p.name)} `) || ` ${foldVietnamese(p.name)} `.includes(a));
  if (byName) return { kind: 'partner', partnerId: byName.id };
  for (const p of c.partners) {
    if ((PARTNER_WORDS[p.kind] ?? []).some((w) => a.includes(` ${w} `) || a.includes(` ${w}`))) return { kind: 'partner', partnerId: p.id };
  }
  if (/\b(chi uy|cap uy|ban chi uy)\b/.test(a)) return { kind: 'cell_committee' };
  return { kind: 'cell' };
}

/** A month 'YYYY-MM' and whether a date falls in it. */
export const inMonth = (d: IsoDate | null, month: string) => d !== null && d.slice(0, 7) === month;
