import { describe, expect, it } from '@jest/globals';
import { LOCALES, serverMessage, serverMessages, type ServerMessage } from './index.js';

describe('server messages', () => {
  it('count seconds with the plural each language needs', () => {
    const ru = (n: number) => serverMessage('ru', { key: 'tooManySignInAttempts', seconds: n });
    expect(ru(1)).toBe('Слишком много попыток входа; повторите через 1 секунду');
    expect(ru(3)).toBe('Слишком много попыток входа; повторите через 3 секунды');
    expect(ru(5)).toBe('Слишком много попыток входа; повторите через 5 секунд');
    expect(ru(21)).toBe('Слишком много попыток входа; повторите через 21 секунду');
    expect(ru(1200)).toBe('Слишком много попыток входа; повторите через 1\u00a0200 секунд');
    expect(serverMessage('en', { key: 'tooManySignInAttempts', seconds: 1 })).toBe(
      'Too many sign-in attempts; try again in 1 second',
    );
    expect(serverMessage('kk', { key: 'tooManySignInAttempts', seconds: 30 })).toBe(
      'Кіру әрекеттері тым көп; 30 секундтан кейін қайталаңыз',
    );
  });

  it('name what was counted', () => {
    expect(serverMessage('en', { key: 'rateLimited', action: 'search', seconds: 12 })).toBe(
      'Too many searches from this account; try again in 12 seconds',
    );
    expect(serverMessage('ru', { key: 'rateLimited', action: 'export', seconds: 2 })).toBe(
      'Слишком много выгрузок с этой учётной записи; повторите через 2 секунды',
    );
    expect(serverMessage('kk', { key: 'rateLimited', action: 'upload', seconds: 2 })).toBe(
      'Бұл тіркелгіден файл жүктеулері тым көп; 2 секундтан кейін қайталаңыз',
    );
  });

  it('exist in every language, and differ between them', () => {
    for (const message of [
      { key: 'statementTimeout' },
      { key: 'rateLimited', action: 'password', seconds: 60 },
    ] satisfies ServerMessage[]) {
      const texts = LOCALES.map((locale) => serverMessage(locale, message));
      expect(new Set(texts).size).toBe(LOCALES.length);
      for (const text of texts) expect(text.length).toBeGreaterThan(10);
    }
  });

  it('place a reason, itself a message, written in the same language', () => {
    const message: ServerMessage = {
      key: 'invalidQuery',
      parameter: 'filter',
      reason: { key: 'fieldReason', field: 'status', reason: { key: 'mustBeOneOf', values: ['planned', 'delayed'] } },
    };
    expect(serverMessage('en', message)).toBe(
      'Invalid query parameter "filter": status must be one of planned, delayed',
    );
    expect(serverMessage('ru', message)).toBe(
      'Недопустимый параметр запроса «filter»: status: должно быть одним из значений: planned, delayed',
    );
    expect(serverMessage('kk', message)).toBe(
      '«filter» сұрау параметрі жарамсыз: status: мына мәндердің бірі болуы керек: planned, delayed',
    );
  });

  it('write field names, codes and ids as they are, in every language', () => {
    for (const locale of LOCALES) {
      expect(serverMessage(locale, { key: 'maxLength', field: 'en', max: 300 })).toContain('en');
      expect(serverMessage(locale, { key: 'notFound', resource: 'milestone', id: 'abc-123' })).toContain('abc-123');
      expect(serverMessage(locale, { key: 'needsRole', roles: ['admin', 'staff'] })).toContain('admin, staff');
    }
  });

  it('keep class-validator’s English, "each value in" a list included', () => {
    expect(serverMessage('en', { key: 'maxLength', field: 'en', max: 300 })).toBe(
      'en must be shorter than or equal to 300 characters',
    );
    expect(serverMessage('en', { key: 'min', field: 'daysBefore', each: true, min: 1 })).toBe(
      'each value in daysBefore must not be less than 1',
    );
    expect(serverMessage('en', { key: 'isIn', field: 'status', values: ['planned', 'delayed'] })).toBe(
      'status must be one of the following values: planned, delayed',
    );
    expect(serverMessage('en', { key: 'notAllowed', field: 'isAdmin' })).toBe('property isAdmin should not exist');
  });

  it('count characters, rows and elements with the Russian plural, numbers in the language’s format', () => {
    const ru = (max: number) => serverMessage('ru', { key: 'maxLength', field: 'title', max });
    expect(ru(1)).toBe('Поле title должно быть не длиннее 1 символа');
    expect(ru(2)).toBe('Поле title должно быть не длиннее 2 символов');
    expect(ru(21)).toBe('Поле title должно быть не длиннее 21 символа');
    expect(ru(10000)).toBe('Поле title должно быть не длиннее 10\u00a0000 символов');
    expect(serverMessage('ru', { key: 'rowsHaveErrors', invalid: 3, total: 21 })).toBe(
      'Ошибки в 3 из 21 строки; ничего не импортировано',
    );
    expect(serverMessage('ru', { key: 'rowsHaveErrors', invalid: 1, total: 5 })).toBe(
      'Ошибки в 1 из 5 строк; ничего не импортировано',
    );
    expect(serverMessage('ru', { key: 'arrayMaxSize', field: 'evidence', max: 20 })).toBe(
      'Поле evidence должно содержать не более 20 элементов',
    );
    expect(serverMessage('ru', { key: 'min', field: 'daysBefore', each: true, min: 1 })).toBe(
      'Каждое значение поля daysBefore должно быть не меньше 1',
    );
    expect(serverMessage('kk', { key: 'maxLength', field: 'title', max: 10000 })).toBe(
      'title өрісі 10\u00a0000 таңбадан аспауы керек',
    );
    // English keeps the figures it has always written: "1000", not "1,000".
    expect(serverMessage('en', { key: 'rangeSpan', rows: 1000 })).toBe('may span at most 1000 rows');
    expect(serverMessage('ru', { key: 'rangeSpan', rows: 1000 })).toBe('может охватывать не более 1\u00a0000 строк');
  });

  it('name a record in the case the sentence needs', () => {
    expect(serverMessage('ru', { key: 'notFound', resource: 'organisation', id: 'x' })).toBe('Нет организации с id x');
    expect(serverMessage('ru', { key: 'versionConflict', resource: 'organisation', version: 4 })).toMatch(
      /^Кто-то другой уже изменил организацию \(теперь версия 4\)/,
    );
    expect(serverMessage('en', { key: 'versionConflict', resource: 'organisation', version: 4 })).toBe(
      'The organisation was changed by someone else (now at version 4); reload it and try again',
    );
  });

  it('write every reason of a refusal', () => {
    expect(
      serverMessages('ru', {
        title: { key: 'isString', field: 'title' },
        admin: { key: 'notAllowed', field: 'admin' },
      }),
    ).toEqual({ title: 'Поле title должно быть строкой', admin: 'Поле admin не предусмотрено' });
  });
});
