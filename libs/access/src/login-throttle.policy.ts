/**
 * How long to wait after the `failures`-th wrong password: nothing for the first `free` ones, then 1 s, 2 s,
 * 4 s … doubling with each further failure, never more than `capSeconds`.
 */
export function failureDelaySeconds(failures: number, free: number, capSeconds: number): number {
  if (failures <= free) return 0;
  return Math.min(capSeconds, 2 ** Math.min(30, failures - free - 1));
}
