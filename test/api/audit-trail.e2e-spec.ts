import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import type { AuditEventRecord } from '#contracts';
import { createMilestone, createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

/** The audit trail as people read it: who (name, organisation), which record (code, title), and its filters. */
describe('the audit trail names the person and the record', () => {
  let t: TestApp;
  let ids: Ids;
  let staff: TestUser;
  let otherStaff: TestUser;
  let secretariatId: string;
  let milestone: { id: string; code: string; version: number };

  const list = async (filter: Record<string, unknown>, user: TestUser = staff) => {
    const response = await user.request({
      method: 'GET',
      url: `/api/audit-events?filter=${encodeURIComponent(JSON.stringify(filter))}&range=[0,999]`,
    });
    expect(response.statusCode === 200 ? 200 : response.body).toBe(200);
    return response.json<AuditEventRecord[]>();
  };

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    secretariatId = (await createOrganisation(t)).id;
    staff = await t.user('staff', secretariatId);
    otherStaff = await t.user('staff');
    milestone = await createMilestone(t, ids, { title: { en: 'Joint seminar', ru: 'Совместный семинар' } });
    const changed = await staff.request({
      method: 'PUT',
      url: `/api/milestones/${milestone.id}`,
      headers: { 'if-match': `W/"${milestone.version}"` },
      payload: { title: { en: 'Joint seminar in Astana', ru: 'Совместный семинар в Астане' }, dueDate: '2027-09-30' },
    });
    expect(changed.statusCode).toBe(200);
    const organisation = await t.request({ method: 'GET', url: `/api/organisations/${ids.leadId}` });
    const renamed = await otherStaff.request({
      method: 'PUT',
      url: `/api/organisations/${ids.leadId}`,
      headers: { 'if-match': organisation.headers.etag as string },
      payload: { country: 'BE' },
    });
    expect(renamed.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it("gives a milestone change's person and record: actorName, actorOrganisationId, subjectCode, subjectTitle", async () => {
    const [update, create] = await list({ entityId: milestone.id });
    const [account] = await t.db.query<{ name: string }>('SELECT name FROM users WHERE id = $1', [staff.id]);
    expect(update).toMatchObject({
      action: 'update',
      entityType: 'milestones',
      entityId: milestone.id,
      actorId: staff.id,
      actorName: account.name,
      actorOrganisationId: secretariatId,
      subjectCode: milestone.code,
      // The record as the change left it.
      subjectTitle: { en: 'Joint seminar in Astana', ru: 'Совместный семинар в Астане' },
    });
    expect(update.before).toMatchObject({ dueDate: '2027-06-30' });
    expect(update.after).toMatchObject({ dueDate: '2027-09-30' });
    // Created by the test app's administrator, who belongs to no organisation.
    expect(create).toMatchObject({ action: 'create', actorId: t.admin.id, actorOrganisationId: null });
    expect(create.actorName).toEqual(expect.any(String));
    // One event read alone says the same.
    const one = await staff.request({ method: 'GET', url: `/api/audit-events/${update.id}` });
    expect(one.json()).toEqual(update);
  });

  it('names other records by what they have: short code and name, e-mail and plain name, the system as nobody', async () => {
    const [organisation] = await list({ entityId: ids.leadId, action: 'update' });
    const [named] = await t.db.query<{ short_code: string; name: object }>(
      'SELECT short_code, name FROM organisations WHERE id = $1',
      [ids.leadId],
    );
    expect(organisation).toMatchObject({ subjectCode: named.short_code, subjectTitle: named.name });

    const user = await t.request({ method: 'GET', url: `/api/users/${otherStaff.id}` });
    const renamed = await t.request({
      method: 'PUT',
      url: `/api/users/${otherStaff.id}`,
      headers: { 'if-match': user.headers.etag as string },
      payload: { name: 'Aigerim Sadykova' },
    });
    expect(renamed.statusCode).toBe(200);
    const [userEvent] = await list({ entityId: otherStaff.id });
    expect(userEvent).toMatchObject({ subjectCode: otherStaff.email, subjectTitle: { en: 'Aigerim Sadykova' } });
    // Who did it is named as the account is now.
    const [byRenamed] = await list({ actorId: otherStaff.id, entityType: 'organisations' });
    expect(byRenamed.actorName).toBe('Aigerim Sadykova');

    // A progress update by its milestone's code, which its snapshot carries.
    const partner = await t.user('partner', ids.leadId);
    const reported = await partner.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId: milestone.id, progress: 40, status: 'in_progress', narrative: { en: 'Venue booked' } },
    });
    expect(reported.statusCode).toBe(201);
    const [report] = await list({ entityId: reported.json<{ id: string }>().id });
    expect(report).toMatchObject({ entityType: 'progress-updates', subjectCode: milestone.code, subjectTitle: null });

    // A deletion names the record from what it was; the system (seed, jobs) has no name.
    const entityId = randomUUID();
    await t.db.query(
      `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after)
       VALUES (NULL, 'delete', 'evidence-files', $1, '{"fileName": "minutes.pdf"}', NULL)`,
      [entityId],
    );
    expect(await list({ entityId })).toEqual([
      expect.objectContaining({ actorId: null, actorName: null, subjectCode: 'minutes.pdf', subjectTitle: null }),
    ]);
  });

  it('filters by the organisation of the person who made the change', async () => {
    const events = await list({ actorOrganisationId: secretariatId });
    expect(events.map((event) => event.entityId)).toContain(milestone.id);
    expect(new Set(events.map((event) => event.actorId))).toEqual(new Set([staff.id]));
    expect(await list({ actorOrganisationId: ids.supportId })).toEqual([]);
  });

  it('filters by record type, one of the audited resources', async () => {
    const organisations = await list({ entityType: 'organisations' });
    expect(organisations.map((event) => event.entityId)).toContain(ids.leadId);
    expect(new Set(organisations.map((event) => event.entityType))).toEqual(new Set(['organisations']));
    expect(new Set((await list({ entityType: ['milestones', 'objectives'] })).map((e) => e.entityType))).toEqual(
      new Set(['milestones', 'objectives']),
    );
    const unknown = await staff.request({
      method: 'GET',
      url: `/api/audit-events?filter=${encodeURIComponent(JSON.stringify({ entityType: 'milestone' }))}`,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json<{ message: string }>().message).toMatch(/entityType must be one of action-plans, /);
  });

  it('filters by person, record and action, as before', async () => {
    expect((await list({ actorId: otherStaff.id })).map((event) => event.entityId)).toEqual([ids.leadId]);
    expect((await list({ entityId: milestone.id, action: 'create' })).map((event) => event.action)).toEqual(['create']);
  });

  it('filters by a period: occurredAt_gte and occurredAt_lte', async () => {
    const entityId = randomUUID();
    for (const day of ['2026-01-10', '2026-02-10', '2026-03-10']) {
      await t.db.query(
        `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after, occurred_at)
         VALUES ($1, 'update', 'milestones', $2, '{}', '{}', $3::timestamptz)`,
        [staff.id, entityId, `${day}T09:00:00Z`],
      );
    }
    const period = (filter: Record<string, unknown>) =>
      list({ entityId, ...filter }).then((events) => events.map((event) => event.occurredAt.slice(0, 10)));
    expect(await period({ occurredAt_gte: '2026-02-01T00:00:00Z', occurredAt_lte: '2026-02-28T23:59:59Z' })).toEqual([
      '2026-02-10',
    ]);
    expect(await period({ occurredAt_gte: '2026-02-10T09:00:00Z' })).toEqual(['2026-03-10', '2026-02-10']);
    expect(await period({ occurredAt_lte: '2026-02-10T09:00:00Z' })).toEqual(['2026-02-10', '2026-01-10']);
  });

  it('exports the list as CSV like the list reads: what happened, the record and the person, in the language', async () => {
    const response = await staff.request({
      method: 'GET',
      url: `/api/audit-events/export?format=csv&lang=ru&filter=${encodeURIComponent(JSON.stringify({ entityId: milestone.id }))}`,
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /attachment; filename="audit-events-\d{4}-\d{2}-\d{2}-ru\.csv"/,
    );
    const [header, ...rows] = parse(response.rawPayload, { bom: true }) as string[][];
    expect(header.slice(0, 7)).toEqual([
      'Когда',
      'Что произошло',
      'Тип записи',
      'Запись',
      'Запись (название)',
      'Кто',
      'Организация',
    ]);
    const column = (name: string) => rows.map((row) => row[header.indexOf(name)]);
    // Newest first, as the list.
    expect(column('Что произошло')).toEqual(['Изменено', 'Создано']);
    expect(column('Тип записи')).toEqual(['Этап', 'Этап']);
    expect(column('Запись')).toEqual([milestone.code, milestone.code]);
    expect(column('Запись (название)')[0]).toBe('Совместный семинар в Астане');
    expect(column('Кто')[0]).toMatch(/^Test staff /);
    expect(column('Организация')[0]).toMatch(/\S/);
    // The ids last, for a machine.
    expect(column('actorOrganisationId')[0]).toBe(secretariatId);
    // Staff only, like the list.
    const partner = await t.user('partner', ids.leadId);
    expect((await partner.request({ method: 'GET', url: '/api/audit-events/export?format=csv' })).statusCode).toBe(403);
  });
});
