import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { Allow, IsOptional } from 'class-validator';
import { type Role, ROLES } from '#contracts';
import type * as contracts from '#contracts';
import { type Locale, LOCALES } from '#i18n';
import {
  IsEmail,
  IsIanaTimeZone,
  IsIn,
  IsString,
  IsUUID,
  MaxLength,
  MinLength,
  RecordDto,
  ServerOwnedFieldsDto,
} from '#database';
import { MIN_PASSWORD_LENGTH } from './password.js';

export class UserRecord extends RecordDto implements contracts.UserRecord {
  @ApiProperty({ example: 'focal.point@example.org' }) email: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: ROLES }) role: Role;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) organisationId: string | null;
  @ApiProperty({ enum: LOCALES }) locale: Locale;
  @ApiProperty({ example: 'Asia/Almaty' }) timeZone: string;
}

export class CreateUserDto {
  @ApiProperty({ example: 'focal.point@example.org' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim().toLowerCase() : value))
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiProperty({ maxLength: 200 })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  name: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Required for partners' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @ApiPropertyOptional({ enum: LOCALES, default: 'en' })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ example: 'Asia/Almaty', default: 'Europe/Brussels' })
  @IsOptional()
  @IsIanaTimeZone()
  timeZone?: string;

  @ApiPropertyOptional({
    description: `Sets the password (stored as an argon2id hash, never returned); at least ${MIN_PASSWORD_LENGTH} characters. Setting it signs the user out everywhere.`,
    writeOnly: true,
  })
  @IsOptional()
  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(200)
  password?: string;
}

export class LoginDto {
  @ApiProperty({ example: 'staff@demo.example' })
  @IsString()
  @MaxLength(254)
  email: string;

  @ApiProperty({ example: 'demo' })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class ChangePasswordDto {
  @ApiProperty()
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @ApiProperty({ minLength: MIN_PASSWORD_LENGTH })
  @IsString()
  @MaxLength(200)
  newPassword: string;
}

export class SignInDto {
  @ApiProperty({ description: 'Send as Authorization: Bearer <accessToken>' }) accessToken: string;
  @ApiProperty({ format: 'date-time' }) expiresAt: string;
  @ApiProperty({ type: UserRecord }) user: UserRecord;
}

class UserComputedDto {
  @ApiPropertyOptional({ description: 'Ignored', readOnly: true }) @Allow() fullName?: unknown;
}

export class UpdateUserDto extends IntersectionType(
  PartialType(CreateUserDto),
  ServerOwnedFieldsDto,
  UserComputedDto,
) {}
