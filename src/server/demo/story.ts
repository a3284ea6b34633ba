// The fixed part of the demo: the commune of the 2022 Điện Biên report (DOMAIN.md), its 19 cells and
// the people the story names. Everything here stays the same whatever the seed.
import type { DuesCategory, MemberState, PositionTitle, Standing, TheoryLevel } from './types';

/**
 * The default "today" of the demo (generateDemo's anchor): probation, ages, the latest dates and the
 * meeting history are measured from the anchor. Tests use this one; the app anchors on todayVn().
 */
export const DEMO_TODAY = '2026-11-01';
export const COMMUNE_TERM = '2025–2030';
export const CELL_TERM = '2025–2027';
/** The day Phiêng Lơi's congress opened its 2025–2027 term: its document numbers restart from 01 there. */
export const PHIENG_LOI_TERM_START = '2025-04-20';

export const ROOT = {
  name: 'Đảng bộ xã Thanh Minh',
  place: 'Thanh Minh',
  foundedOn: '1961-02-03',
  // Thanh Minh's villages are a mountainous area for party dues (QĐ 342-QĐ/TW: 4,000 đ a month): a setting, not an assumption.
  // The commune has its cells number their documents by year (numbering by term, HD 36-HD/VPTW, is the default).
  settings: { meetingDay: 3, meetingTime: '19:30', duesArea: 'mountainous', numberingBy: 'year' },
};

export type CellType = 'village' | 'street' | 'office';
export type Ethnicity = 'Thái' | 'Kinh' | 'Mông' | 'Khơ Mú';

export interface CellSpec {
  key: string;
  name: string;
  /** Where the cell meets and what its members' addresses say. */
  place: string;
  type: CellType;
  /** Current members (official memberships of active, exempt and temp_exempt members). */
  size: number;
  foundedOn: string;
  settings: Record<string, unknown>;
  ethnicity: Partial<Record<Ethnicity, number>>;
  femaleShare: number;
  formerName?: { name: string; validTo: string };
}

const THAI_VILLAGE = { Thái: 92, Kinh: 5, 'Khơ Mú': 3 };
const OFFICE = { Kinh: 55, Thái: 37, Mông: 8 };

function village(key: string, bản: string, size: number, extra: Partial<CellSpec> = {}): CellSpec {
  return {
    key, name: `Chi bộ bản ${bản}`, place: `Bản ${bản}`, type: 'village', size, foundedOn: '1965-03-01', settings: {},
    ethnicity: THAI_VILLAGE, femaleShare: 0.35, ...extra,
  };
}

function office(key: string, name: string, size: number, extra: Partial<CellSpec> = {}): CellSpec {
  return {
    key, name, place: 'Trụ sở Đảng ủy – HĐND – UBND xã Thanh Minh', type: 'office', size, foundedOn: '1976-01-01',
    settings: { meetingTime: '14:00' }, ethnicity: OFFICE, femaleShare: 0.35, ...extra,
  };
}

function street(key: string, tổ: string, size: number): CellSpec {
  return {
    key, name: `Chi bộ tổ dân phố ${tổ}`, place: `Tổ dân phố ${tổ}`, type: 'street', size, foundedOn: '2008-01-01',
    settings: {}, ethnicity: { Kinh: 70, Thái: 30 }, femaleShare: 0.4,
  };
}

/** The 19 cells; sizes add up to the report's 229 members. */
export const CELLS: CellSpec[] = [
  village('phieng-loi', 'Phiêng Lơi', 22, {
    foundedOn: '1963-05-19',
    // Phiêng Lơi numbers its minutes and resolutions within its term (HD 36-HD/VPTW), from its 2025–2027 congress.
    settings: { meetingDay: 10, meetingTime: '19:30', numberingBy: 'term', termStart: PHIENG_LOI_TERM_START },
  }),
  village('tau', 'Tâu', 15),
  village('pa-pom', 'Pa Pốm', 13),
  village('hong-liu', 'Hồng Líu', 12),
  village('huoi-pha', 'Huổi Phạ', 8),
  village('co-cu', 'Co Củ', 14),
  village('xom', 'Xôm', 11),
  village('loong-luong', 'Loọng Luông', 9),
  village('pung-tom', 'Púng Tôm', 16),
  village('na-ngam', 'Nà Ngấm', 12, { formerName: { name: 'Chi bộ đội 6', validTo: '2023-06-30' } }),
  village('ke-nenh', 'Kê Nênh', 13),
  village('na-hai', 'Na Hai', 10),
  village('huoi-long', 'Huổi Lóng', 15, { ethnicity: { 'Khơ Mú': 60, Thái: 38, Kinh: 2 } }),
  street('doc-lap', 'Độc Lập', 12),
  street('thanh-binh', 'Thanh Bình', 10),
  office('co-quan', 'Chi bộ Cơ quan xã', 16),
  office('truong', 'Chi bộ Trường Tiểu học Thanh Minh', 9, {
    place: 'Trường Tiểu học Thanh Minh', foundedOn: '1997-09-05', femaleShare: 0.7, ethnicity: { Kinh: 60, Thái: 40 },
  }),
  office('cong-an', 'Chi bộ Công an xã', 7, { place: 'Trụ sở Công an xã Thanh Minh', foundedOn: '2020-03-01', femaleShare: 0.1 }),
  office('quan-su', 'Chi bộ Quân sự xã', 5, { place: 'Ban Chỉ huy Quân sự xã Thanh Minh', foundedOn: '2004-01-01', femaleShare: 0 }),
];

export const TOTAL_MEMBERS = 229;

export interface StoryPerson {
  key: string;
  fullName: string;
  gender: 'male' | 'female';
  birthDate: string;
  ethnicity: Ethnicity;
  cell: string;
  /** A date, or for a recent admission: at the cell's meeting (on `day`) `monthsBefore` months before today's month. */
  admissionDate: string | { monthsBefore: number; day: number };
  standing: Standing;
  state: MemberState;
  theory: TheoryLevel;
  dues: DuesCategory;
  education: string;
  /** Their work, shown as the person's note. */
  note: string | null;
  exempted?: { on: string; reason: string };
}

const p = (s: Omit<StoryPerson, 'standing' | 'state'> & Partial<StoryPerson>): StoryPerson => ({
  standing: 'official', state: 'active', ...s,
});

export const STORY_PEOPLE: StoryPerson[] = [
  p({ key: 'don', fullName: 'Phạm Quang Đôn', gender: 'male', birthDate: '1971-04-12', ethnicity: 'Kinh', cell: 'co-quan',
    admissionDate: '1996-05-19', theory: 'cao_cap', dues: 'salaried', education: 'Đại học', note: 'Bí thư Đảng ủy xã' }),
  p({ key: 'thinh', fullName: 'Lò Văn Thịnh', gender: 'male', birthDate: '1975-08-20', ethnicity: 'Thái', cell: 'co-quan',
    admissionDate: '1999-12-22', theory: 'cao_cap', dues: 'salaried', education: 'Đại học',
    note: 'Phó Bí thư Thường trực Đảng ủy, Chủ tịch HĐND xã' }),
  p({ key: 'hanh', fullName: 'Nguyễn Thị Hạnh', gender: 'female', birthDate: '1980-02-14', ethnicity: 'Kinh', cell: 'co-quan',
    admissionDate: '2004-09-02', theory: 'trung_cap', dues: 'salaried', education: 'Đại học', note: 'Chủ tịch UBND xã' }),
  p({ key: 'manh', fullName: 'Trần Đức Mạnh', gender: 'male', birthDate: '1984-10-05', ethnicity: 'Kinh', cell: 'cong-an',
    admissionDate: '2006-03-26', theory: 'trung_cap', dues: 'salaried', education: 'Đại học', note: 'Trưởng Công an xã' }),
  p({ key: 'dung', fullName: 'Quàng Văn Dũng', gender: 'male', birthDate: '1982-06-30', ethnicity: 'Thái', cell: 'quan-su',
    admissionDate: '2003-12-22', theory: 'trung_cap', dues: 'salaried', education: 'Cao đẳng',
    note: 'Chỉ huy trưởng Ban Chỉ huy Quân sự xã' }),
  p({ key: 'khay', fullName: 'Tòng Văn Khay', gender: 'male', birthDate: '1978-11-11', ethnicity: 'Thái', cell: 'co-quan',
    admissionDate: '2001-05-19', theory: 'trung_cap', dues: 'salaried', education: 'Đại học', note: 'Chủ tịch Hội Nông dân xã' }),
  p({ key: 'tuan', fullName: 'Bùi Văn Tuấn', gender: 'male', birthDate: '1979-03-03', ethnicity: 'Kinh', cell: 'truong',
    admissionDate: '2005-11-20', theory: 'trung_cap', dues: 'salaried', education: 'Đại học',
    note: 'Hiệu trưởng Trường Tiểu học Thanh Minh' }),
  p({ key: 'ngoc', fullName: 'Lò Thị Ngọc', gender: 'female', birthDate: '1986-09-09', ethnicity: 'Thái', cell: 'co-quan',
    admissionDate: '2009-03-08', theory: 'trung_cap', dues: 'salaried', education: 'Đại học', note: 'Chủ tịch Hội Liên hiệp Phụ nữ xã' }),
  p({ key: 'chien', fullName: 'Vì Văn Chiến', gender: 'male', birthDate: '1970-01-25', ethnicity: 'Thái', cell: 'tau',
    admissionDate: '1994-02-03', theory: 'trung_cap', dues: 'working_age', education: '12/12', note: 'Trưởng bản Tâu' }),
  p({ key: 'huyen', fullName: 'Hoàng Thu Huyền', gender: 'female', birthDate: '1990-12-02', ethnicity: 'Kinh', cell: 'co-quan',
    admissionDate: '2014-06-16', theory: 'so_cap', dues: 'salaried', education: 'Đại học', note: 'Văn phòng Đảng ủy xã' }),
  p({ key: 'truong', fullName: 'Lường Văn Trường', gender: 'male', birthDate: '1967-07-15', ethnicity: 'Thái', cell: 'phieng-loi',
    admissionDate: '1992-09-02', theory: 'trung_cap', dues: 'working_age', education: '12/12', note: null }),
  p({ key: 'thoan', fullName: 'Lường Thị Thoan', gender: 'female', birthDate: '1985-05-20', ethnicity: 'Thái', cell: 'phieng-loi',
    admissionDate: '2010-03-08', theory: 'so_cap', dues: 'working_age', education: '12/12', note: 'Chi hội trưởng Chi hội Phụ nữ' }),
  p({ key: 'un', fullName: 'Quàng Văn Ún', gender: 'male', birthDate: '1974-03-18', ethnicity: 'Thái', cell: 'phieng-loi',
    admissionDate: '1998-05-19', theory: 'so_cap', dues: 'working_age', education: '9/12', note: 'Trưởng bản Phiêng Lơi' }),
  p({ key: 'huong', fullName: 'Cà Thị Hương', gender: 'female', birthDate: '1981-10-08', ethnicity: 'Thái', cell: 'phieng-loi',
    admissionDate: '2007-10-20', theory: 'so_cap', dues: 'working_age', education: '12/12', note: null }),
  p({ key: 'pom', fullName: 'Lò Văn Pọm', gender: 'male', birthDate: '1946-02-10', ethnicity: 'Thái', cell: 'phieng-loi',
    admissionDate: '1968-08-19', state: 'exempt', theory: 'so_cap', dues: 'pensioner', education: '7/10',
    note: 'Nguyên Chủ tịch UBND xã', exempted: { on: '2021-03-10',
      reason: 'Tuổi cao, sức khỏe yếu; tự nguyện xin miễn công tác và sinh hoạt đảng, chi bộ đã ra nghị quyết đồng ý' } }),
  p({ key: 'suong', fullName: 'Lường Thị Sương', gender: 'female', birthDate: '1999-06-21', ethnicity: 'Thái', cell: 'phieng-loi',
    admissionDate: { monthsBefore: 8, day: 10 }, standing: 'probationary', theory: 'none', dues: 'working_age', education: '12/12',
    note: 'Bí thư Chi đoàn bản' }),
];

/** Positions on the commune committee (the root). since = when they took the post. */
export const COMMUNE_ROLES: { person: string; title: PositionTitle; since: string }[] = [
  { person: 'don', title: 'commune_secretary', since: '2015-07-24' },
  { person: 'thinh', title: 'commune_deputy', since: '2020-07-16' },
  { person: 'hanh', title: 'standing_committee', since: '2020-07-16' },
  { person: 'manh', title: 'standing_committee', since: '2021-04-01' },
  { person: 'dung', title: 'standing_committee', since: '2020-07-16' },
  { person: 'khay', title: 'committee_member', since: '2020-07-16' },
  { person: 'tuan', title: 'committee_member', since: '2020-07-16' },
  { person: 'ngoc', title: 'committee_member', since: '2025-08-20' },
  { person: 'chien', title: 'committee_member', since: '2015-07-24' },
];

/** Cell positions the story fixes; the others are drawn from each cell's members. */
export const STORY_CELL_ROLES: { person: string; cell: string; title: PositionTitle; since: string }[] = [
  { person: 'truong', cell: 'phieng-loi', title: 'cell_secretary', since: '2015-04-20' },
  { person: 'un', cell: 'phieng-loi', title: 'cell_deputy', since: '2020-04-15' },
  { person: 'huong', cell: 'phieng-loi', title: 'cell_committee', since: '2022-05-10' },
  { person: 'thinh', cell: 'co-quan', title: 'cell_secretary', since: '2020-08-05' },
  { person: 'manh', cell: 'cong-an', title: 'cell_secretary', since: '2021-04-10' },
  { person: 'dung', cell: 'quan-su', title: 'cell_secretary', since: '2017-05-12' },
  { person: 'tuan', cell: 'truong', title: 'cell_secretary', since: '2017-09-15' },
  { person: 'chien', cell: 'tau', title: 'cell_secretary', since: '2012-04-18' },
];

/** Committee members in charge of cells (đảng ủy viên phụ trách chi bộ): each cell exactly once. */
export const OVERSEERS: Record<string, string[]> = {
  don: ['cong-an', 'quan-su'],
  thinh: ['tau', 'pung-tom'],
  hanh: ['truong', 'doc-lap', 'thanh-binh'],
  manh: ['co-quan', 'xom'],
  dung: ['loong-luong', 'na-ngam'],
  khay: ['phieng-loi', 'huoi-pha', 'co-cu'],
  tuan: ['pa-pom', 'hong-liu'],
  ngoc: ['ke-nenh', 'na-hai'],
  chien: ['huoi-long'],
};
export const OVERSEERS_SINCE = '2025-09-01';

/** Members who changed place: two transfers between cells in 2024 and two who left the commune's count. */
export const TRANSFERS = [
  { from: 'tau', to: 'doc-lap', on: '2024-04-10', reason: 'Chuyển nơi cư trú về tổ dân phố Độc Lập' },
  { from: 'hong-liu', to: 'co-quan', on: '2024-09-03', reason: 'Được tuyển dụng công chức xã, chuyển sinh hoạt về Chi bộ Cơ quan xã' },
];
export const TRANSFERRED_OUT = {
  cell: 'na-ngam', on: '2022-09-15',
  reason: 'Chuyển sinh hoạt đảng chính thức về Đảng bộ phường Nam Thanh, TP. Điện Biên Phủ',
};
export const DECEASED = { cell: 'co-cu', on: '2024-11-18', reason: 'Từ trần' };

/** Extra statuses spread over the generated members of other cells (Phiêng Lơi's are story people). */
export const STATUS_QUOTAS = { probationary: 8, exempt: 6, temp_exempt: 2 };
