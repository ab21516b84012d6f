import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import * as validator from 'class-validator';
import { Allow, IsOptional, registerDecorator, type ValidationError, type ValidationOptions } from 'class-validator';
import type { ServerMessage } from '#i18n';
import { isCalendarDate } from './list-sql.js';

/**
 * class-validator keeps a constraint's message as text: ours travels in it as JSON behind this mark, and
 * flattenValidationErrors reads it back, so that a reason is written in the reader's language when the HTTP
 * edge answers, not in English when the body is checked.
 */
const MARK = '\u0000message:';

// `$` escaped: class-validator replaces `$property`, `$value` and `$constraint1` in the text it is given.
const carried = (message: ServerMessage) => MARK + JSON.stringify(message).replace(/\$/g, '\\u0024');

function carriedMessage(text: string): ServerMessage | null {
  return text.startsWith(MARK) ? (JSON.parse(text.slice(MARK.length)) as ServerMessage) : null;
}

/** A constraint's options, with a message of the catalogue for the field instead of a text. */
export type CataloguedOptions = Omit<ValidationOptions, 'message'> & {
  message?: (field: string) => ServerMessage;
};

/** A constraint's own parameters (its values), beside the field its message names. */
type ConstraintParams<Key extends ServerMessage['key']> = Omit<
  Extract<ServerMessage, { key: Key }>,
  'key' | 'field' | 'each'
>;

/**
 * The options class-validator is given: the message is the catalogue's `key`, with the field (its property
 * name, as class-validator's own texts name it), whether each value of a list is checked, and `params`.
 */
function saying<Key extends ServerMessage['key']>(
  options: CataloguedOptions | undefined,
  key: Key,
  params: ConstraintParams<Key>,
): ValidationOptions {
  const { message: own, ...rest } = options ?? {};
  const field = (property: string) => (rest.each ? { field: property, each: true } : { field: property });
  return {
    ...rest,
    message: ({ property }) => carried(own ? own(property) : ({ key, ...field(property), ...params } as ServerMessage)),
  };
}

// The constraints the DTOs use, each with its message in the catalogue. Import them from here, not from
// class-validator (eslint.config.js refuses those there): class-validator's own messages are English only.
type Options = CataloguedOptions;
export const IsUUID = (version: validator.IsUUIDVersion, o?: Options) =>
  validator.IsUUID(version, saying(o, 'isUuid', {}));
export const IsIn = (values: readonly string[], o?: Options) =>
  validator.IsIn(values as string[], saying(o, 'isIn', { values }));
export const MaxLength = (max: number, o?: Options) => validator.MaxLength(max, saying(o, 'maxLength', { max }));
export const MinLength = (min: number, o?: Options) => validator.MinLength(min, saying(o, 'minLength', { min }));
export const Min = (min: number, o?: Options) => validator.Min(min, saying(o, 'min', { min }));
export const Max = (max: number, o?: Options) => validator.Max(max, saying(o, 'max', { max }));
export const IsInt = (o?: Options) => validator.IsInt(saying(o, 'isInt', {}));
export const IsEmail = (email?: Parameters<typeof validator.IsEmail>[0], o?: Options) =>
  validator.IsEmail(email, saying(o, 'isEmail', {}));
export const IsUrl = (url?: Parameters<typeof validator.IsUrl>[0], o?: Options) =>
  validator.IsUrl(url, saying(o, 'isUrl', {}));
export const Matches = (pattern: RegExp, o?: Options) =>
  validator.Matches(pattern, saying(o, 'matches', { pattern: String(pattern) }));
export const IsISO31661Alpha2 = (o?: Options) => validator.IsISO31661Alpha2(saying(o, 'isCountryCode', {}));
export const ArrayMaxSize = (max: number, o?: Options) =>
  validator.ArrayMaxSize(max, saying(o, 'arrayMaxSize', { max }));
export const ArrayUnique = (o?: Options) => validator.ArrayUnique(saying(o, 'arrayUnique', {}));
export const IsArray = (o?: Options) => validator.IsArray(saying(o, 'isArray', {}));
export const IsString = (o?: Options) => validator.IsString(saying(o, 'isString', {}));
export const IsNotEmpty = (o?: Options) => validator.IsNotEmpty(saying(o, 'isNotEmpty', {}));
export const IsBoolean = (o?: Options) => validator.IsBoolean(saying(o, 'isBoolean', {}));
export const ValidateNested = (o?: Options) => validator.ValidateNested(saying(o, 'nestedObject', {}));

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export function IsCalendarDate(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: () => carried({ key: 'isCalendarDate', field: String(propertyName) }),
      },
    });
}

/** An IANA time zone the runtime knows (Asia/Almaty, Europe/Brussels). */
export function IsIanaTimeZone(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isIanaTimeZone',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => {
          if (typeof value !== 'string' || value.length > 64) return false;
          try {
            new Intl.DateTimeFormat('en', { timeZone: value });
            return true;
          } catch {
            return false;
          }
        },
        defaultMessage: () => carried({ key: 'isTimeZone', field: String(propertyName) }),
      },
    });
}

/** Titles: English required (the fallback language), Russian and Kazakh optional. */
export class TranslatableTitleDto {
  @ApiProperty({ example: 'Launch a civil society platform', maxLength: 300 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  en: string;

  @ApiPropertyOptional({ example: 'Создание платформы гражданского общества', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  ru?: string;

  @ApiPropertyOptional({ example: 'Азаматтық қоғам платформасын құру', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  kk?: string;
}

/** Longer text (descriptions, narratives): every language optional. */
export class TranslatableTextDto {
  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  en?: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  ru?: string;

  @ApiPropertyOptional({ maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  kk?: string;
}

/**
 * Server-owned fields react-admin's edit forms send back: accepted on PUT and
 * ignored, except `version`, read for the concurrency check.
 */
export class ServerOwnedFieldsDto {
  @ApiPropertyOptional({ description: 'The version being updated (alternative to If-Match)', example: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true })
  @Allow()
  id?: unknown;

  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true })
  @Allow()
  createdAt?: unknown;

  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true })
  @Allow()
  updatedAt?: unknown;
}

/** Fields every record carries in responses. */
export class RecordDto {
  @ApiProperty({ format: 'uuid' })
  id: string;

  @ApiProperty({ description: 'Optimistic-concurrency version; also sent as ETag W/"<version>"', example: 1 })
  version: number;

  @ApiProperty({ format: 'date-time' })
  createdAt: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt: string;
}

export class TranslatableDto {
  @ApiProperty()
  en: string;
  @ApiPropertyOptional()
  ru?: string;
  @ApiPropertyOptional()
  kk?: string;
}

/**
 * class-validator's nested errors as `{"title.en": reason}`, one reason per field: the catalogue message its
 * constraint carries; a property the resource does not have (whitelist); else, from a constraint not taken from
 * here, its English text as it came.
 */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, ServerMessage> {
  const flat: Record<string, ServerMessage> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const [type, text] = Object.entries(error.constraints)[0] ?? [];
      if (type !== undefined && text !== undefined) flat[path] = constraintMessage(type, text, error.property);
    }
    if (error.children?.length) Object.assign(flat, flattenValidationErrors(error.children, path));
  }
  return flat;
}

function constraintMessage(type: string, text: string, property: string): ServerMessage {
  const message = carriedMessage(text);
  if (message) return message;
  if (type === 'whitelistValidation') return { key: 'notAllowed', field: property };
  if (type === 'unknownValue') return { key: 'unknownValue' };
  return { key: 'fieldProblem', text };
}
