import type { ExportMember } from './xlsx';
import type { ExportRow } from './queries';

/** A member as the export writes them: a member who left this subtree but is still a member elsewhere is "transferred". */
export function presentExportMember(r: ExportRow): ExportMember {
  return {
    fullName: r.full_name, birthDate: r.birth_date, gender: r.gender, ethnicity: r.ethnicity, religion: r.religion,
    phone: r.phone, citizenId: r.citizen_id, address: r.address, education: r.education, cardNo: r.card_no,
    admissionDate: r.admission_date, officialDate: r.official_date, standing: r.standing, theoryLevel: r.theory_level,
    duesCategory: r.dues_category, orgName: r.org_name,
    // Left this subtree but still a member elsewhere: shown as transferred.
    state: r.ended_on && ['active', 'exempt', 'temp_exempt'].includes(r.state) ? 'transferred_out' : r.state,
    positions: r.ended_on ? [] : r.positions ?? [],
  };
}
