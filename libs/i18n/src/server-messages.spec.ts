import { describe, expect, it } from '@jest/globals';
import { LOCALES, serverMessage } from './index.js';

describe('server messages', () => {
  it('count seconds with the plural each language needs', () => {
    const ru = (n: number) => serverMessage('ru', { key: 'too_many_sign_in_attempts', seconds: n });
    expect(ru(1)).toBe('Слишком много попыток входа; повторите через 1 секунду');
    expect(ru(3)).toBe('Слишком много попыток входа; повторите через 3 секунды');
    expect(ru(5)).toBe('Слишком много попыток входа; повторите через 5 секунд');
    expect(ru(21)).toBe('Слишком много попыток входа; повторите через 21 секунду');
    expect(ru(1200)).toBe('Слишком много попыток входа; повторите через 1\u00a0200 секунд');
    expect(serverMessage('en', { key: 'too_many_sign_in_attempts', seconds: 1 })).toBe(
      'Too many sign-in attempts; try again in 1 second',
    );
    expect(serverMessage('kk', { key: 'too_many_sign_in_attempts', seconds: 30 })).toBe(
      'Кіру әрекеттері тым көп; 30 секундтан кейін қайталаңыз',
    );
  });

  it('name what was counted', () => {
    expect(serverMessage('en', { key: 'rate_limited', action: 'search', seconds: 12 })).toBe(
      'Too many searches from this account; try again in 12 seconds',
    );
    expect(serverMessage('ru', { key: 'rate_limited', action: 'export', seconds: 2 })).toBe(
      'Слишком много выгрузок с этой учётной записи; повторите через 2 секунды',
    );
    expect(serverMessage('kk', { key: 'rate_limited', action: 'upload', seconds: 2 })).toBe(
      'Бұл тіркелгіден файл жүктеулері тым көп; 2 секундтан кейін қайталаңыз',
    );
  });

  it('exist in every language, and differ between them', () => {
    for (const message of [
      { key: 'statement_timeout' } as const,
      { key: 'rate_limited', action: 'password', seconds: 60 } as const,
    ]) {
      const texts = LOCALES.map((locale) => serverMessage(locale, message));
      expect(new Set(texts).size).toBe(LOCALES.length);
      for (const text of texts) expect(text.length).toBeGreaterThan(10);
    }
  });
});
