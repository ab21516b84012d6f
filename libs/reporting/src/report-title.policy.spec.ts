import { describe, expect, it } from '@jest/globals';
import { correctedReportTitles, defaultReportTitle, newReportTitles } from './report-title.policy.js';

describe("a report's titles", () => {
  it('fill every language the author did not name with the default of that language', () => {
    expect(newReportTitles({ ru: '  Доклад за первое полугодие  ' }, '2026-12-04')).toEqual({
      en: 'Report to the plenary, 4 December 2026',
      ru: 'Доклад за первое полугодие',
      kk: defaultReportTitle('kk', '2026-12-04'),
    });
    expect(defaultReportTitle('kk', '2026-12-04')).toMatch(/^Пленарлық сессияға баяндама, 2026/);
  });

  it('take defaults for none given and for blank ones', () => {
    const titles = newReportTitles({ en: ' ' }, '2027-01-05');
    expect(titles.en).toBe('Report to the plenary, 5 January 2027');
    expect(titles.ru).toMatch(/^Доклад пленарной сессии, 5 января 2027/);
    expect(newReportTitles(undefined, '2027-01-05')).toEqual(titles);
  });

  it('are corrected one language at a time', () => {
    expect(correctedReportTitles({ en: 'A', ru: 'Б', kk: 'В' }, { kk: ' Г ', en: '' })).toEqual({
      en: 'A',
      ru: 'Б',
      kk: 'Г',
    });
  });
});
