import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import JSZip from 'jszip';
import mammoth from 'mammoth';
import { extractText, getDocumentProxy } from 'unpdf';
import { serverWords } from '#i18n';
import { REX_587_OPINION } from '#plan';
import { createMilestone, createPlanTree, type Ids } from '../support/factories.js';
import { createTestApp, type TestApp, type TestUser } from '../support/test-app.js';

/**
 * The plenary report as each language's reader gets it: columns that say what they hold, the overall progress
 * filled, numbers and dates in the language's own form, one date for "today" on cover and footer, and table
 * headers broken only between words.
 */
describe('report files in English, Russian and Kazakh', () => {
  let t: TestApp;
  let ids: Ids;
  let staff: TestUser;
  let reviewer: TestUser;
  let partner: TestUser;
  let reportId: string;
  let reviewed: { id: string; code: string };
  let pending: { id: string; code: string };
  let leadCode: string;
  let reviewerName: string;
  let planCode: string;
  let staffName: string;
  let titles: Record<'en' | 'ru' | 'kk', string>;
  let supportCode: string;

  const download = async (format: string, lang: string) => {
    const response = await staff.request({
      method: 'GET',
      url: `/api/reports/${reportId}/download?format=${format}&lang=${lang}`,
    });
    expect(response.statusCode).toBe(200);
    return response.rawPayload;
  };
  const csv = async (lang: string) => parse(await download('csv', lang), { bom: true }) as string[][];
  const docxText = async (lang: string) =>
    (await mammoth.extractRawText({ buffer: await download('docx', lang) })).value;
  const pdfText = async (lang: string) =>
    (await extractText(await getDocumentProxy(new Uint8Array(await download('pdf', lang))), { mergePages: true })).text;

  beforeAll(async () => {
    t = await createTestApp();
    ids = await createPlanTree(t);
    staff = await t.user('staff');
    reviewer = await t.user('staff');
    partner = await t.user('partner', ids.leadId);
    const plan = await t.request({ method: 'GET', url: `/api/action-plans/${ids.planId}` });
    await t.request({
      method: 'PUT',
      url: `/api/action-plans/${ids.planId}`,
      headers: { 'if-match': plan.headers.etag as string },
      payload: {
        opinion: REX_587_OPINION,
        title: { en: 'Test plan', ru: 'Тестовый план', kk: 'Сынақ жоспары' },
      },
    });
    planCode = plan.json<{ code: string }>().code;
    staffName = (await t.request({ method: 'GET', url: `/api/users/${staff.id}` })).json<{ name: string }>().name;
    leadCode = (await t.request({ method: 'GET', url: `/api/organisations/${ids.leadId}` })).json<{
      shortCode: string;
    }>().shortCode;
    supportCode = (await t.request({ method: 'GET', url: `/api/organisations/${ids.supportId}` })).json<{
      shortCode: string;
    }>().shortCode;
    // The plan's levels in every language, as a real plan has them: what is left in English is the product's.
    for (const [resource, id, title] of [
      ['priorities', ids.priorityId, { en: 'A priority', ru: 'Приоритет плана', kk: 'Жоспар басымдығы' }],
      ['objectives', ids.objectiveId, { en: 'An objective', ru: 'Цель плана', kk: 'Жоспар мақсаты' }],
    ] as const) {
      const current = await t.request({ method: 'GET', url: `/api/${resource}/${id}` });
      const put = await t.request({
        method: 'PUT',
        url: `/api/${resource}/${id}`,
        headers: { 'if-match': current.headers.etag as string },
        payload: { title },
      });
      expect(put.statusCode).toBe(200);
    }
    reviewed = await createMilestone(t, ids, {
      title: { en: 'Youth exchange', ru: 'Молодёжный обмен', kk: 'Жастар алмасуы' },
      supportingOrganisationIds: [ids.supportId],
    });
    pending = await createMilestone(t, ids, {
      title: { en: 'Round table', ru: 'Круглый стол', kk: 'Дөңгелек үстел' },
      progress: 15,
    });
    reviewerName = (await t.request({ method: 'GET', url: `/api/users/${reviewer.id}` })).json<{ name: string }>().name;
    const report = async (milestone: { id: string }, narrative: object, progress: number) => {
      const id = milestone.id;
      const response = await partner.request({
        method: 'POST',
        url: '/api/progress-updates',
        payload: { milestoneId: id, progress, status: 'in_progress', narrative },
      });
      expect(response.statusCode).toBe(201);
      return response.json<{ id: string }>().id;
    };
    // A narrative written in Russian only: the English file must still show it.
    const approvedId = await report(reviewed, { ru: 'Отобраны сорок студентов' }, 43);
    const approved = await reviewer.request({
      method: 'POST',
      url: `/api/progress-updates/${approvedId}/approve`,
      payload: { version: 1 },
    });
    expect(approved.statusCode).toBe(200);
    await report(pending, { en: 'Invitations sent', ru: 'Приглашения отправлены', kk: 'Шақырулар жіберілді' }, 20);
    const made = await staff.request({
      method: 'POST',
      url: '/api/reports',
      payload: { actionPlanId: ids.planId, title: { ru: 'Доклад за полугодие' } },
    });
    expect(made.statusCode).toBe(201);
    reportId = made.json<{ id: string }>().id;
    titles = made.json<{ title: Record<'en' | 'ru' | 'kk', string> }>().title;
  }, 60_000);
  afterAll(() => t.close());

  it('a title given in one language gets the others’ defaults, and each can be corrected alone', async () => {
    expect(titles.ru).toBe('Доклад за полугодие');
    expect(titles.en).toMatch(/^Report to the plenary, \d{1,2} [A-Z][a-z]+ \d{4}$/);
    expect(titles.kk).toMatch(/^Пленарлық сессияға баяндама, /);
    const other = await staff.request({ method: 'POST', url: '/api/reports', payload: { actionPlanId: ids.planId } });
    expect(other.statusCode).toBe(201);
    const { id, version, title } = other.json<{ id: string; version: number; title: Record<string, string> }>();
    expect(title.en).toBe(titles.en);
    const corrected = await staff.request({
      method: 'PUT',
      url: `/api/reports/${id}`,
      headers: { 'if-match': `W/"${version}"` },
      payload: { title: { kk: 'Жарты жылдық баяндама' } },
    });
    expect(corrected.statusCode).toBe(200);
    expect(corrected.json<{ title: Record<string, string> }>().title).toEqual({
      ...title,
      kk: 'Жарты жылдық баяндама',
    });
    const kk = await staff.request({ method: 'GET', url: `/api/reports/${id}/download?format=docx&lang=kk` });
    expect((await mammoth.extractRawText({ buffer: kk.rawPayload })).value).toContain('Жарты жылдық баяндама');
  });

  it('CSV: every column says what it holds, in the file’s language', async () => {
    const [header, ...rows] = await csv('en');
    expect(header).toEqual([
      'Priority',
      'Objective',
      'Code',
      'Milestone',
      'Start',
      'Due',
      'Status',
      'Progress (%)',
      'Self-reported (%)',
      'Self-reported: status reported',
      'Self-reported: review',
      'Self-reported: reported by',
      'Self-reported: submitted on',
      'Verified (%)',
      'Verified: verified by',
      'Verified: verified on',
      'Lead organisation',
      'Supporting organisations',
      'Latest report',
    ]);
    const row = (code: string) =>
      Object.fromEntries(header.map((name, i) => [name, rows.find((r) => r[2] === code)![i]]));
    expect(row(reviewed.code)).toMatchObject({
      'Self-reported (%)': '43',
      'Self-reported: status reported': 'In progress',
      'Self-reported: review': 'approved',
      'Self-reported: reported by': leadCode,
      'Self-reported: submitted on': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      'Verified (%)': '43',
      'Verified: verified by': reviewerName,
      'Verified: verified on': expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
      'Latest report': 'Отобраны сорок студентов',
    });
    expect(row(pending.code)).toMatchObject({
      'Self-reported: review': 'awaiting review',
      'Verified: verified by': '',
      'Latest report': 'Invitations sent',
    });
    const w = serverWords('ru').report;
    const [russian] = await csv('ru');
    expect(russian).toContain(`${w.selfReported}: ${w.reportingOrganisation}`);
    expect(russian).toContain(`${w.verified}: ${w.reviewedOn}`);
    expect(russian.join(' ')).not.toMatch(/[A-Za-z]/);
  });

  it('cover: the opinion’s facts written in the file’s language, with no English left in Russian or Kazakh', async () => {
    const expected = {
      en: ["Dumitru Fornea (Workers' Group, Group II, Romania)", 'External Relations (REX)', '26–27 March 2025'],
      ru: [
        'Думитру Форня (группа «Трудящиеся», II группа, Румыния)',
        'Секция внешних связей (REX)',
        '26–27 марта 2025 г.',
      ],
      kk: [
        'Думитру Форня («Еңбеккерлер» тобы, II топ, Румыния)',
        'Сыртқы байланыстар секциясы (REX)',
        '2025 ж. 26–27 наурыз',
      ],
    };
    for (const lang of ['en', 'ru', 'kk'] as const) {
      // ICU writes "2025 г." with a narrow no-break space: read as a space here.
      const text = (await docxText(lang)).replace(/[\u00a0\u202f]/g, ' ');
      for (const line of expected[lang])
        expect({ lang, line, found: text.includes(line) }).toEqual({ lang, line, found: true });
    }
    for (const lang of ['ru', 'kk'] as const) {
      const cover = (await docxText(lang)).split(serverWords(lang).report.summary)[0];
      // Codes (the plan's, REX) and the author's name aside, no Latin word is left.
      const latin = cover
        .replaceAll(planCode, '')
        .replaceAll(staffName, '')
        .match(/\b[A-Za-z]{3,}\b/g)
        ?.filter((word) => !['REX'].includes(word));
      expect({ lang, latin: latin ?? [] }).toEqual({ lang, latin: [] });
    }
  });

  it('the whole file, in Russian and in Kazakh, holds no English: every word the product writes is translated', async () => {
    for (const lang of ['ru', 'kk'] as const) {
      for (const text of [await docxText(lang), await pdfText(lang)]) {
        // What stays as it is in every language: codes (the plan's, organisations', REX) and people's names.
        let rest = text;
        for (const kept of [planCode, leadCode, supportCode, staffName, reviewerName])
          rest = rest.replaceAll(kept, ' ');
        const latin = (rest.match(/[A-Za-z]{3,}/g) ?? []).filter((word) => word !== 'REX');
        expect({ lang, latin }).toEqual({ lang, latin: [] });
      }
    }
  });

  it('cover: the overall progress is filled, numbers and dates in the language’s form, one date for today', async () => {
    const en = await docxText('en');
    expect(en).toMatch(/Overall progress: \d+(\.\d)?%/);
    for (const lang of ['ru', 'kk'] as const) {
      const text = await docxText(lang);
      const w = serverWords(lang).report;
      // "31,5 %": a decimal comma, the sign set apart by a no-break space.
      expect(text).toMatch(new RegExp(`${w.planProgress}: \\d+(,\\d)?\\u00a0%`));
      expect(text).not.toMatch(/\d\.\d\s*%/);
      expect(text).not.toContain('г..');
    }
    // Cover and footer name the same day (the plan's), in the PDF where both are on one page.
    const pdf = await pdfText('ru');
    const asOf = /Положение на: (.+ г\.)/.exec(pdf)?.[1];
    expect(asOf).toBeDefined();
    expect(pdf).toContain(`REX/587: ${asOf}`);
  });

  it('PDF: table headers break between words, never inside one', async () => {
    for (const lang of ['en', 'ru', 'kk'] as const) {
      const w = serverWords(lang).report;
      const tokens = new Set((await pdfText(lang)).split(/\s+/));
      const headerWords = [
        w.code,
        w.milestone,
        w.due,
        w.status,
        w.progress,
        w.selfReported,
        w.verified,
        w.lead,
        w.supporting,
        w.priority,
        w.milestones,
        ...Object.values(w.statuses),
      ].flatMap((label) => label.split(/\s+/));
      const broken = headerWords.filter((word) => !tokens.has(word));
      expect({ lang, broken }).toEqual({ lang, broken: [] });
    }
  });

  interface StructNode {
    role?: string;
    type?: string;
    children?: StructNode[];
  }
  const roles = (node: StructNode | null): string[] =>
    node ? [...(node.role ? [node.role] : []), ...(node.children ?? []).flatMap(roles)] : [];

  it('PDF: tagged for screen readers, with language, title, headings, header cells and bookmarks', async () => {
    for (const [lang, tag] of [
      ['en', 'en-GB'],
      ['ru', 'ru-RU'],
      ['kk', 'kk-KZ'],
    ] as const) {
      const pdf = await getDocumentProxy(new Uint8Array(await download('pdf', lang)));
      const { info } = (await pdf.getMetadata()) as { info: { Language?: string; Title?: string } };
      expect(info.Language).toBe(tag);
      // Titled in the file's language: given in Russian, defaulted in the others.
      expect(info.Title).toBe(`${planCode} – ${titles[lang]}`);
      const pages: string[][] = [];
      for (let n = 1; n <= pdf.numPages; n++) {
        pages.push(roles((await (await pdf.getPage(n)).getStructTree()) as StructNode));
      }
      const all = pages.flat();
      for (const role of ['Document', 'Sect', 'H1', 'H2', 'P', 'Table', 'THead', 'TBody', 'TR', 'TH', 'TD']) {
        expect({ lang, role, present: all.includes(role) }).toEqual({ lang, role, present: true });
      }
      // Reading order on a priority's page: its heading, then its objectives' headings and their tables.
      const priorityPage = pages.find((page) => page.includes('Table') && page.includes('H2'))!;
      expect(priorityPage.indexOf('H1')).toBeLessThan(priorityPage.indexOf('H2'));
      expect(priorityPage.indexOf('H2')).toBeLessThan(priorityPage.indexOf('Table'));
      // Each table's header cells come first, then its rows of data cells.
      expect(priorityPage.indexOf('TH')).toBeLessThan(priorityPage.indexOf('TD'));
      const outline = await pdf.getOutline();
      const w = serverWords(lang).report;
      expect(outline.map((item) => item.title)).toContain(w.summary);
      expect(outline.some((item) => item.items.length > 0)).toBe(true);
    }
  });

  it('DOCX: a title, the language, and header rows marked as such', async () => {
    const zip = await JSZip.loadAsync(await download('docx', 'ru'));
    const core = await zip.file('docProps/core.xml')!.async('string');
    expect(core).toContain(`<dc:title>${planCode} – Доклад за полугодие</dc:title>`);
    const styles = await zip.file('word/styles.xml')!.async('string');
    expect(styles).toMatch(/<w:lang w:val="ru-RU"/);
    const document = await zip.file('word/document.xml')!.async('string');
    const tables = document.split('<w:tbl>').length - 1;
    expect(tables).toBeGreaterThan(1);
    // Every table's first row is a header row (repeated on each page, announced as headers).
    expect(document.split('<w:tblHeader/>').length - 1).toBe(tables);
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
  });
});
