import { describe, expect, it } from '@jest/globals';
import { translatedOpinion } from './1795840000000-TranslatedOpinionFacts.js';

describe('the opinion facts, from plain text to every language', () => {
  it('gives the seeded REX/587 facts their Russian and Kazakh, and the session its days', () => {
    expect(
      translatedOpinion({
        rapporteur: "Dumitru Fornea (Workers' Group, Group II, Romania)",
        section: 'External Relations (REX)',
        sectionAdoptedAt: '2025-02-11',
        plenarySession: '26-27 March 2025',
        votesFor: 147,
      }),
    ).toEqual({
      rapporteur: {
        en: "Dumitru Fornea (Workers' Group, Group II, Romania)",
        ru: 'Думитру Форня (группа «Трудящиеся», II группа, Румыния)',
        kk: 'Думитру Форня («Еңбеккерлер» тобы, II топ, Румыния)',
      },
      section: {
        en: 'External Relations (REX)',
        ru: 'Секция внешних связей (REX)',
        kk: 'Сыртқы байланыстар секциясы (REX)',
      },
      sectionAdoptedAt: '2025-02-11',
      plenarySession: { from: '2025-03-26', to: '2025-03-27' },
      votesFor: 147,
    });
  });

  it('keeps other text as English, reads one day or a range with an en dash, and drops a text without days', () => {
    expect(translatedOpinion({ rapporteur: 'Jane Doe', plenarySession: '3 July 2026' })).toEqual({
      rapporteur: { en: 'Jane Doe' },
      plenarySession: { from: '2026-07-03', to: '2026-07-03' },
    });
    expect(translatedOpinion({ plenarySession: '9–10 December 2026' })).toEqual({
      plenarySession: { from: '2026-12-09', to: '2026-12-10' },
    });
    expect(translatedOpinion({ plenarySession: 'the spring session', votesFor: 1 })).toEqual({ votesFor: 1 });
    expect(translatedOpinion({ plenarySession: '27-26 March 2025' })).toEqual({});
  });

  it('leaves facts already translated as they are', () => {
    const current = { rapporteur: { en: 'A', ru: 'А' }, plenarySession: { from: '2025-03-26', to: '2025-03-27' } };
    expect(translatedOpinion(current)).toEqual(current);
  });
});
