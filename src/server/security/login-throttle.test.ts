import { describe, expect, it } from 'vitest';
import { AddressLimit, delayAfter, LOGIN_FREE_TRIES, LOGIN_MAX_DELAY_MS, LoginThrottle } from './login-throttle';

describe('growing login delays per name', () => {
  it('gives a few free tries, then doubles the wait up to the cap', () => {
    expect([1, 2, 3, 4].map(delayAfter)).toEqual([0, 0, 0, 0]);
    expect([5, 6, 7, 8, 9, 10, 11, 12, 30].map(delayAfter)).toEqual([1000, 2000, 4000, 8000, 16000, 32000, 60000, 60000, 60000]);
  });

  it('refuses a try before the wait is over, without counting it, and lets the real user in afterwards', () => {
    let now = 0;
    const t = new LoginThrottle(() => now);
    for (let i = 1; i <= LOGIN_FREE_TRIES; i++) expect(t.attempt('vanphong')).toEqual({ allowed: true, slowedNow: i === LOGIN_FREE_TRIES });
    expect(t.attempt('vanphong')).toEqual({ allowed: false, waitMs: 1000 });
    now += 400;
    expect(t.attempt('vanphong')).toEqual({ allowed: false, waitMs: 600 });
    // Another name is not slowed by this one.
    expect(t.attempt('lvtruong')).toEqual({ allowed: true, slowedNow: false });
    now += 600;
    expect(t.attempt('vanphong')).toEqual({ allowed: true, slowedNow: false });
    expect(t.attempt('vanphong')).toEqual({ allowed: false, waitMs: 2000 });
    // However long a stranger keeps guessing, the real user waits at most the cap.
    for (let i = 0; i < 50; i++) {
      now += LOGIN_MAX_DELAY_MS;
      expect(t.attempt('vanphong').allowed).toBe(true);
    }
    now += LOGIN_MAX_DELAY_MS;
    expect(t.attempt('vanphong').allowed).toBe(true);
    t.succeeded('vanphong');
    expect(t.attempt('vanphong')).toEqual({ allowed: true, slowedNow: false });
  });

  it('counts a burst of parallel tries like tries one after another', () => {
    const t = new LoginThrottle(() => 0);
    const results = Array.from({ length: 100 }, () => t.attempt('admin'));
    expect(results.filter((r) => r.allowed)).toHaveLength(LOGIN_FREE_TRIES);
  });

  it('forgets a name left alone for a quarter of an hour', () => {
    let now = 0;
    const t = new LoginThrottle(() => now);
    for (let i = 0; i < 8; i++) {
      t.attempt('x');
      now += LOGIN_MAX_DELAY_MS;
    }
    now += 15 * 60_000 + 1;
    expect(t.attempt('x')).toEqual({ allowed: true, slowedNow: false });
    expect(t.attempt('x')).toEqual({ allowed: true, slowedNow: false });
  });
});

describe('failed login tries per address', () => {
  it('caps failures per minute, not successful logins', () => {
    let now = 0;
    const a = new AddressLimit(3, () => now);
    for (let i = 0; i < 10; i++) {
      expect(a.attempt('10.0.0.1').allowed).toBe(true);
      a.succeeded('10.0.0.1'); // thirty people of one office logging in
    }
    for (let i = 0; i < 3; i++) expect(a.attempt('10.0.0.1').allowed).toBe(true);
    expect(a.attempt('10.0.0.1')).toEqual({ allowed: false, waitMs: 60_000, firstRefusal: true });
    now += 10_000;
    expect(a.attempt('10.0.0.1')).toEqual({ allowed: false, waitMs: 50_000, firstRefusal: false });
    expect(a.attempt('10.0.0.2').allowed).toBe(true);
    now += 50_000;
    expect(a.attempt('10.0.0.1').allowed).toBe(true);
  });
});
