/** The source of "now": injected so that tests and simulations can walk time. */
export abstract class Clock {
  abstract now(): Date;
}

export class SystemClock extends Clock {
  now(): Date {
    return new Date();
  }
}

/** A clock that stands still until moved; for tests and simulations. */
export class FixedClock extends Clock {
  constructor(private current: Date) {
    super();
  }
  now(): Date {
    return new Date(this.current);
  }
  set(to: Date): void {
    this.current = new Date(to);
  }
}

/** Real time, shifted so that it started at `start`: a simulation that keeps running. */
export class OffsetClock extends Clock {
  private readonly offset: number;
  constructor(start: Date) {
    super();
    this.offset = start.getTime() - Date.now();
  }
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
}

/** The clock the configuration asks for. */
export function clockFor(simulatedNow: Date | null): Clock {
  return simulatedNow === null ? new SystemClock() : new OffsetClock(simulatedNow);
}
