/**
 * Growing delays per account after failed logins (finding 3). A hard lockout after N failures lets a
 * stranger lock a real user out — from a village office's shared address, anyone can. Here each login name
 * has a few free tries; after that every further try must wait a delay that doubles with each failure, up to
 * a cap, so guessing a password becomes hopelessly slow while the real user waits at most the cap. A correct
 * password resets the name; a name left alone for FORGET_MS starts afresh.
 *
 * Every try is counted before the password is checked, synchronously, so a burst of parallel guesses gets
 * the same budget as guesses one after another. Kept in memory (chibo runs as one process) and bounded: the
 * oldest names are dropped beyond MAX_NAMES.
 */
export const LOGIN_FREE_TRIES = 5;
export const LOGIN_FIRST_DELAY_MS = 1_000;
export const LOGIN_MAX_DELAY_MS = 60_000;
const FORGET_MS = 15 * 60_000;
const MAX_NAMES = 20_000;

type Entry = { fails: number; until: number; last: number };

export type LoginTry =
  | { allowed: true; /** true the first time this name's tries start to be delayed (worth an audit entry) */ slowedNow: boolean }
  | { allowed: false; waitMs: number };

/** The delay after the n-th failure in a row: none for the free tries, then 1 s, 2 s, 4 s … up to the cap. */
export function delayAfter(fails: number): number {
  if (fails < LOGIN_FREE_TRIES) return 0;
  return Math.min(LOGIN_FIRST_DELAY_MS * 2 ** (fails - LOGIN_FREE_TRIES), LOGIN_MAX_DELAY_MS);
}

export class LoginThrottle {
  private readonly names = new Map<string, Entry>();

  constructor(private readonly now: () => number = Date.now) {}

  /** Asks to try a login name now: counted as a failure until `succeeded` says otherwise. */
  attempt(name: string): LoginTry {
    const t = this.now();
    let e = this.names.get(name);
    if (e && t - e.last > FORGET_MS) e = undefined;
    if (e && t < e.until) return { allowed: false, waitMs: e.until - t };
    const fails = (e?.fails ?? 0) + 1;
    this.names.delete(name); // re-inserted last: the Map's order is the age order
    this.names.set(name, { fails, until: t + delayAfter(fails), last: t });
    if (this.names.size > MAX_NAMES) this.names.delete(this.names.keys().next().value as string);
    return { allowed: true, slowedNow: fails === LOGIN_FREE_TRIES };
  }

  /** The password was right: the name's failures are forgotten. */
  succeeded(name: string): void {
    this.names.delete(name);
  }
}

/** Failed login tries one address may make in a minute, whatever the names (password spraying). */
export const LOGIN_FAILURES_PER_ADDRESS = 30;

export type AddressTry = { allowed: true } | { allowed: false; waitMs: number; /** first refusal of this minute */ firstRefusal: boolean };

/**
 * Caps the failed tries of one client address per minute. Successful logins give their try back, so a
 * village office where thirty people log in in the same minute is not held up; a try is counted before the
 * password is checked, so a burst gets no more than the cap.
 */
export class AddressLimit {
  private readonly windows = new Map<string, { start: number; tries: number; refused: boolean }>();

  constructor(private readonly max = LOGIN_FAILURES_PER_ADDRESS, private readonly now: () => number = Date.now) {}

  attempt(address: string): AddressTry {
    const t = this.now();
    let w = this.windows.get(address);
    if (!w || t - w.start >= 60_000) {
      this.windows.delete(address);
      w = { start: t, tries: 0, refused: false };
      this.windows.set(address, w);
      if (this.windows.size > MAX_NAMES) this.windows.delete(this.windows.keys().next().value as string);
    }
    if (w.tries >= this.max) {
      const firstRefusal = !w.refused;
      w.refused = true;
      return { allowed: false, waitMs: w.start + 60_000 - t, firstRefusal };
    }
    w.tries++;
    return { allowed: true };
  }

  /** A successful login does not count against its address. */
  succeeded(address: string): void {
    const w = this.windows.get(address);
    if (w && w.tries > 0) w.tries--;
  }
}
