// Attributes of one person: birth, contact details, education, theory level and dues category,
// believable for the kind of cell they belong to.
import { foldVietnamese } from '../../domain/text';
import { type DemoCalendar, shift } from './calendar';
import { addYears, minDate, type Rng, yearOf } from './random';
import { CELLS, type CellSpec, type CellType, type Ethnicity } from './story';
import type { DuesCategory, PersonRow, TheoryLevel } from './types';

export function ageOn(birthDate: string, on: string): number {
  const years = yearOf(on) - yearOf(birthDate);
  return on.slice(5) >= birthDate.slice(5) ? years : years - 1;
}

/**
 * Birth year range for a generated member, by what their status and cell suggest. Fixed: the commune's
 * people grow older with today (a range moving with today would leave too few members admitted early
 * enough for the story's fixed history, the 2024 transfers and the officers, far from DEMO_TODAY).
 */
export function birthRange(spec: CellSpec, status: string): [string, string] {
  if (status === 'exempt' || status === 'deceased') return ['1945-01-01', '1955-12-31'];
  if (status === 'probationary') return ['1990-01-01', '2000-12-31'];
  if (status === 'temp_exempt') return ['1988-01-01', '2000-12-31'];
  if (status === 'transferred_out') return ['1978-01-01', '1990-12-31'];
  if (spec.key === 'cong-an') return ['1985-01-01', '1999-12-31'];
  if (spec.key === 'quan-su') return ['1980-01-01', '1998-12-31'];
  if (spec.type === 'office') return ['1967-01-01', '1998-12-31'];
  return ['1950-01-01', '2000-12-31'];
}

/** The latest admission of an official member: early enough to have been made official months before today. */
export const latestOfficialAdmission = (cal: DemoCalendar): string => shift(cal, '2025-06-30');

/** Admission at 19–45, and early enough to have been made official before the demo's today. */
export function admissionDate(rng: Rng, cal: DemoCalendar, birthDate: string): string {
  const latest = minDate(addYears(birthDate, 45), latestOfficialAdmission(cal));
  let earliest = addYears(birthDate, 19);
  if (earliest > latest) earliest = addYears(latest, -1);
  return rng.date(earliest, latest);
}

export class Uniques {
  readonly names = new Set<string>();
  readonly phones = new Set<string>();
  readonly citizenIds = new Set<string>();
  readonly cards = new Set<string>();

  phone(rng: Rng): string {
    for (;;) {
      const prefix = rng.weighted({ '09': 70, '03': 20, '08': 10 });
      const n = prefix + rng.digits(8);
      if (!this.phones.has(n)) {
        this.phones.add(n);
        return n;
      }
    }
  }

  /** 12 digits: Điện Biên's code 011, century-and-gender digit, year of birth, 6 digits. */
  citizenId(rng: Rng, birthDate: string, gender: 'male' | 'female'): string {
    const year = yearOf(birthDate);
    const cg = (year >= 2000 ? 2 : 0) + (gender === 'female' ? 1 : 0);
    for (;;) {
      const id = `011${cg}${String(year % 100).padStart(2, '0')}${rng.digits(6)}`;
      if (!this.citizenIds.has(id)) {
        this.citizenIds.add(id);
        return id;
      }
    }
  }

  /** Party card numbers: '62.01' and six digits. */
  card(rng: Rng): string {
    for (;;) {
      const c = `62.01${rng.digits(6)}`;
      if (!this.cards.has(c)) {
        this.cards.add(c);
        return c;
      }
    }
  }
}

export function education(rng: Rng, type: CellType, birthDate: string): string {
  const old = yearOf(birthDate) < 1962;
  if (type === 'office') return rng.weighted({ 'Đại học': 65, 'Cao đẳng': 12, 'Trung cấp': 18, 'Thạc sĩ': 5 });
  if (old) return rng.weighted({ '7/10': 50, '4/10': 15, '10/10': 35 });
  if (type === 'street') return rng.weighted({ '12/12': 45, '9/12': 10, 'Trung cấp': 15, 'Cao đẳng': 10, 'Đại học': 20 });
  return rng.weighted({ '12/12': 45, '9/12': 35, 'Trung cấp': 12, 'Cao đẳng': 5, 'Đại học': 3 });
}

export function theoryLevel(rng: Rng, type: CellType, probationary: boolean): TheoryLevel {
  if (probationary) return 'none';
  if (type === 'office') return rng.weighted({ so_cap: 48, trung_cap: 36, cao_cap: 8, none: 8 });
  return rng.weighted({ so_cap: 72, trung_cap: 10, none: 18 });
}

export function duesCategory(rng: Rng, type: CellType, gender: 'male' | 'female', birthDate: string, today: string): DuesCategory {
  if (type === 'office') return 'salaried';
  const retired = ageOn(birthDate, today) >= (gender === 'male' ? 61 : 57);
  if (!retired) return 'working_age';
  return rng.chance(type === 'street' ? 0.7 : 0.35) ? 'pensioner' : 'outside_working_age';
}

const HOMES = CELLS.filter((c) => c.type !== 'office').map((c) => `${c.place}, xã Thanh Minh`);

export function address(rng: Rng, spec: CellSpec): string {
  if (spec.type !== 'office') return `${spec.place}, xã Thanh Minh`;
  if (rng.chance(0.25)) return rng.pick(['Phường Him Lam, TP. Điện Biên Phủ', 'Phường Tân Thanh, TP. Điện Biên Phủ']);
  return rng.pick(HOMES);
}

export interface PersonInput {
  id: string;
  fullName: string;
  gender: 'male' | 'female';
  birthDate: string;
  ethnicity: Ethnicity;
  address: string;
  education: string | null;
  note: string | null;
}

/** A person's row; `today` decides who is old enough for a citizen id and who may have no phone. */
export function personRow(rng: Rng, u: Uniques, p: PersonInput, today: string): PersonRow {
  const fullName = p.fullName.normalize('NFC');
  u.names.add(fullName);
  const age = ageOn(p.birthDate, today);
  return {
    id: p.id,
    full_name: fullName,
    name_search: foldVietnamese(fullName),
    birth_date: p.birthDate,
    gender: p.gender,
    ethnicity: p.ethnicity,
    religion: null,
    phone: age >= 75 && rng.chance(0.5) ? null : u.phone(rng),
    email: null,
    citizen_id: age >= 18 ? u.citizenId(rng, p.birthDate, p.gender) : null,
    address: p.address,
    education: p.education,
    note: p.note,
  };
}
