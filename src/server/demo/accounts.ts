// Section: demo accounts and their grants. The password hash is not part of the generated data
// (hashing is slow); loadDemo hashes DEMO_PASSWORD once and uses it for every account.
import { Rng } from './random';
import { OVERSEERS } from './story';
import type { AccountRow, DemoRole, GrantRow, OrgRow } from './types';

export const DEMO_PASSWORD = 'chibo-demo';

export interface DemoAccount {
  username: string;
  /** The account's main role (some accounts hold a second grant, e.g. the secretary is also a member). */
  role: DemoRole;
  /** Story key of the person (see DemoData.storyPeople), null for the system administrator. */
  person: string | null;
  fullName: string | null;
  description: string;
}

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', role: 'admin', person: null, fullName: null,
    description: 'Quản trị hệ thống: tài khoản, phân quyền, cài đặt (không gắn với đảng viên nào)' },
  { username: 'pqdon', role: 'leader', person: 'don', fullName: 'Phạm Quang Đôn',
    description: 'Bí thư Đảng ủy xã Thanh Minh: xem và chỉ đạo toàn Đảng bộ (19 chi bộ)' },
  { username: 'vanphong', role: 'leader', person: 'huyen', fullName: 'Hoàng Thu Huyền',
    description: 'Cán bộ Văn phòng Đảng ủy xã: quản lý hồ sơ đảng viên và chi bộ toàn Đảng bộ' },
  { username: 'tvkhay', role: 'overseer', person: 'khay', fullName: 'Tòng Văn Khay',
    description: 'Đảng ủy viên phụ trách Chi bộ bản Phiêng Lơi, bản Huổi Phạ và bản Co Củ' },
  { username: 'lvtruong', role: 'secretary', person: 'truong', fullName: 'Lường Văn Trường',
    description: 'Bí thư Chi bộ bản Phiêng Lơi (22 đảng viên, sinh hoạt ngày 10 hằng tháng)' },
  { username: 'ltthoan', role: 'member', person: 'thoan', fullName: 'Lường Thị Thoan',
    description: 'Đảng viên Chi bộ bản Phiêng Lơi' },
];

/** Where each account's grants apply: 'root', a cell key, or null for the admin's system grant. */
const GRANTS: Record<string, { role: DemoRole; on: string | null }[]> = {
  admin: [{ role: 'admin', on: null }],
  pqdon: [{ role: 'leader', on: 'root' }],
  vanphong: [{ role: 'leader', on: 'root' }],
  tvkhay: OVERSEERS.khay.map((cell) => ({ role: 'overseer' as const, on: cell })),
  lvtruong: [{ role: 'secretary', on: 'phieng-loi' }, { role: 'member', on: 'phieng-loi' }],
  ltthoan: [{ role: 'member', on: 'phieng-loi' }],
};

export function generateAccounts(
  seed: number, root: OrgRow, cells: Record<string, OrgRow>, storyPeople: Record<string, string>,
): { accounts: AccountRow[]; grants: GrantRow[] } {
  const rng = new Rng(seed, 'accounts');
  const accounts: AccountRow[] = [];
  const grants: GrantRow[] = [];
  for (const a of DEMO_ACCOUNTS) {
    const id = rng.uuid();
    accounts.push({ id, person_id: a.person ? storyPeople[a.person] : null, username: a.username, locale: 'vi', must_change_password: false });
    for (const g of GRANTS[a.username]) {
      const orgId = g.on === null ? null : g.on === 'root' ? root.id : cells[g.on].id;
      grants.push({ id: rng.uuid(), account_id: id, role: g.role, org_id: orgId });
    }
  }
  return { accounts, grants };
}
