// A province-sized dataset generated straight into the database with set-based SQL: one province
// committee → communes (committees) → cells → members, memberships (a few former ones), positions,
// name history, and three accounts (admin, a commune leader, a cell secretary). Ids are derived from
// md5 of a key, so every table can be filled with INSERT … SELECT generate_series without a lookup.
// Only the names come from JS (the demo's name generator plus a wider Kinh list), folded with
// foldVietnamese into people.name_search exactly as the application does.
import { foldVietnamese } from '../src/domain/text';
import { hashPassword } from '../src/server/auth/password';
import type { Db } from '../src/server/db/index';
import { personName } from '../src/server/demo/names';
import { Rng } from '../src/server/demo/random';

export type ProvinceSize = { members: number; communes: number; cellsPerCommune: number };

export const BENCH_PASSWORD = 'bench-password-2025';
export const BENCH_USERS = { admin: 'bench-admin', leader: 'bench-leader', secretary: 'bench-secretary' } as const;

/** Communes of ~1,000 members with 30 cells each by default; smaller runs keep ~33 members a cell. */
export function provinceSize(members: number, communes?: number, cellsPerCommune = 30): ProvinceSize {
  const c = communes ?? Math.max(1, Math.round(members / 1000));
  // Every cell needs a secretary and a deputy, and commune 1 a secretary of its own (the leader account).
  if (members < 3 * c * cellsPerCommune) {
    throw new Error(`--members ${members} is too few for ${c} communes × ${cellsPerCommune} cells (at least 3 a cell)`);
  }
  return { members, communes: c, cellsPerCommune };
}

// Kinh names: the most common family names (with Trương, so that "truong" finds family and given
// names alike), middle and given names; Thái and Mông names come from the demo's generator.
const KINH_FAMILY: Record<string, number> = {
  'Nguyễn': 31, 'Trần': 11, 'Lê': 9, 'Phạm': 7, 'Hoàng': 5, 'Vũ': 4, 'Phan': 4, 'Đặng': 2, 'Bùi': 2, 'Đỗ': 2,
  'Ngô': 1.5, 'Hồ': 1.5, 'Dương': 1, 'Trương': 1.5, 'Đinh': 1, 'Lý': 0.5, 'Mai': 0.5, 'Đào': 0.5, 'Cao': 0.5, 'Hà': 0.5,
};
const KINH_MIDDLE = {
  male: ['Văn', 'Văn', 'Văn', 'Đức', 'Minh', 'Quang', 'Hữu', 'Xuân', 'Mạnh', 'Công', 'Ngọc', 'Đình', 'Thanh'],
  female: ['Thị', 'Thị', 'Thị', 'Thị', 'Thu', 'Thanh', 'Hồng', 'Ngọc', 'Minh', 'Kim', 'Phương'],
};
const KINH_GIVEN = {
  male: ['Hùng', 'Dũng', 'Tuấn', 'Hải', 'Long', 'Nam', 'Thắng', 'Quân', 'Cường', 'Hiếu', 'Tùng', 'Sơn', 'Bình', 'Phong',
    'Khánh', 'Trung', 'Đạt', 'Hưng', 'Thành', 'Toàn', 'Lực', 'Huy', 'Tiến', 'Kiên', 'Vinh', 'Nghĩa', 'Đông', 'Trường',
    'Tường', 'Lâm', 'Quyết', 'Chiến', 'Hòa', 'Thịnh', 'Phúc', 'An'],
  female: ['Hà', 'Lan', 'Hương', 'Huyền', 'Trang', 'Ngọc', 'Thủy', 'Hằng', 'Mai', 'Nga', 'Phương', 'Thảo', 'Linh', 'Hạnh',
    'Yến', 'Dung', 'Loan', 'Nhung', 'Oanh', 'Vân', 'Hiền', 'Tuyết', 'Giang', 'Trâm', 'Quỳnh', 'Xuân', 'Chi'],
};
const ETHNICITY = { Kinh: 50, 'Thái': 33, 'Mông': 12, 'Khơ Mú': 5 } as const;
const VILLAGES = ['Bản', 'Thôn', 'Xóm', 'Tổ dân phố'];
const COMMUNE_WORDS = ['Thanh', 'Minh', 'Tân', 'Phúc', 'Hòa', 'Bình', 'An', 'Mường', 'Chiềng', 'Nậm', 'Phiêng', 'Quảng',
  'Xuân', 'Hồng', 'Đông', 'Tây', 'Nam', 'Bắc', 'Lai', 'Sơn'];

type Person = { fullName: string; gender: 'male' | 'female'; ethnicity: string };

export function generatePeople(n: number, seed = 20250101): Person[] {
  const rng = new Rng(seed, 'bench-people');
  const people: Person[] = [];
  for (let i = 0; i < n; i++) {
    const gender = rng.chance(0.62) ? 'male' : 'female';
    const ethnicity = rng.weighted(ETHNICITY as Record<keyof typeof ETHNICITY, number>);
    let fullName: string;
    if (ethnicity === 'Kinh') {
      fullName = `${rng.weighted(KINH_FAMILY)} ${rng.pick(KINH_MIDDLE[gender])} ${rng.pick(KINH_GIVEN[gender])}`.normalize('NFC');
    } else {
      fullName = personName(rng, ethnicity, gender, new Set());
    }
    people.push({ fullName, gender, ethnicity });
  }
  return people;
}

const CHUNK = 5000;

export type LoadReport = {
  orgs: number; members: number; memberships: number; positions: number;
  seconds: { names: number; orgs: number; people: number; members: number; analyze: number; total: number };
};

/** Fills an empty, migrated database. The whole load is one transaction on one connection. */
export async function loadProvince(db: Db, size: ProvinceSize, log: (s: string) => void = () => undefined): Promise<LoadReport> {
  const t0 = performance.now();
  let last = t0;
  const lap = () => {
    const now = performance.now();
    const s = (now - last) / 1000;
    last = now;
    return s;
  };
  const people = generatePeople(size.members);
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const names = lap();
  const nCells = size.communes * size.cellsPerCommune;
  const seconds = { names, orgs: 0, people: 0, members: 0, analyze: 0, total: 0 };

  await db.tx(async (q) => {
    // Units. md5(key)::uuid gives a stable id; the path is built from the parents' ids.
    await q.query(
      `INSERT INTO orgs (id, parent_id, path, kind, name, place)
       VALUES (md5('org-root')::uuid, NULL, '/' || md5('org-root')::uuid || '/', 'committee', 'Đảng bộ tỉnh Bench', 'Tỉnh Bench')`,
    );
    await q.query(
      `INSERT INTO orgs (id, parent_id, path, kind, name, place)
       SELECT md5('commune-' || c)::uuid, md5('org-root')::uuid,
              '/' || md5('org-root')::uuid || '/' || md5('commune-' || c)::uuid || '/', 'committee',
              'Đảng bộ xã ' || ($2::text[])[1 + c % array_length($2::text[], 1)] || ' ' ||
                ($2::text[])[1 + (c * 7) % array_length($2::text[], 1)] || ' ' || c,
              'Xã số ' || c
         FROM generate_series(1, $1::int) c`,
      [size.communes, COMMUNE_WORDS],
    );
    await q.query(
      `INSERT INTO orgs (id, parent_id, path, kind, name, place)
       SELECT md5('cell-' || c || '-' || k)::uuid, md5('commune-' || c)::uuid,
              '/' || md5('org-root')::uuid || '/' || md5('commune-' || c)::uuid || '/' || md5('cell-' || c || '-' || k)::uuid || '/',
              'cell', 'Chi bộ ' || ($3::text[])[1 + k % array_length($3::text[], 1)] || ' ' || k, NULL
         FROM generate_series(1, $1::int) c, generate_series(1, $2::int) k`,
      [size.communes, size.cellsPerCommune, VILLAGES],
    );
    await q.query(`INSERT INTO org_names (org_id, name, valid_from) SELECT id, name, DATE '2020-10-01' FROM orgs`);
    seconds.orgs = lap();
    log(`  orgs: ${1 + size.communes + nCells} (${seconds.orgs.toFixed(1)} s)`);

    // People, in chunks of arrays (one statement per chunk; the trigram index is maintained as rows arrive).
    for (let i = 0; i < people.length; i += CHUNK) {
      const chunk = people.slice(i, i + CHUNK);
      await q.query(
        `INSERT INTO people (id, full_name, name_search, gender, ethnicity, birth_date, phone)
         SELECT md5('person-' || ($5::int + t.ord))::uuid, t.full_name, t.name_search, t.gender, t.ethnicity,
                DATE '1945-01-01' + ((($5::int + t.ord) * 7919) % 20000)::int,
                '09' || lpad(((($5::int + t.ord) * 104729) % 100000000)::text, 8, '0')
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) WITH ORDINALITY
                AS t(full_name, name_search, gender, ethnicity, ord)`,
        [chunk.map((p) => p.fullName), chunk.map((p) => foldVietnamese(p.fullName)), chunk.map((p) => p.gender),
          chunk.map((p) => p.ethnicity), i],
      );
    }
    seconds.people = lap();
    log(`  people: ${people.length} (${seconds.people.toFixed(1)} s)`);

    // Party records. Members arrive cell by cell, as an import would bring them: person n (1-based) sits
    // in cell floor((n-1)·cells/members) (0-based, 30 a commune); every 20th also has a former cell (the next one).
    const C = nCells;
    const M = size.members;
    const cellId = (idx: string) =>
      `md5('cell-' || (1 + (${idx}) / ${size.cellsPerCommune}) || '-' || (1 + (${idx}) % ${size.cellsPerCommune}))::uuid`;
    const cellIdx = (n: string) => `((${n} - 1)::bigint * ${C} / ${M})`;
    const firstOf = (i: string) => `((${i})::bigint * ${M} + ${C} - 1) / ${C} + 1`; // first person of cell i
    await q.query(
      `INSERT INTO members (person_id, card_no, admission_date, official_date, standing, state, theory_level, dues_category)
       SELECT md5('person-' || n)::uuid, 'B' || lpad(n::text, 8, '0'),
              DATE '1970-01-01' + ((n * 3571) % 19000)::int,
              CASE WHEN n % 13 = 0 THEN NULL ELSE DATE '1971-01-01' + ((n * 3571) % 19000)::int END,
              CASE WHEN n % 13 = 0 THEN 'probationary' ELSE 'official' END,
              CASE WHEN n % 29 = 0 THEN 'exempt' WHEN n % 97 = 0 THEN 'temp_exempt' ELSE 'active' END,
              (ARRAY['none', 'so_cap', 'trung_cap', 'cao_cap', 'cu_nhan'])[1 + (n * 31) % 5],
              (ARRAY['salaried', 'pensioner', 'working_age', 'outside_working_age'])[1 + (n * 17) % 4]
         FROM generate_series(1, $1::int) n`,
      [M],
    );
    await q.query(
      `INSERT INTO memberships (person_id, org_id, kind, started_on)
       SELECT md5('person-' || n)::uuid, ${cellId(cellIdx('n'))}, 'official', DATE '2015-01-01' + ((n * 613) % 3000)::int
         FROM generate_series(1, $1::int) n`,
      [M],
    );
    await q.query(
      `INSERT INTO memberships (person_id, org_id, kind, started_on, ended_on, end_reason)
       SELECT md5('person-' || n)::uuid, ${cellId(`(${cellIdx('n')} + 1) % ${C}`)}, 'official',
              DATE '2005-01-01' + ((n * 613) % 3000)::int, DATE '2015-01-01' + ((n * 613) % 3000)::int, 'Chuyển sinh hoạt'
         FROM generate_series(20, $1::int, 20) n`,
      [M],
    );
    // Positions: the first two members of each cell are its secretary and deputy; the third member of a
    // commune's first cell is the commune secretary.
    await q.query(
      `INSERT INTO positions (person_id, org_id, title, term_label, started_on)
       SELECT md5('person-' || (${firstOf('i')} + r))::uuid, ${cellId('i')},
              CASE r WHEN 0 THEN 'cell_secretary' ELSE 'cell_deputy' END, '2025-2030', DATE '2025-06-01'
         FROM generate_series(0, ${C - 1}) i, generate_series(0, 1) r`,
    );
    await q.query(
      `INSERT INTO positions (person_id, org_id, title, term_label, started_on)
       SELECT md5('person-' || (${firstOf(`(c - 1) * ${size.cellsPerCommune}`)} + 2))::uuid, md5('commune-' || c)::uuid,
              'commune_secretary', '2025-2030', DATE '2025-09-01'
         FROM generate_series(1, ${size.communes}) c`,
    );

    // Accounts: the admin (no person), commune 1's secretary as its leader, cell 1-1's secretary.
    const leaderPerson = 3;
    const admin = await q.one<{ id: string }>(
      `INSERT INTO accounts (username, password_hash) VALUES ($1, $2) RETURNING id`, [BENCH_USERS.admin, passwordHash]);
    await q.query(`INSERT INTO grants (account_id, role, org_id) VALUES ($1, 'admin', NULL)`, [admin!.id]);
    const leader = await q.one<{ id: string }>(
      `INSERT INTO accounts (person_id, username, password_hash) VALUES (md5('person-' || $3::int)::uuid, $1, $2) RETURNING id`,
      [BENCH_USERS.leader, passwordHash, leaderPerson]);
    await q.query(`INSERT INTO grants (account_id, role, org_id) VALUES ($1, 'leader', md5('commune-1')::uuid)`, [leader!.id]);
    const secretary = await q.one<{ id: string }>(
      `INSERT INTO accounts (person_id, username, password_hash)
       SELECT ps.person_id, $1, $2 FROM positions ps
        WHERE ps.org_id = md5('cell-1-1')::uuid AND ps.title = 'cell_secretary' RETURNING id`,
      [BENCH_USERS.secretary, passwordHash]);
    await q.query(
      `INSERT INTO grants (account_id, role, org_id) VALUES ($1, 'secretary', md5('cell-1-1')::uuid), ($1, 'member', md5('cell-1-1')::uuid)`,
      [secretary!.id]);
    seconds.members = lap();
    log(`  members, memberships, positions, accounts (${seconds.members.toFixed(1)} s)`);
  });
  // Statistics, as autovacuum would gather them on PostgreSQL (PGlite has no autovacuum).
  await db.exec('ANALYZE');
  seconds.analyze = lap();
  seconds.total = (performance.now() - t0) / 1000;
  const counts = await db.one<{ orgs: number; memberships: number; positions: number }>(
    `SELECT (SELECT count(*) FROM orgs) AS orgs, (SELECT count(*) FROM memberships) AS memberships,
            (SELECT count(*) FROM positions) AS positions`);
  return { orgs: counts!.orgs, members: size.members, memberships: counts!.memberships, positions: counts!.positions, seconds };
}
