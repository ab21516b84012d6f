import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { stringify } from 'csv-stringify/sync';
import type { Locale } from '#i18n';
import { createMilestone, createOrganisation, createPlanTree, type Ids } from '../support/factories.js';
import { multipartFile } from '../support/multipart.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

interface Answer {
  statusCode: number;
  message: string;
  errors?: Record<string, string>;
}

/** Any Cyrillic letter; Kazakh has letters Russian does not. */
const CYRILLIC = /[а-яё]/i;
const KAZAKH = /[әғқңөұүһі]/i;

const enc = (value: unknown) => encodeURIComponent(JSON.stringify(value));

/**
 * Every message of the server in the reader's language: the account's own, else Accept-Language. The English
 * answers are exactly what the API has always written; the Russian and Kazakh ones hold none of that English,
 * and keep the statuses, field names and codes.
 */
describe("messages in the reader's language", () => {
  let t: TestApp;
  let ids: Ids;
  let milestone: { id: string; code: string };
  let hiddenUpdateId: string;
  let objectiveCode: string;
  const staff = {} as Record<Locale, TestUser>;
  const partner = {} as Record<Locale, TestUser>;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    const other = await createOrganisation(t);
    milestone = await createMilestone(t, ids, { visibility: 'public' });
    // A stale version for the 409: the milestone is now at version 2.
    await t.request({ method: 'PUT', url: `/api/milestones/${milestone.id}`, payload: { version: 1, progress: 5 } });
    const update = await t.request({
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId: milestone.id, progress: 10, status: 'in_progress', narrative: { en: 'Started' } },
    });
    hiddenUpdateId = update.json<{ id: string }>().id;
    const objective = await t.request({ method: 'GET', url: `/api/objectives/${ids.objectiveId}` });
    objectiveCode = objective.json<{ code: string }>().code;
    for (const locale of ['en', 'ru', 'kk'] as const) {
      staff[locale] = await t.user('staff');
      // A partner of an organisation that neither leads nor supports the milestone.
      partner[locale] = await t.user('partner', other.id);
      await t.db.query('UPDATE users SET locale = $1 WHERE id = ANY($2)', [
        locale,
        [staff[locale].id, partner[locale].id],
      ]);
    }
  });
  afterAll(() => t.close());

  /** The answer of each language's user to the same request, each asked in the others' browser language. */
  async function askEach(user: Record<Locale, TestUser>, request: InjectOptions) {
    const answers = {} as Record<Locale, { status: number; body: Answer }>;
    for (const locale of ['en', 'ru', 'kk'] as const) {
      // The account's language wins over the browser's.
      const browser = locale === 'en' ? 'ru' : 'en';
      const response = await user[locale].request({
        ...request,
        headers: { 'accept-language': browser, ...request.headers },
      });
      answers[locale] = { status: response.statusCode, body: response.json<Answer>() };
    }
    return answers;
  }

  /** Russian and Kazakh answers: same status and fields, in their language, without the English text. */
  function expectTranslated(answers: Record<Locale, { status: number; body: Answer }>) {
    const en = answers.en.body;
    for (const locale of ['ru', 'kk'] as const) {
      const { status, body } = answers[locale];
      expect({ locale, status, statusCode: body.statusCode }).toEqual({
        locale,
        status: answers.en.status,
        statusCode: en.statusCode,
      });
      expect(Object.keys(body.errors ?? {}).sort()).toEqual(Object.keys(en.errors ?? {}).sort());
      const texts = [
        [body.message, en.message],
        ...Object.entries(en.errors ?? {}).map(([field, english]) => [body.errors![field], english]),
      ];
      for (const [text, english] of texts) {
        expect({ locale, text }).toEqual({ locale, text: expect.stringMatching(CYRILLIC) });
        expect({ locale, text }).not.toEqual({ locale, text: expect.stringContaining(english) });
      }
      if (locale === 'kk') expect(body.message).toMatch(KAZAKH);
    }
    expect(answers.ru.body.message).not.toBe(answers.kk.body.message);
  }

  it('a validation error: every constraint kind in the language, field names as they are', async () => {
    const answers = await askEach(staff, {
      method: 'POST',
      url: '/api/milestones',
      payload: {
        objectiveId: 'nope',
        leadOrganisationId: ids.leadId,
        supportingOrganisationIds: ['x'],
        title: { en: '', ru: 'я'.repeat(301) },
        dueDate: '2027-13-01',
        progress: 101,
        status: 'late',
        colour: 'red',
      },
    });
    expect(answers.en).toEqual({
      status: 400,
      body: {
        statusCode: 400,
        message: 'Validation failed',
        errors: {
          objectiveId: 'objectiveId must be a UUID',
          supportingOrganisationIds: 'each value in supportingOrganisationIds must be a UUID',
          'title.en': 'en should not be empty',
          'title.ru': 'ru must be shorter than or equal to 300 characters',
          dueDate: 'dueDate must be a date in the form YYYY-MM-DD',
          progress: 'progress must not be greater than 100',
          status:
            'status must be one of the following values: planned, in_progress, at_risk, delayed, completed, cancelled',
          colour: 'property colour should not exist',
        },
      },
    });
    expectTranslated(answers);
    expect(answers.ru.body).toEqual({
      statusCode: 400,
      message: 'Данные не прошли проверку',
      errors: {
        objectiveId: 'Поле objectiveId должно быть UUID',
        supportingOrganisationIds: 'Каждое значение поля supportingOrganisationIds должно быть UUID',
        'title.en': 'Поле en не должно быть пустым',
        'title.ru': 'Поле ru должно быть не длиннее 300 символов',
        dueDate: 'Поле dueDate должно быть датой в формате ГГГГ-ММ-ДД',
        progress: 'Поле progress должно быть не больше 100',
        status:
          'Поле status должно быть одним из значений: planned, in_progress, at_risk, delayed, completed, cancelled',
        colour: 'Поле colour не предусмотрено',
      },
    });
    expect(answers.kk.body.message).toBe('Деректер тексеруден өтпеді');
    expect(answers.kk.body.errors!['title.ru']).toBe('ru өрісі 300 таңбадан аспауы керек');
  });

  it('a 403 by role', async () => {
    const answers = await askEach(partner, { method: 'POST', url: '/api/milestones', payload: {} });
    expect(answers.en).toEqual({
      status: 403,
      body: { statusCode: 403, message: 'This needs one of the roles admin, staff' },
    });
    expectTranslated(answers);
    expect(answers.ru.body.message).toBe('Для этого нужна одна из ролей: admin, staff');
    expect(answers.kk.body.message).toBe('Бұл үшін мына рөлдердің бірі қажет: admin, staff');
  });

  it('a 403 by scope: a milestone the organisation neither leads nor supports', async () => {
    const answers = await askEach(partner, {
      method: 'POST',
      url: '/api/progress-updates',
      payload: { milestoneId: milestone.id, progress: 50, status: 'in_progress', narrative: { en: 'Done' } },
    });
    expect(answers.en).toEqual({
      status: 403,
      body: { statusCode: 403, message: 'Your organisation neither leads nor supports this milestone' },
    });
    expectTranslated(answers);
    expect(answers.ru.body.message).toBe('Ваша организация не является ни ведущей, ни поддерживающей для этого этапа');
  });

  it("a 404 by scope: another organisation's progress report", async () => {
    const answers = await askEach(partner, { method: 'GET', url: `/api/progress-updates/${hiddenUpdateId}` });
    expect(answers.en).toEqual({
      status: 404,
      body: { statusCode: 404, message: `No progress update with id ${hiddenUpdateId}` },
    });
    expectTranslated(answers);
    expect(answers.ru.body.message).toBe(`Нет отчёта о ходе работ с id ${hiddenUpdateId}`);
    expect(answers.kk.body.message).toBe(`id ${hiddenUpdateId} бойынша жұмыс барысы туралы есеп табылмады`);
  });

  it('a 404, and an unknown route', async () => {
    const id = '00000000-0000-4000-8000-000000000000';
    const answers = await askEach(staff, { method: 'GET', url: `/api/milestones/${id}` });
    expect(answers.en.body).toEqual({ statusCode: 404, message: `No milestone with id ${id}` });
    expectTranslated(answers);
    expect(answers.ru.body.message).toBe(`Нет этапа с id ${id}`);
    // Without a sign-in, the browser's language.
    const route = {} as Record<Locale, { status: number; body: Answer }>;
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const response = await t.anonymous({
        method: 'GET',
        url: '/api/no-such-resource',
        headers: { 'accept-language': locale },
      });
      route[locale] = { status: response.statusCode, body: response.json<Answer>() };
    }
    expect(route.en.body).toEqual({ statusCode: 404, message: 'Cannot GET /api/no-such-resource' });
    expectTranslated(route);
    // Signed in, the account's language, though no guard ran.
    const signedIn = await askEach(staff, { method: 'GET', url: '/api/no-such-resource' });
    expect(signedIn.en.body).toEqual(route.en.body);
    expect(signedIn.ru.body).toEqual(route.ru.body);
    expect(signedIn.kk.body).toEqual(route.kk.body);
  });

  it("a refusal before the guard read the sign-in (the body, its type, its size), in the account's language", async () => {
    const post = (headers: Record<string, string>, payload: string) =>
      askEach(staff, { method: 'POST', url: '/api/organisations', headers, payload });
    const json = { 'content-type': 'application/json' };
    const malformed = await post(json, '{"name":');
    expect(malformed.en.body).toEqual({
      statusCode: 400,
      message: expect.stringMatching(/^The request body is not valid JSON: /),
    });
    expectTranslated(malformed);
    expect(malformed.ru.body.message).toMatch(/^Тело запроса не является корректным JSON/);
    const text = await post({ 'content-type': 'text/plain' }, 'name');
    expect(text.en.body).toEqual({ statusCode: 415, message: 'Unsupported media type text/plain: send JSON' });
    expectTranslated(text);
    expect(text.kk.body.message).toBe('text/plain мазмұн түріне қолдау көрсетілмейді: JSON жіберіңіз');
    const large = await post(json, JSON.stringify({ name: { en: 'x'.repeat(1024 * 1024 + 10) } }));
    expect(large.en.body).toEqual({ statusCode: 413, message: 'Request body is too large' });
    expectTranslated(large);
    expect(large.ru.body.message).toBe('Тело запроса слишком велико');
  });

  it('a 409 version conflict, with the current record as before', async () => {
    const answers = await askEach(staff, {
      method: 'PUT',
      url: `/api/milestones/${milestone.id}`,
      payload: { version: 1, progress: 99 },
    });
    expect(answers.en.status).toBe(409);
    expect(answers.en.body).toMatchObject({
      statusCode: 409,
      message: 'The milestone was changed by someone else (now at version 2); reload it and try again',
      current: { id: milestone.id, version: 2 },
    });
    expectTranslated(answers);
    expect(answers.ru.body).toMatchObject({
      message: 'Кто-то другой уже изменил этап (теперь версия 2); загрузите данные заново и повторите',
      current: { id: milestone.id, version: 2 },
    });
  });

  it("an import dry run names each row's problems in the language, by column as before", async () => {
    const header = ['objective', 'title.en', 'title.ru', 'dueDate', 'lead', 'status'];
    const file = Buffer.from(
      stringify([header, ['NOPE', 'A milestone', '', '2027-02-30', 'NO-SUCH-ORG', 'late'], [objectiveCode]]),
    );
    const answers = {} as Record<Locale, { row: number; errors: Record<string, string> }[]>;
    for (const locale of ['en', 'ru', 'kk'] as const) {
      const response = await staff[locale].request({
        method: 'POST',
        url: `/api/milestones/import?actionPlanId=${ids.planId}&dryRun=true`,
        ...multipartFile(file, 'milestones.csv', 'text/csv'),
      });
      expect(response.statusCode).toBe(200);
      answers[locale] = response.json<{ rows: { row: number; errors: Record<string, string> }[] }>().rows;
    }
    expect(answers.en[0]).toEqual({
      row: 2,
      code: null,
      action: 'create',
      changes: {},
      errors: {
        objective: 'no objective of the plan has the code NOPE',
        lead: 'no organisation has the short code NO-SUCH-ORG',
        'title.ru': 'missing translation',
        dueDate: 'dueDate must be a date in the form YYYY-MM-DD',
        status:
          'status must be one of the following values: planned, in_progress, at_risk, delayed, completed, cancelled',
      },
    });
    expect(answers.ru[0].errors).toEqual({
      objective: 'ни у одной цели плана нет кода NOPE',
      lead: 'ни у одной организации нет краткого кода NO-SUCH-ORG',
      'title.ru': 'нет перевода',
      dueDate: 'Поле dueDate должно быть датой в формате ГГГГ-ММ-ДД',
      status: 'Поле status должно быть одним из значений: planned, in_progress, at_risk, delayed, completed, cancelled',
    });
    for (const locale of ['ru', 'kk'] as const) {
      for (const [index, row] of answers[locale].entries()) {
        expect(Object.keys(row.errors).sort()).toEqual(Object.keys(answers.en[index].errors).sort());
        for (const [column, text] of Object.entries(row.errors)) {
          expect(text).toMatch(CYRILLIC);
          expect(text).not.toContain(answers.en[index].errors[column]);
        }
      }
    }
    expect(answers.kk[0].errors['title.ru']).toBe('аудармасы жоқ');
  });

  it('a malformed list query, naming the parameter as before', async () => {
    for (const query of [`filter=${enc({ status: 'late' })}`, `range=${enc([0, 5000])}`, `sort=${enc(['x', 'UP'])}`]) {
      const answers = await askEach(staff, { method: 'GET', url: `/api/milestones?${query}` });
      expect(answers.en.status).toBe(400);
      expectTranslated(answers);
    }
    const filter = await askEach(staff, { method: 'GET', url: `/api/milestones?filter=${enc({ status: 'late' })}` });
    expect(filter.en.body).toEqual({
      statusCode: 400,
      message:
        'Invalid query parameter "filter": status must be one of planned, in_progress, at_risk, delayed, completed, cancelled',
      errors: { filter: 'status must be one of planned, in_progress, at_risk, delayed, completed, cancelled' },
    });
    expect(filter.ru.body.errors).toEqual({
      filter: 'status: должно быть одним из значений: planned, in_progress, at_risk, delayed, completed, cancelled',
    });
    const range = await askEach(staff, { method: 'GET', url: `/api/milestones?range=${enc([0, 5000])}` });
    expect(range.en.body.errors).toEqual({ range: 'may span at most 1000 rows' });
    expect(range.ru.body.errors).toEqual({ range: 'может охватывать не более 1\u00a0000 строк' });
    expect(range.kk.body.errors).toEqual({ range: 'ең көбі 1\u00a0000 жолды қамти алады' });
  });

  it('without a sign-in, in the language of Accept-Language; English without one', async () => {
    const login = (headers: Record<string, string>): Promise<LightMyRequestResponse> =>
      t.anonymous({
        method: 'POST',
        url: '/api/auth/login',
        headers,
        payload: { email: 'x'.repeat(255), remember: true },
      });
    const en = (await login({})).json<Answer>();
    expect(en).toEqual({
      statusCode: 400,
      message: 'Validation failed',
      errors: {
        email: 'email must be shorter than or equal to 254 characters',
        password: 'password must be shorter than or equal to 200 characters',
        remember: 'property remember should not exist',
      },
    });
    const answers = {
      en: { status: 400, body: en },
      ru: { status: 400, body: (await login({ 'accept-language': 'ru-RU,ru;q=0.9' })).json<Answer>() },
      kk: { status: 400, body: (await login({ 'accept-language': 'kk-KZ,ru;q=0.8,en;q=0.5' })).json<Answer>() },
    };
    expectTranslated(answers);
    expect(answers.kk.body).toEqual({
      statusCode: 400,
      message: 'Деректер тексеруден өтпеді',
      errors: {
        email: 'email өрісі 254 таңбадан аспауы керек',
        password: 'password өрісі 200 таңбадан аспауы керек',
        remember: 'remember өрісі қарастырылмаған',
      },
    });
    const wrong = await t.anonymous({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'accept-language': 'kk' },
      payload: { email: 'nobody@example.org', password: 'wrong password' },
    });
    expect(wrong.json()).toEqual({
      statusCode: 401,
      message: 'Электрондық пошта мекенжайы немесе құпиясөз дұрыс емес',
    });
  });
});
