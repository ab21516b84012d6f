import { DemoAccounts } from '#access';
import { PlanSeeder, REX_587_PLAN } from '#plan';
import { findAdminBuild } from '../../../apps/api/src/http/admin-static.js';
import { createTestApp, type TestApp } from '../../support/test-app.js';

export const DEMO_PASSWORD = 'demo';

export interface ServedApp {
  t: TestApp;
  /** `http://127.0.0.1:<port>`: the admin app at `/`, the API under `/api`. */
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * The real API with the built admin app, listening on a free port, on a fresh
 * database holding what `npm start` shows a new user: the REX/587 plan and
 * the demo accounts (password `demo`).
 */
export async function serveApp(): Promise<ServedApp> {
  if (!findAdminBuild()) {
    throw new Error('dist/admin/index.html is missing: run `npm run build` before the browser tests');
  }
  const t = await createTestApp();
  await t.app.get(PlanSeeder).seed(REX_587_PLAN);
  await t.app.get(DemoAccounts).ensure(DEMO_PASSWORD);
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  const { port } = t.app.getHttpServer().address() as { port: number };
  return { t, baseUrl: `http://127.0.0.1:${port}`, close: () => t.close() };
}

/** Signs in through the API, as a script would: for setting up data behind the browser's back. */
export async function apiToken(app: ServedApp, email: string): Promise<string> {
  const response = await app.t.anonymous({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in of ${email} answered ${response.statusCode}`);
  return response.json<{ accessToken: string }>().accessToken;
}

/** One record by a field, through the API as the administrator. */
export async function findOne<T = Record<string, unknown>>(
  app: ServedApp,
  resource: string,
  filter: Record<string, unknown>,
): Promise<T & { id: string; version: number }> {
  const response = await app.t.request({
    method: 'GET',
    url: `/api/${resource}?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,0]`,
  });
  const [record] = response.json<Array<T & { id: string; version: number }>>();
  if (!record) throw new Error(`no ${resource} matches ${JSON.stringify(filter)}`);
  return record;
}
