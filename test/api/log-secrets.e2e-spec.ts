import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createOrganisation } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** The request log, read from the app's own pino output: secrets in URLs never reach it. */
describe('request logs carry no secret of a URL', () => {
  let t: TestApp;
  const lines: string[] = [];
  const logged = () => lines.join('');
  const requestLines = () =>
    lines
      .map((line) => JSON.parse(line) as { req?: { url: string }; res?: { statusCode: number } })
      .filter((entry) => entry.req);

  /** pino-http writes its line when the response has finished: wait for the one of this URL. */
  const lineFor = async (predicate: (url: string) => boolean) => {
    const deadline = performance.now() + 5000;
    for (;;) {
      const found = requestLines().find((entry) => predicate(entry.req!.url));
      if (found || performance.now() > deadline) return found;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  };

  beforeAll(async () => {
    t = await createTestApp({ logStream: { write: (line: string) => void lines.push(line) } });
  });
  afterAll(() => t.close());

  it("a calendar feed's secret URL is logged as /api/calendar/[redacted], whatever the answer", async () => {
    const organisation = await createOrganisation(t);
    const created = await t.request({
      method: 'POST',
      url: '/api/calendar-feeds',
      payload: { kind: 'organisation', organisationId: organisation.id },
    });
    expect(created.statusCode).toBe(201);
    const url = new URL(created.json<{ url: string }>().url);
    const secret = url.pathname
      .split('/')
      .pop()!
      .replace(/\.ics$/, '');
    expect((await t.anonymous({ method: 'GET', url: url.pathname })).statusCode).toBe(200);
    expect((await t.anonymous({ method: 'GET', url: `${url.pathname}?x=1` })).statusCode).toBe(200);
    const revoked = await t.request({
      method: 'DELETE',
      url: `/api/calendar-feeds/${created.json<{ id: string }>().id}`,
    });
    expect(revoked.statusCode).toBe(200);
    expect((await t.anonymous({ method: 'GET', url: url.pathname })).statusCode).toBe(404);

    const line = await lineFor((logged) => logged.startsWith('/api/calendar/'));
    expect(line?.req?.url).toBe('/api/calendar/[redacted]');
    expect(requestLines().filter((entry) => entry.req!.url.startsWith('/api/calendar/'))).toHaveLength(3);
    expect(logged()).not.toContain(secret);
    expect(logged()).not.toContain(secret.slice('rexcal_'.length));
  });

  it('a token in the query is logged as [redacted], the rest of the URL as it was', async () => {
    const { token } = t.admin;
    const response = await t.request({
      method: 'GET',
      url: `/api/milestones?range=[0,0]&access_token=${token}&code=one-time-code-42`,
    });
    expect(response.statusCode).toBe(400);
    const line = await lineFor((logged) => logged.startsWith('/api/milestones?'));
    expect(line?.req?.url).toBe('/api/milestones?range=[0,0]&access_token=[redacted]&code=[redacted]');
    expect(logged()).not.toContain(token);
    expect(logged()).not.toContain('one-time-code-42');
  });
});
