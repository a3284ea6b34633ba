import { describe, expect, it } from 'vitest';
import { openPglite } from '../db/index';
import { migrate } from '../db/migrate';
import { verifyPassword } from '../auth/password';
import { countCurrentMembers, DEMO_ACCOUNTS, DEMO_PASSWORD, generateDemo, loadDemo, type DemoData } from './index';

const CURRENT_STATES = ['active', 'exempt', 'temp_exempt'];

function currentMembersByOrg(d: DemoData): Map<string, string[]> {
  const open = new Map(d.memberships.filter((m) => m.ended_on === null && m.kind === 'official').map((m) => [m.person_id, m.org_id]));
  const out = new Map<string, string[]>();
  for (const m of d.members) {
    const org = open.get(m.person_id);
    if (org && CURRENT_STATES.includes(m.state)) out.set(org, [...(out.get(org) ?? []), m.person_id]);
  }
  return out;
}

const personName = (d: DemoData, id: string) => d.people.find((p) => p.id === id)!.full_name;
const cellByName = (d: DemoData, name: string) => d.orgs.find((o) => o.name === name)!;

describe('generateDemo', () => {
  const d = generateDemo();

  it('is deterministic, and another seed draws other members around the same story', () => {
    expect(generateDemo()).toEqual(d);
    expect(generateDemo(20220110)).toEqual(d);
    const other = generateDemo(7);
    const names = (x: DemoData) => x.people.map((p) => p.full_name).sort();
    expect(names(other)).not.toEqual(names(d));
    expect(other.orgs.map((o) => o.name)).toEqual(d.orgs.map((o) => o.name));
    expect(countCurrentMembers(other)).toBe(229);
    const pl = cellByName(other, 'Chi bộ bản Phiêng Lơi');
    expect(currentMembersByOrg(other).get(pl.id)).toHaveLength(22);
    const sec = other.positions.find((p) => p.org_id === pl.id && p.title === 'cell_secretary')!;
    expect(personName(other, sec.person_id)).toBe('Lường Văn Trường');
  });

  it('has the root committee with 19 cells under it and 229 members', () => {
    const root = d.orgs.find((o) => o.parent_id === null)!;
    expect(root).toMatchObject({ kind: 'committee', name: 'Đảng bộ xã Thanh Minh', place: 'Thanh Minh' });
    expect(root.settings).toEqual({ meetingDay: 3, meetingTime: '19:30', duesArea: 'mountainous', numberingBy: 'year' });
    expect(root.path).toBe(`/${root.id}/`);
    const cells = d.orgs.filter((o) => o.kind === 'cell');
    expect(cells).toHaveLength(19);
    for (const c of cells) {
      expect(c.parent_id).toBe(root.id);
      expect(c.path).toBe(`/${root.id}/${c.id}/`);
    }
    expect(countCurrentMembers(d)).toBe(229);
    const byOrg = currentMembersByOrg(d);
    expect([...byOrg.values()].reduce((s, l) => s + l.length, 0)).toBe(229);
    for (const c of cells) expect(byOrg.get(c.id)!.length).toBeGreaterThanOrEqual(5);
  });

  it('has Phiêng Lơi: 22 members, Lường Văn Trường as secretary, meeting on the 10th', () => {
    const pl = cellByName(d, 'Chi bộ bản Phiêng Lơi');
    expect(pl.settings).toEqual({ meetingDay: 10, meetingTime: '19:30', numberingBy: 'term', termStart: '2025-04-20' });
    const ids = currentMembersByOrg(d).get(pl.id)!;
    expect(ids).toHaveLength(22);
    const ms = d.members.filter((m) => ids.includes(m.person_id));
    expect(ms.filter((m) => m.standing === 'probationary')).toHaveLength(1);
    const exempt = ms.filter((m) => m.state === 'exempt');
    expect(exempt).toHaveLength(1);
    expect(d.memberEvents.find((e) => e.person_id === exempt[0].person_id && e.kind === 'exempted')?.reason).toBeTruthy();
    expect(ms.filter((m) => m.standing === 'official' && m.state === 'active')).toHaveLength(20);
    const titles = (t: string) => d.positions.filter((p) => p.org_id === pl.id && p.title === t && p.ended_on === null);
    expect(titles('cell_secretary').map((p) => personName(d, p.person_id))).toEqual(['Lường Văn Trường']);
    expect(titles('cell_deputy')).toHaveLength(1);
    expect(titles('cell_committee')).toHaveLength(1);
  });

  it('has Phạm Quang Đôn as commune secretary, and every cell one secretary and one overseer', () => {
    const root = d.orgs.find((o) => o.parent_id === null)!;
    const sec = d.positions.filter((p) => p.org_id === root.id && p.title === 'commune_secretary');
    expect(sec.map((p) => personName(d, p.person_id))).toEqual(['Phạm Quang Đôn']);
    const standing = d.positions.filter((p) => p.org_id === root.id && p.title === 'standing_committee');
    expect(standing.length).toBeGreaterThanOrEqual(3);
    expect(standing.length).toBeLessThanOrEqual(5);
    const committee = new Set(d.positions.filter((p) => p.org_id === root.id).map((p) => p.person_id));
    const byOrg = currentMembersByOrg(d);
    for (const c of d.orgs.filter((o) => o.kind === 'cell')) {
      const secs = d.positions.filter((p) => p.org_id === c.id && p.title === 'cell_secretary' && p.ended_on === null);
      expect(secs, c.name).toHaveLength(1);
      expect(byOrg.get(c.id)).toContain(secs[0].person_id);
      const ov = d.orgOverseers.filter((o) => o.org_id === c.id && o.ended_on === null);
      expect(ov, c.name).toHaveLength(1);
      expect(committee.has(ov[0].person_id)).toBe(true);
    }
    const perOverseer = new Map<string, number>();
    for (const o of d.orgOverseers) perOverseer.set(o.person_id, (perOverseer.get(o.person_id) ?? 0) + 1);
    for (const n of perOverseer.values()) {
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(3);
    }
  });

  it('writes every name in NFC with its diacritics; cards, phones, usernames and member names are unique', () => {
    for (const p of d.people) {
      expect(p.full_name).toBe(p.full_name.normalize('NFC'));
      expect(p.full_name).toMatch(/[^\x00-\x7f]/);
      expect(p.name_search).toMatch(/^[a-z ]+$/);
    }
    for (const o of d.orgs) expect(o.name).toBe(o.name.normalize('NFC'));
    const unique = (xs: unknown[]) => new Set(xs).size === xs.length;
    const cards = d.members.map((m) => m.card_no).filter((c) => c !== null);
    expect(unique(cards)).toBe(true);
    for (const c of cards) expect(c).toMatch(/^62\.01\d{6}$/);
    expect(unique(d.people.map((p) => p.phone).filter((x) => x !== null))).toBe(true);
    expect(unique(d.accounts.map((a) => a.username))).toBe(true);
    const memberIds = new Set(d.members.map((m) => m.person_id));
    expect(unique(d.people.filter((p) => memberIds.has(p.id)).map((p) => p.full_name))).toBe(true);
    expect(unique(d.people.map((p) => p.id))).toBe(true);
  });

  it('keeps dates consistent: adults at admission, official a year later, nothing after 2026-11-26', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    for (const o of d.orgs) expect(o.id).toMatch(uuid);
    for (const m of d.members) {
      const p = d.people.find((x) => x.id === m.person_id)!;
      expect(p.birth_date! >= '1945-01-01' && p.birth_date! <= '2000-12-31').toBe(true);
      expect(Number(m.admission_date!.slice(0, 4)) - Number(p.birth_date!.slice(0, 4))).toBeGreaterThanOrEqual(18);
      if (m.standing === 'official') {
        expect(m.official_date).toBe(`${Number(m.admission_date!.slice(0, 4)) + 1}${m.admission_date!.slice(4)}`.replace('-02-29', '-02-28'));
      } else {
        expect(m.official_date).toBeNull();
        expect(m.admission_date! > '2025-11-01').toBe(true);
      }
    }
    const dates = [
      ...d.memberships.flatMap((m) => [m.started_on, m.ended_on]), ...d.memberEvents.map((e) => e.effective_on),
      ...d.positions.map((p) => p.started_on), ...d.partnerContacts.map((c) => c.started_on),
    ].filter((x): x is string => x !== null);
    for (const x of dates) expect(x < '2026-11-26').toBe(true);
    const count = (state: string) => d.members.filter((m) => m.state === state).length;
    expect(d.members.filter((m) => m.standing === 'probationary').length).toBeGreaterThanOrEqual(8);
    expect(count('exempt')).toBeGreaterThanOrEqual(6);
    expect(count('temp_exempt')).toBeGreaterThanOrEqual(1);
    expect(count('deceased')).toBe(1);
  });

  it('has the history: two transfers in 2024 and a renamed cell', () => {
    const transfers = d.memberEvents.filter((e) => e.kind === 'transferred');
    expect(transfers).toHaveLength(2);
    for (const t of transfers) {
      expect(t.effective_on.startsWith('2024-')).toBe(true);
      expect(t.from_org_id).not.toBe(t.to_org_id);
      const ms = d.memberships.filter((m) => m.person_id === t.person_id);
      expect(ms).toHaveLength(2);
      expect(ms.find((m) => m.org_id === t.from_org_id)!.ended_on).toBe(t.effective_on);
    }
    const naNgam = cellByName(d, 'Chi bộ bản Nà Ngấm');
    expect(d.orgNames.filter((n) => n.org_id === naNgam.id).map((n) => [n.name, n.valid_to])).toEqual([
      ['Chi bộ đội 6', '2023-06-30'], ['Chi bộ bản Nà Ngấm', null],
    ]);
  });

  it('gives each village cell its seven partner units with a contact each', () => {
    const villages = d.orgs.filter((o) => o.name.startsWith('Chi bộ bản '));
    expect(villages.length).toBeGreaterThanOrEqual(10);
    for (const v of villages) {
      const units = d.partnerUnits.filter((u) => u.org_id === v.id);
      expect(units.map((u) => u.kind).sort()).toEqual(['farmers', 'front', 'militia', 'police', 'veterans', 'women', 'youth']);
      for (const u of units) expect(d.partnerContacts.filter((c) => c.partner_unit_id === u.id)).toHaveLength(1);
    }
  });

  it('lists the demo accounts with their grants', () => {
    expect(DEMO_ACCOUNTS.map((a) => a.username)).toEqual(d.accounts.map((a) => a.username));
    const grants = (u: string) => {
      const a = d.accounts.find((x) => x.username === u)!;
      return d.grants.filter((g) => g.account_id === a.id).map((g) => [g.role, g.org_id]);
    };
    const pl = cellByName(d, 'Chi bộ bản Phiêng Lơi').id;
    expect(grants('admin')).toEqual([['admin', null]]);
    expect(grants('pqdon')).toEqual([['leader', d.rootId]]);
    expect(grants('lvtruong')).toEqual([['secretary', pl], ['member', pl]]);
    expect(grants('ltthoan')).toEqual([['member', pl]]);
    expect(grants('tvkhay')).toContainEqual(['overseer', pl]);
    expect(personName(d, d.accounts.find((a) => a.username === 'pqdon')!.person_id!)).toBe('Phạm Quang Đôn');
  });
});

describe('loadDemo', () => {
  it('loads into an empty database, matches the story in SQL, and refuses a second load', async () => {
    const db = await openPglite('memory');
    try {
      await migrate(db);
      const started = performance.now();
      const result = await loadDemo(db);
      const ms = performance.now() - started;
      console.log(`loadDemo on PGlite: ${ms.toFixed(0)} ms`);
      expect(result).toEqual({ orgs: 20, members: 229, accounts: 6 });
      const n = async (sql: string, params: unknown[] = []) => (await db.one<{ n: number }>(sql, params))!.n;
      expect(await n(`SELECT count(*)::int AS n FROM orgs WHERE kind = 'cell'`)).toBe(19);
      const members = `SELECT count(*)::int AS n FROM memberships ms JOIN members m ON m.person_id = ms.person_id
        JOIN orgs o ON o.id = ms.org_id
        WHERE ms.ended_on IS NULL AND ms.kind = 'official' AND m.state IN ('active', 'exempt', 'temp_exempt')`;
      expect(await n(members)).toBe(229);
      expect(await n(`${members} AND o.name = $1`, ['Chi bộ bản Phiêng Lơi'])).toBe(22);
      const settings = await db.one<{ settings: Record<string, unknown> }>(`SELECT settings FROM orgs WHERE name = 'Chi bộ bản Phiêng Lơi'`);
      expect(settings!.settings).toEqual({ meetingDay: 10, meetingTime: '19:30', numberingBy: 'term', termStart: '2025-04-20' });
      const found = await db.query<{ full_name: string }>(`SELECT full_name FROM people WHERE name_search LIKE '%truong%'`);
      expect(found.map((r) => r.full_name)).toContain('Lường Văn Trường');
      const hash = await db.one<{ password_hash: string }>(`SELECT password_hash FROM accounts WHERE username = 'lvtruong'`);
      expect(await verifyPassword(hash!.password_hash, DEMO_PASSWORD)).toBe(true);
      await expect(loadDemo(db)).rejects.toThrow(/dữ liệu mẫu/);
      expect(await n(`SELECT count(*)::int AS n FROM orgs`)).toBe(20);
    } finally {
      await db.close();
    }
  }, 180_000); // loading the whole commune takes tens of seconds on a busy machine
});
