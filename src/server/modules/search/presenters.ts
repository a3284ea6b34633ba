import type { SearchRow } from './queries';
import type { SearchItem } from './schemas';

/** A hit on the wire: its rank rounded to three decimals (the database returns similarity as a float). */
export const presentHit = (r: SearchRow): SearchItem => ({ ...r, score: Math.round(Number(r.score) * 1000) / 1000 });
