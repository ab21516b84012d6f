import { describe, expect, it } from '@jest/globals';
import { plainToInstance, Type } from 'class-transformer';
import { IsPositive, validate } from 'class-validator';
import { serverMessages } from '#i18n';
import {
  flattenValidationErrors,
  IsCalendarDate,
  IsIn,
  IsInt,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from './validation.js';

class Inner {
  @IsString()
  @MaxLength(3)
  en: string;
}

class Sample {
  @IsIn(['planned', 'delayed'])
  status: string;

  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(99, { each: true })
  days: number[];

  // `$` in a pattern, and in what class-validator would read as `$property`: the message carries both as they are.
  @Matches(/^[A-Z]+\$property$/)
  code: string;

  @Matches(/^\d+$/, { message: (field) => ({ key: 'codeFormat', field }) })
  ref: string;

  @IsCalendarDate()
  dueDate: string;

  @ValidateNested()
  @Type(() => Inner)
  title: Inner;

  // Taken from class-validator itself: its English text stands, in every language a general one.
  @IsPositive()
  count: number;
}

async function reasons(plain: object) {
  const errors = await validate(plainToInstance(Sample, plain), {
    whitelist: true,
    forbidNonWhitelisted: true,
  });
  return flattenValidationErrors(errors);
}

describe('validation messages from the catalogue', () => {
  it('carry each constraint as a message with its values, for the field and path class-validator names', async () => {
    const found = await reasons({
      status: 'late',
      days: [0, 100],
      code: 'A$',
      ref: 'x',
      dueDate: '2026-02-30',
      title: { en: 'long' },
      count: -1,
      colour: 'red',
    });
    expect(found).toEqual({
      status: { key: 'isIn', field: 'status', values: ['planned', 'delayed'] },
      days: { key: 'max', field: 'days', each: true, max: 99 },
      code: { key: 'matches', field: 'code', pattern: '/^[A-Z]+\\$property$/' },
      ref: { key: 'codeFormat', field: 'ref' },
      dueDate: { key: 'isCalendarDate', field: 'dueDate' },
      'title.en': { key: 'maxLength', field: 'en', max: 3 },
      count: { key: 'fieldProblem', text: 'count must be a positive number' },
      colour: { key: 'notAllowed', field: 'colour' },
    });
    expect(serverMessages('en', found)).toMatchObject({
      status: 'status must be one of the following values: planned, delayed',
      days: 'each value in days must not be greater than 99',
      code: 'code must match /^[A-Z]+\\$property$/ regular expression',
      'title.en': 'en must be shorter than or equal to 3 characters',
      count: 'count must be a positive number',
      colour: 'property colour should not exist',
    });
    expect(serverMessages('ru', found)).toMatchObject({
      days: 'Каждое значение поля days должно быть не больше 99',
      'title.en': 'Поле en должно быть не длиннее 3 символов',
      count: 'недопустимое значение',
    });
  });

  it('name a nested property that is not an object', async () => {
    const found = await reasons({ status: 'planned', days: [], code: 'A', ref: '1', dueDate: '2026-01-01', title: 5 });
    expect(found.title).toEqual({ key: 'nestedObject', field: 'title' });
    expect(serverMessages('en', { title: found.title })).toEqual({
      title: 'nested property title must be either object or array',
    });
  });
});
