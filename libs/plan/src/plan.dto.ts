import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsEmail,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  MILESTONE_STATUSES,
  type MilestoneStatus,
  VISIBILITIES,
  type Visibility,
  ORGANISATION_TYPES,
  type OrganisationType,
} from '#contracts';
import { type Locale, LOCALES } from '#i18n';
import {
  IsCalendarDate,
  IsIanaTimeZone,
  ServerOwnedFieldsDto,
  TranslatableTextDto,
  TranslatableTitleDto,
} from '#database';
import { CODE_PATTERN } from './code.policy.js';

const CODE_MESSAGE = 'code may hold letters, digits, ".", "_", "/" and "-" (at most 32 characters)';

class TitledDto {
  @ApiProperty({ type: TranslatableTitleDto })
  @ValidateNested()
  @Type(() => TranslatableTitleDto)
  title: TranslatableTitleDto;

  @ApiPropertyOptional({ type: TranslatableTextDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TranslatableTextDto)
  description?: TranslatableTextDto;

  @ApiPropertyOptional({ description: 'Paragraph of the opinion implemented', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  opinionReference?: string;
}

/** A change to a plan's reminder timing: the keys given replace the stored ones (docs/domain.md). */
export class ReminderSettingsDto {
  @ApiPropertyOptional({ type: [Number], example: [30, 7, 1], description: 'Days before the due date (1-99)' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(6)
  @ArrayUnique()
  @IsInt({ each: true })
  @Min(1, { each: true })
  @Max(99, { each: true })
  daysBefore?: number[];

  @ApiPropertyOptional({ example: 1, minimum: 1, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  firstOverdueAfter?: number;

  @ApiPropertyOptional({ example: 7, minimum: 1, maximum: 60 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(60)
  weeklyEvery?: number;

  @ApiPropertyOptional({ example: 26, minimum: 0, maximum: 52 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(52)
  maxWeekly?: number;

  @ApiPropertyOptional({ example: 14, minimum: 1, maximum: 365, description: 'Days overdue before staff are alerted' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(365)
  escalateAfter?: number;

  @ApiPropertyOptional({ example: 3, minimum: 0, maximum: 6, description: 'Days a missed reminder may still go out' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(6)
  graceDays?: number;

  @ApiPropertyOptional({ example: true })
  @IsOptional()
  @IsBoolean()
  escalateMissedReports?: boolean;

  @ApiPropertyOptional({ example: 7, minimum: 0, maximum: 60, description: 'Days after a period before that alert' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(60)
  missedReportAfter?: number;
}

/** The opinion's facts; each replaces the whole set (PUT sends all it wants kept). */
export class OpinionFactsDto {
  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  rapporteur?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  section?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  sectionAdoptedAt?: string;

  @ApiPropertyOptional({ maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  plenarySession?: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  votesFor?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  votesAgainst?: number;

  @ApiPropertyOptional({ minimum: 0, maximum: 1000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(1000)
  abstentions?: number;
}

export class CreateActionPlanDto extends TitledDto {
  @ApiProperty({ example: 'REX/587' })
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code: string;

  @ApiProperty({ example: 'Asia/Almaty' })
  @IsIanaTimeZone()
  timeZone: string;

  @ApiPropertyOptional({ format: 'date', example: '2025-03-27' })
  @IsOptional()
  @IsCalendarDate()
  adoptedAt?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 12, example: 3 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(12)
  reportingPeriodMonths?: number;

  @ApiPropertyOptional({ type: OpinionFactsDto, description: 'Rapporteur, adoption and vote: the report cover' })
  @IsOptional()
  @ValidateNested()
  @Type(() => OpinionFactsDto)
  opinion?: OpinionFactsDto;

  @ApiPropertyOptional({ type: ReminderSettingsDto, description: 'Omitted keys keep their current (or default) value' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReminderSettingsDto)
  reminderSettings?: ReminderSettingsDto;
}

class ComputedProgressDto {
  @ApiPropertyOptional({ description: 'Ignored (computed)', readOnly: true })
  @Allow()
  progress?: unknown;
}

export class UpdateActionPlanDto extends IntersectionType(
  PartialType(CreateActionPlanDto),
  ServerOwnedFieldsDto,
  ComputedProgressDto,
) {}

export class CreatePriorityDto extends TitledDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  actionPlanId: string;

  @ApiPropertyOptional({ description: 'Order in the plan; next free one when omitted', minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  position?: number;

  @ApiPropertyOptional({ description: 'Generated as P{position} when omitted', example: 'P1' })
  @IsOptional()
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;
}

export class UpdatePriorityDto extends IntersectionType(
  PartialType(CreatePriorityDto),
  ServerOwnedFieldsDto,
  ComputedProgressDto,
) {}

export class CreateObjectiveDto extends TitledDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  priorityId: string;

  @ApiPropertyOptional({ minimum: 1 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  position?: number;

  @ApiPropertyOptional({ description: 'Generated as {priority code}.O{n} when omitted', example: 'P1.O2' })
  @IsOptional()
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;
}

class ObjectiveComputedDto extends ComputedProgressDto {
  @ApiPropertyOptional({ description: 'Ignored (computed)', readOnly: true })
  @Allow()
  actionPlanId?: unknown;
}

export class UpdateObjectiveDto extends IntersectionType(
  PartialType(CreateObjectiveDto),
  ServerOwnedFieldsDto,
  ObjectiveComputedDto,
) {}

export class CreateMilestoneDto extends TitledDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  objectiveId: string;

  @ApiPropertyOptional({ description: 'Generated as {objective code}.M{n} when omitted', example: 'P1.O2.M3' })
  @IsOptional()
  @IsString()
  @Matches(CODE_PATTERN, { message: CODE_MESSAGE })
  code?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-01-15' })
  @IsOptional()
  @IsCalendarDate()
  startDate?: string | null;

  @ApiProperty({ format: 'date', example: '2026-06-30', description: "Calendar date in the plan's time zone" })
  @IsCalendarDate()
  dueDate: string;

  @ApiPropertyOptional({ enum: MILESTONE_STATUSES, default: 'planned' })
  @IsOptional()
  @IsIn(MILESTONE_STATUSES)
  status?: MilestoneStatus;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  progress?: number;

  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  leadOrganisationId: string;

  @ApiPropertyOptional({ type: [String], format: 'uuid', default: [] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @ArrayUnique()
  @IsUUID('all', { each: true })
  supportingOrganisationIds?: string[];

  @ApiPropertyOptional({ enum: VISIBILITIES, default: 'internal' })
  @IsOptional()
  @IsIn(VISIBILITIES)
  visibility?: Visibility;

  @ApiPropertyOptional({ description: 'Staff-only notes, never shown to partners or viewers', maxLength: 10000 })
  @IsOptional()
  @IsString()
  @MaxLength(10000)
  internalNotes?: string;
}

class MilestoneComputedDto {
  @ApiPropertyOptional({ description: 'Ignored (computed)', readOnly: true }) @Allow() priorityId?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (computed)', readOnly: true }) @Allow() actionPlanId?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (computed)', readOnly: true }) @Allow() recordedStatus?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (computed)', readOnly: true }) @Allow() timeZone?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (computed)', readOnly: true }) @Allow() lastReport?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (computed)', readOnly: true }) @Allow() lastVerification?: unknown;
}

export class UpdateMilestoneDto extends IntersectionType(
  PartialType(CreateMilestoneDto),
  ServerOwnedFieldsDto,
  MilestoneComputedDto,
) {}

export class ReminderContactInputDto {
  @ApiProperty({ example: 'focal point', maxLength: 100 })
  @IsString()
  @MaxLength(100)
  role: string;

  @ApiProperty({ example: 'focal-point@example.org' })
  @IsEmail()
  @MaxLength(254)
  email: string;

  @ApiPropertyOptional({ enum: LOCALES })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;
}

export class CreateOrganisationDto {
  @ApiProperty({ type: TranslatableTitleDto })
  @ValidateNested()
  @Type(() => TranslatableTitleDto)
  name: TranslatableTitleDto;

  @ApiProperty({ example: 'EIPA', description: 'Upper-case letters, digits and hyphens' })
  @IsString()
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,31}$/, { message: 'shortCode must be 1-32 upper-case letters, digits or hyphens' })
  shortCode: string;

  @ApiProperty({ enum: ORGANISATION_TYPES })
  @IsIn(ORGANISATION_TYPES)
  type: OrganisationType;

  @ApiProperty({ example: 'KZ', description: 'ISO 3166-1 alpha-2' })
  @IsISO31661Alpha2()
  country: string;

  @ApiPropertyOptional({ type: [ReminderContactInputDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => ReminderContactInputDto)
  reminderContacts?: ReminderContactInputDto[];
}

export class UpdateOrganisationDto extends IntersectionType(PartialType(CreateOrganisationDto), ServerOwnedFieldsDto) {}
