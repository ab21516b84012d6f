/** The slots every search of a process shares (AccessGuard), whichever account sends it. */
export const SEARCH_SLOTS = Symbol('SEARCH_SLOTS');

/**
 * The slots of one account's rate-limited requests (changes, searches, downloads, exports, imports, uploads):
 * COSTLY_REQUESTS_AT_ONCE_PER_ACCOUNT (1) at a time. A person never needs two downloads or searches at once;
 * a script spending its whole allowance in one burst then works through it one request after another, on one
 * core, instead of taking every core of the database for seconds.
 */
export const COSTLY_SLOTS = Symbol('COSTLY_SLOTS');

/**
 * At most `slots` requests of one account are worked on at once in a process; more wait their turn, up to
 * `queue` of them, and beyond that are refused. One account, however many requests it sends, then holds at
 * most `slots` of the process's database connections, and everybody else's requests go on (the admin app
 * loading a page in parallel simply waits a moment).
 */
export class AccountSlots {
  private readonly accounts = new Map<string, { active: number; waiting: Array<() => void> }>();

  constructor(
    private readonly slots: number,
    private readonly queue: number,
  ) {}

  /** Resolves to a release function once the account has a slot; null when its queue is full. */
  async acquire(account: string): Promise<(() => void) | null> {
    let state = this.accounts.get(account);
    if (!state) {
      state = { active: 0, waiting: [] };
      this.accounts.set(account, state);
    }
    if (state.active < this.slots) {
      state.active += 1;
    } else {
      if (state.waiting.length >= this.queue) return null;
      await new Promise<void>((resolve) => state.waiting.push(resolve));
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.release(account);
    };
  }

  /** Requests of `account` being worked on, and waiting. */
  load(account: string): { active: number; waiting: number } {
    const state = this.accounts.get(account);
    return { active: state?.active ?? 0, waiting: state?.waiting.length ?? 0 };
  }

  private release(account: string): void {
    const state = this.accounts.get(account);
    if (!state) return;
    const next = state.waiting.shift();
    // The slot passes to the next waiter as it is: active stays the same.
    if (next) return next();
    state.active -= 1;
    if (state.active === 0) this.accounts.delete(account);
  }
}
