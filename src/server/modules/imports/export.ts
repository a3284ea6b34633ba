import type { Queryable } from '../../db/index';
import { getOrg } from '../orgs/service';
import { buildExport, slugify } from './xlsx';
import * as sql from './queries';
import { presentExportMember } from './presenters';

/** The members of a unit and its subtree as an XLSX file (current members; former too when asked). */
export async function exportMembers(db: Queryable, orgId: string, includeFormer: boolean) {
  const org = await getOrg(db, orgId);
  const rows = await sql.selectExportRows(db, org.path, includeFormer);
  const members = rows.map(presentExportMember);
  const buffer = await buildExport(members, `Danh sách đảng viên — ${org.name}`);
  return {
    buffer,
    fileName: `dang-vien-${slugify(org.name)}.xlsx`,
    unicodeName: `Đảng viên - ${org.name}.xlsx`,
    count: members.length,
  };
}
