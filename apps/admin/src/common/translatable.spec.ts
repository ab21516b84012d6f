import { describe, expect, it } from '@jest/globals';
import { missingTranslations, translate } from './translatable.js';

describe('translatable text', () => {
  it('shows the text in the reader language when there is one', () => {
    expect(translate({ en: 'Platform', kk: 'Платформа' }, 'kk')).toEqual({
      text: 'Платформа',
      locale: 'kk',
      fallback: false,
    });
  });

  it('falls back to English, saying so', () => {
    expect(translate({ en: 'Platform', ru: '' }, 'ru')).toEqual({ text: 'Platform', locale: 'en', fallback: true });
  });

  it('shows whatever language exists when English is missing (a narrative written in Russian)', () => {
    expect(translate({ ru: 'Семинар проведён' }, 'kk')).toEqual({
      text: 'Семинар проведён',
      locale: 'ru',
      fallback: true,
    });
    expect(translate(null, 'en')).toEqual({ text: '', locale: null, fallback: false });
  });

  it('lists the languages an English text still lacks', () => {
    expect(missingTranslations({ en: 'Platform', ru: 'Платформа', kk: '  ' })).toEqual(['kk']);
    expect(missingTranslations({ en: 'Platform', ru: 'Платформа', kk: 'Платформа' })).toEqual([]);
    expect(missingTranslations({ en: '' })).toEqual([]);
  });
});
