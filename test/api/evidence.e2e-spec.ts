import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createDataSource } from '#database';
import { MIGRATIONS, SCHEMA } from '#schema';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';
import { createMilestone, createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { multipartFile, SAMPLE_FILES } from '../support/multipart.js';

type Evidence = { id: string; fileName: string; contentType: string; sizeBytes: number; sha256: string };

describe('evidence files on progress updates', () => {
  let t: TestApp;
  let ids: Ids;
  let partner: TestUser;
  let outsider: TestUser;
  let staff: TestUser;
  let milestoneId: string;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    partner = await t.user('partner', ids.leadId);
    outsider = await t.user('partner', (await createOrganisation(t)).id);
    staff = await t.user('staff');
    milestoneId = (await createMilestone(t, ids)).id;
  });
  afterAll(() => t.close());

  const newUpdate = async () => {
    const response = await partner.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId, progress: 50, status: 'in_progress', narrative: { en: 'Report attached' } },
    });
    return response.json<{ id: string }>().id;
  };
  const upload = (by: TestUser, updateId: string, content: Buffer, name: string, type: string) =>
    by.request({
      method: 'POST',
      url: `/api/progress-updates/${updateId}/evidence`,
      ...multipartFile(content, name, type),
    });
  const stored = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM evidence_files'))[0].n;

  it('a partner attaches a PDF: recognised by content, listed on the update, downloadable as it was sent, audited', async () => {
    const updateId = await newUpdate();
    const response = await upload(
      partner,
      updateId,
      SAMPLE_FILES.pdf,
      'Report 2026 — Astana.pdf',
      'application/octet-stream',
    );
    expect(response.statusCode).toBe(201);
    const file = response.json<Evidence>();
    expect(file).toMatchObject({
      fileName: 'Report 2026 — Astana.pdf',
      contentType: 'application/pdf',
      sizeBytes: SAMPLE_FILES.pdf.length,
      sha256: createHash('sha256').update(SAMPLE_FILES.pdf).digest('hex'),
    });
    const update = (await partner.request({ method: 'GET', url: `/api/progress-updates/${updateId}` })).json<{
      evidenceFiles: Evidence[];
    }>();
    expect(update.evidenceFiles).toEqual([
      { id: file.id, fileName: file.fileName, contentType: 'application/pdf', sizeBytes: file.sizeBytes },
    ]);
    const download = await staff.request({
      method: 'GET',
      url: `/api/progress-updates/${updateId}/evidence/${file.id}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(SAMPLE_FILES.pdf)).toBe(true);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toMatch(
      /^attachment; filename="Report 2026 _ Astana.pdf"; filename\*=UTF-8''Report%202026%20%E2%80%94%20Astana.pdf$/,
    );
    expect(download.headers['x-content-type-options']).toBe('nosniff');
    const [event] = await t.db.query<{ action: string; actor_id: string }>(
      `SELECT action, actor_id FROM audit_events WHERE entity_id = $1`,
      [file.id],
    );
    expect(event).toEqual({ action: 'create', actor_id: partner.id });
  });

  it('accepts an image and UTF-8 text declared as text', async () => {
    const updateId = await newUpdate();
    expect((await upload(partner, updateId, SAMPLE_FILES.png, 'photo.png', 'image/png')).json()).toMatchObject({
      contentType: 'image/png',
    });
    expect((await upload(partner, updateId, SAMPLE_FILES.text, 'attendance.txt', 'text/plain')).json()).toMatchObject({
      contentType: 'text/plain',
    });
  });

  it.each([
    ['an executable named .pdf', SAMPLE_FILES.exe, 'report.pdf', 'application/pdf'],
    ['binary data declared as text', Buffer.from([0xff, 0xfe, 0x00, 0x41, 0x00]), 'notes.txt', 'text/plain'],
    ['an empty file', Buffer.alloc(0), 'empty.pdf', 'application/pdf'],
    ['HTML', Buffer.from('<html><script>alert(1)</script></html>'), 'page.html', 'text/html'],
  ])('refuses %s with 400 naming the file, storing nothing', async (_, content, name, type) => {
    const updateId = await newUpdate();
    const before = await stored();
    const response = await upload(partner, updateId, content, name, type);
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: { file: expect.any(String) } });
    expect(await stored()).toBe(before);
  });

  it('refuses a file above 10 MB with 413, storing nothing', async () => {
    const updateId = await newUpdate();
    const before = await stored();
    const big = Buffer.concat([SAMPLE_FILES.pdf, Buffer.alloc(10 * 1024 * 1024, 0x20)]);
    const response = await upload(partner, updateId, big, 'big.pdf', 'application/pdf');
    expect(response.statusCode).toBe(413);
    expect(await stored()).toBe(before);
  });

  it('refuses an upload that is not multipart with 415', async () => {
    const updateId = await newUpdate();
    const response = await partner.request({
      method: 'POST',
      url: `/api/progress-updates/${updateId}/evidence`,
      payload: { file: 'x' },
    });
    expect(response.statusCode).toBe(415);
  });

  it('holds at most 10 files per update', async () => {
    const updateId = await newUpdate();
    for (let i = 0; i < 10; i++)
      expect((await upload(partner, updateId, SAMPLE_FILES.pdf, `r${i}.pdf`, 'application/pdf')).statusCode).toBe(201);
    const eleventh = await upload(partner, updateId, SAMPLE_FILES.pdf, 'r10.pdf', 'application/pdf');
    expect(eleventh.statusCode).toBe(409);
  });

  it("another organisation's partner can neither attach to, nor download from, nor learn of the update", async () => {
    const updateId = await newUpdate();
    const file = (await upload(partner, updateId, SAMPLE_FILES.pdf, 'r.pdf', 'application/pdf')).json<Evidence>();
    const before = await stored();
    expect((await upload(outsider, updateId, SAMPLE_FILES.pdf, 'x.pdf', 'application/pdf')).statusCode).toBe(404);
    expect(
      (await outsider.request({ method: 'GET', url: `/api/progress-updates/${updateId}/evidence/${file.id}` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await outsider.request({ method: 'DELETE', url: `/api/progress-updates/${updateId}/evidence/${file.id}` }))
        .statusCode,
    ).toBe(404);
    expect(await stored()).toBe(before);
  });

  it('a viewer cannot upload (403); nobody adds evidence once the update is approved (409)', async () => {
    const updateId = await newUpdate();
    const viewer = await t.user('viewer');
    expect((await upload(viewer, updateId, SAMPLE_FILES.pdf, 'v.pdf', 'application/pdf')).statusCode).toBe(403);
    const approved = await staff.request({
      method: 'POST',
      url: `/api/progress-updates/${updateId}/approve`,
      payload: { version: 1 },
    });
    expect(approved.statusCode).toBe(200);
    expect((await upload(partner, updateId, SAMPLE_FILES.pdf, 'late.pdf', 'application/pdf')).statusCode).toBe(409);
  });

  it('a partner removes a file while the update is open; it is gone and the removal is audited', async () => {
    const updateId = await newUpdate();
    const file = (await upload(partner, updateId, SAMPLE_FILES.pdf, 'wrong.pdf', 'application/pdf')).json<Evidence>();
    const removed = await partner.request({
      method: 'DELETE',
      url: `/api/progress-updates/${updateId}/evidence/${file.id}`,
    });
    expect(removed.statusCode).toBe(200);
    expect(
      (await partner.request({ method: 'GET', url: `/api/progress-updates/${updateId}/evidence/${file.id}` }))
        .statusCode,
    ).toBe(404);
    const actions = await t.db.query<{ action: string }>(
      `SELECT action FROM audit_events WHERE entity_id = $1 ORDER BY occurred_at`,
      [file.id],
    );
    expect(actions.map((row) => row.action)).toEqual(['create', 'delete']);
  });

  it.each([
    ['an HTML application named .hta', SAMPLE_FILES.pdf, 'minutes.hta', 'minutes.pdf'],
    ['a double extension', SAMPLE_FILES.pdf, 'attendance.pdf.bat', 'attendance.pdf.pdf'],
    ['no extension', SAMPLE_FILES.png, 'photo', 'photo.png'],
    ['a right-to-left override hiding .exe', SAMPLE_FILES.png, 'report\u202Egnp.exe', 'reportgnp.png'],
    ['bidi isolates and control characters', SAMPLE_FILES.text, '\u2067notes\u2069\u0007.txt\u200F', 'notes.txt'],
  ])('stores and serves %s under a name whose extension is its content type', async (_, content, name, fileName) => {
    const updateId = await newUpdate();
    const declared = content === SAMPLE_FILES.text ? 'text/plain' : 'application/octet-stream';
    const response = await upload(partner, updateId, content, name, declared);
    expect(response.statusCode).toBe(201);
    const file = response.json<Evidence>();
    expect(file.fileName).toBe(fileName);
    const [row] = await t.db.query<{ file_name: string }>('SELECT file_name FROM evidence_files WHERE id = $1', [
      file.id,
    ]);
    expect(row.file_name).toBe(fileName);
    const download = await staff.request({
      method: 'GET',
      url: `/api/progress-updates/${updateId}/evidence/${file.id}`,
    });
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
    );
  });

  it('serves a file stored under an unchecked name (before this rule) under a checked one', async () => {
    const updateId = await newUpdate();
    const file = (await upload(partner, updateId, SAMPLE_FILES.pdf, 'r.pdf', 'application/pdf')).json<Evidence>();
    // As written by an earlier version, which kept the name as given.
    await t.db.query('UPDATE evidence_files SET file_name = $2 WHERE id = $1', [file.id, 'invoice\u202Efdp.hta\r\n']);
    const download = await staff.request({
      method: 'GET',
      url: `/api/progress-updates/${updateId}/evidence/${file.id}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="invoicefdp.pdf"; filename*=UTF-8''invoicefdp.pdf`,
    );
  });

  it('the upgrade renames files stored under unchecked names, so that lists and records show the safe name', async () => {
    const updateId = await newUpdate();
    const pdf = (await upload(partner, updateId, SAMPLE_FILES.pdf, 'a.pdf', 'application/pdf')).json<Evidence>();
    const safe = (await upload(partner, updateId, SAMPLE_FILES.pdf, 'Отчёт.pdf', 'application/pdf')).json<Evidence>();
    await t.db.query('UPDATE evidence_files SET file_name = $2 WHERE id = $1', [pdf.id, 'minutes\u202Etxt.hta']);
    const source = createDataSource(SCHEMA, t.database.url);
    await source.initialize();
    const runner = source.createQueryRunner();
    const SafeEvidenceNames = MIGRATIONS.find((migration) => migration.name === 'SafeEvidenceNames1795830000000')!;
    try {
      await new SafeEvidenceNames().up(runner);
      await new SafeEvidenceNames().up(runner); // a second run changes nothing
    } finally {
      await runner.release();
      await source.destroy();
    }
    const update = (await partner.request({ method: 'GET', url: `/api/progress-updates/${updateId}` })).json<{
      evidenceFiles: Evidence[];
    }>();
    expect(update.evidenceFiles.map((file) => file.fileName).sort()).toEqual(['minutestxt.pdf', 'Отчёт.pdf'].sort());
    expect(update.evidenceFiles.find((file) => file.id === safe.id)?.fileName).toBe('Отчёт.pdf');
  });
});
