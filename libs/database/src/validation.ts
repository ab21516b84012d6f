import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  Allow,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  registerDecorator,
  type ValidationError,
} from 'class-validator';
import { isCalendarDate } from './list-sql.js';

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export function IsCalendarDate(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'isCalendarDate',
      target: target.constructor,
      propertyName: propertyName as string,
      validator: {
        validate: (value: unknown) => isCalendarDate(value),
        defaultMessage: () => `${String(propertyName)} must be a date in the form YYYY-MM-DD`,
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
        defaultMessage: () => `${String(propertyName)} must be an IANA time zone such as Asia/Almaty`,
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

/** class-validator's nested errors as `{"title.en": "reason"}`, one reason per field. */
export function flattenValidationErrors(errors: ValidationError[], prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const error of errors) {
    const path = prefix ? `${prefix}.${error.property}` : error.property;
    if (error.constraints) {
      const [first] = Object.values(error.constraints);
      flat[path] = first;
    }
    if (error.children?.length) Object.assign(flat, flattenValidationErrors(error.children, path));
  }
  return flat;
}
