import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { extractText, getDocumentProxy } from 'unpdf';
import { ReportRenderer } from '#reporting';
import { WORKER_THREAD_NICE } from '#config';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { threadsNicerBy } from '../support/threads.js';
import { createTestApp, type TestApp } from '../support/test-app.js';

/** Report files are laid out in worker threads, once per (report, format, language), and kept. */
describe('report files', () => {
  let t: TestApp;
  let ids: Ids;
  let renderer: ReportRenderer;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    await createMilestone(t, ids);
    renderer = t.app.get(ReportRenderer, { strict: false });
  });
  afterAll(() => t.close());

  const makeReport = async (title: string) => {
    const response = await t.request({
      method: 'POST',
      url: '/api/reports',
      payload: { actionPlanId: ids.planId, title: { en: title } },
    });
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string; version: number }>();
  };
  const download = async (id: string, format: string, lang: string) => {
    const response = await t.request({
      method: 'GET',
      url: `/api/reports/${id}/download?format=${format}&lang=${lang}`,
    });
    expect(response.statusCode).toBe(200);
    return response;
  };
  const pdfText = async (bytes: Buffer) =>
    (await extractText(await getDocumentProxy(new Uint8Array(bytes)), { mergePages: true })).text;

  it('lays files out in threads that run nicer than the event loop, so requests go first', async () => {
    const report = await makeReport('Nice report');
    await download(report.id, 'docx', 'ru');
    // The thread stays for its idle timeout (30 s): it is there to be looked at.
    expect(threadsNicerBy(WORKER_THREAD_NICE)).toBeGreaterThanOrEqual(1);
  });

  it('lays a file out once in a worker thread, then serves the same bytes from the database', async () => {
    const report = await makeReport('Kept report');
    const before = renderer.completed();
    const first = await download(report.id, 'pdf', 'en');
    expect(renderer.completed()).toBe(before + 1);
    const again = await download(report.id, 'pdf', 'en');
    expect(renderer.completed()).toBe(before + 1);
    expect(again.rawPayload.equals(first.rawPayload)).toBe(true);
    expect(again.headers['content-disposition']).toBe(first.headers['content-disposition']);
    expect(again.headers['content-type']).toBe('application/pdf');
    // Another language or format is another file.
    await download(report.id, 'pdf', 'kk');
    await download(report.id, 'docx', 'en');
    expect(renderer.completed()).toBe(before + 3);
    const rows = await t.db.query<{ format: string; locale: string }>(
      `SELECT format, locale FROM report_files WHERE report_id = $1 ORDER BY format, locale`,
      [report.id],
    );
    expect(rows).toEqual([
      { format: 'docx', locale: 'en' },
      { format: 'pdf', locale: 'en' },
      { format: 'pdf', locale: 'kk' },
    ]);
  });

  it('downloads of a file not yet made wait for one layout, not one each', async () => {
    const report = await makeReport('Asked for at once');
    const before = renderer.completed();
    const answers = await Promise.all(Array.from({ length: 8 }, () => download(report.id, 'xlsx', 'ru')));
    expect(renderer.completed()).toBe(before + 1);
    for (const answer of answers) expect(answer.rawPayload.equals(answers[0].rawPayload)).toBe(true);
  });

  it('a corrected title makes the file again; the old one is not served', async () => {
    const report = await makeReport('First title');
    expect(await pdfText((await download(report.id, 'pdf', 'en')).rawPayload)).toContain('First title');
    const renamed = await t.request({
      method: 'PUT',
      url: `/api/reports/${report.id}`,
      headers: { 'if-match': `W/"${report.version}"` },
      payload: { title: { en: 'Corrected title' } },
    });
    expect(renamed.statusCode).toBe(200);
    const before = renderer.completed();
    const text = await pdfText((await download(report.id, 'pdf', 'en')).rawPayload);
    expect(renderer.completed()).toBe(before + 1);
    expect(text).toContain('Corrected title');
    expect(text).not.toContain('First title');
    expect(await t.db.query(`SELECT count(*)::int AS n FROM report_files WHERE report_id = $1`, [report.id])).toEqual([
      { n: 1 },
    ]);
  });

  it('a deleted report takes its files with it', async () => {
    const report = await makeReport('Short-lived');
    await download(report.id, 'csv', 'en');
    const removed = await t.request({
      method: 'DELETE',
      url: `/api/reports/${report.id}`,
      headers: { 'if-match': `W/"${report.version}"` },
    });
    expect(removed.statusCode).toBe(200);
    expect(await t.db.query(`SELECT count(*)::int AS n FROM report_files WHERE report_id = $1`, [report.id])).toEqual([
      { n: 0 },
    ]);
  });
});
