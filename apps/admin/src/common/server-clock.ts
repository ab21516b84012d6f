/**
 * "Today" is the server's, not the browser's: the API runs on an injected clock (a simulated date in demos,
 * a fixed one in tests), and a device's own clock may simply be wrong. The offset is read once, from the
 * time /api/health reports, halfway through the round trip.
 */
let offsetMs = 0;

/** Reads the server's time; on failure (no API yet) the browser's clock stands in. */
export async function syncServerClock(apiUrl: string, timeoutMs = 3000): Promise<void> {
  try {
    const sent = Date.now();
    const response = await fetch(`${apiUrl}/health`, { signal: AbortSignal.timeout(timeoutMs) });
    const received = Date.now();
    offsetMs = serverOffset((await response.json()) as { time?: unknown }, sent, received);
  } catch {
    offsetMs = 0;
  }
}

/** The server's clock minus the browser's, from a health answer received between `sent` and `received`. */
export function serverOffset(health: { time?: unknown }, sent: number, received: number): number {
  const server = typeof health.time === 'string' ? Date.parse(health.time) : Number.NaN;
  return Number.isNaN(server) ? 0 : Math.round(server - (sent + received) / 2);
}

/** Now, by the server's clock. */
export function serverNow(): Date {
  return new Date(Date.now() + offsetMs);
}
