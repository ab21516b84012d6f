import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { unique } from '../support/factories.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface Row {
  request_id: string;
  client_request_id: string | null;
}

/** The audit trail records the server's request id always, and a caller's own id only as the caller's. */
describe('request ids in the audit trail', () => {
  let t: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    t = await createTestApp({ logStream: { write: (line: string) => void lines.push(line) } });
  });
  afterAll(() => t.close());

  const createOrganisation = async (requestId?: string) => {
    const code = `ORG-${unique()}`;
    const response = await t.request({
      method: 'POST',
      url: '/api/organisations',
      headers: requestId === undefined ? {} : { 'x-request-id': requestId },
      payload: { name: { en: `Organisation ${code}` }, shortCode: code, type: 'cso', country: 'KZ' },
    });
    expect(response.statusCode).toBe(201);
    const [row] = await t.db.query<Row>('SELECT request_id, client_request_id FROM audit_events WHERE entity_id = $1', [
      response.json<{ id: string }>().id,
    ]);
    return { response, row, id: response.json<{ id: string }>().id };
  };

  it("a well-formed client id is stored as the client's; the request id and the answer's X-Request-Id are the server's", async () => {
    const { response, row, id } = await createOrganisation('web-app.trace_42');
    const serverId = response.headers['x-request-id'] as string;
    expect(serverId).toMatch(UUID);
    expect(row).toEqual({ request_id: serverId, client_request_id: 'web-app.trace_42' });
    const events = await t.request({
      method: 'GET',
      url: `/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ clientRequestId: 'web-app.trace_42' }))}`,
    });
    expect(events.json<Array<{ entityId: string; requestId: string; clientRequestId: string }>>()).toEqual([
      expect.objectContaining({ entityId: id, requestId: serverId, clientRequestId: 'web-app.trace_42' }),
    ]);
  });

  it.each([
    ['markup', '<script>alert(1)</script>'],
    ['spaces', 'DROP TABLE audit_events'],
    ['more than 64 characters', 'x'.repeat(65)],
    ['non-ASCII', 'трасса-42'],
    ['a leading dash', '-trace-id-7'],
  ])('a client id with %s is not stored (nor used as the request id)', async (_, junk) => {
    const { response, row } = await createOrganisation(junk);
    const serverId = response.headers['x-request-id'] as string;
    expect(serverId).toMatch(UUID);
    expect(row).toEqual({ request_id: serverId, client_request_id: null });
    expect(lines.join('')).not.toContain(JSON.stringify(junk).slice(1, -1));
  });

  it('a request without one: the server id only; the logs carry the client id beside it when there is one', async () => {
    const { response, row } = await createOrganisation();
    expect(row).toEqual({ request_id: response.headers['x-request-id'], client_request_id: null });
    const logged = lines
      .map((line) => JSON.parse(line) as { req?: { id: string; clientRequestId?: string } })
      .filter((entry) => entry.req?.clientRequestId === 'web-app.trace_42');
    expect(logged).toHaveLength(1);
    expect(logged[0].req!.id).toMatch(UUID);
  });
});
