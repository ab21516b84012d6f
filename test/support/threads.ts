import { readdirSync, readFileSync } from 'node:fs';

/** The nice value of every thread of this process, by thread id (Linux: /proc/self/task/<tid>/stat). */
export function threadNiceValues(): Map<number, number> {
  const values = new Map<number, number>();
  for (const tid of readdirSync('/proc/self/task')) {
    try {
      const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
      // After "pid (name) ", the fields run from the state (3rd) on; the nice value is the 19th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      values.set(Number(tid), Number(fields[16]));
    } catch {
      // The thread ended while being listed.
    }
  }
  return values;
}

/** How many threads of this process run exactly `increment` nicer than its main thread. */
export function threadsNicerBy(increment: number): number {
  const values = threadNiceValues();
  const main = values.get(process.pid) ?? 0;
  return [...values.values()].filter((nice) => nice === Math.min(19, main + increment)).length;
}
