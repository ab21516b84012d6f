import { createServer, type Server } from 'node:http';
import type { AppConfig } from '#config';
import { type BacklogMetrics, isScraper } from '#metrics';

/**
 * A separate worker has no HTTP API: with METRICS_PORT and METRICS_TOKEN set, it answers GET /metrics on
 * HOST:METRICS_PORT for the scraper, and nothing else.
 */
export async function serveWorkerMetrics(config: AppConfig, metrics: BacklogMetrics): Promise<Server | null> {
  const { token, workerPort } = config.metrics;
  if (token === null || workerPort === null) return null;
  const server = createServer((request, response) => {
    const answer = (status: number, text: string) =>
      response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8' }).end(`${text}\n`);
    if (request.method !== 'GET' || request.url !== '/metrics') return answer(404, 'Only GET /metrics is served here');
    if (!isScraper(request.headers.authorization, token)) return answer(401, 'Authorization: Bearer <METRICS_TOKEN>');
    metrics.render().then(
      ({ contentType, body }) => response.writeHead(200, { 'Content-Type': contentType }).end(body),
      () => answer(503, 'The metrics could not be read (is PostgreSQL up?)'),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(workerPort, config.http.host, resolve);
  });
  return server;
}
