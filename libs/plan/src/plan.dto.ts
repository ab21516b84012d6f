import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsOptional } from 'class-validator';
import {
  MILESTONE_STATUSES,
  type MilestoneStatus,
  VISIBILITIES,
  type Visibility,
  ORGANISATION_TYPES,
  type OrganisationType,
} from '#contracts';
import type * as contracts from '#contracts';
import { type Locale, LOCALES } from '#i18n';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsCalendarDate,
  IsEmail,
  IsIanaTimeZone,
  IsIn,
  IsInt,
  IsISO31661Alpha2,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  RecordDto,
  ServerOwnedFieldsDto,
  TranslatableDto,
  TranslatableTextDto,
  TranslatableTitleDto,
  ValidateNested,
} from '#database';
import { CODE_PATTERN } from './code.policy.js';
import type { ReminderContact } from './organisation.entity.js';

const CODE_MESSAGE = { message: (field: string) => ({ key: 'codeFormat', field }) as const };

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

export class PlenarySessionDto {
  @ApiProperty({ format: 'date', example: '2025-03-26', description: 'First day of the session' })
  @IsCalendarDate()
  from: string;

  @ApiProperty({ format: 'date', example: '2025-03-27', description: 'Last day (the same as from for one day)' })
  @IsCalendarDate()
  to: string;
}

/** The opinion's facts; each replaces the whole set (PUT sends all it wants kept). */
export class OpinionFactsDto {
  @ApiPropertyOptional({
    type: TranslatableTitleDto,
    description: 'The rapporteur and their group, in each language: the report cover is written in one',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => TranslatableTitleDto)
  rapporteur?: TranslatableTitleDto;

  @ApiPropertyOptional({ type: TranslatableTitleDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => TranslatableTitleDto)
  section?: TranslatableTitleDto;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  sectionAdoptedAt?: string;

  @ApiPropertyOptional({ type: PlenarySessionDto, description: 'Written by each language: "26–27 марта 2025 г."' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlenarySessionDto)
  plenarySession?: PlenarySessionDto;

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
  @Matches(CODE_PATTERN, CODE_MESSAGE)
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
  @Matches(CODE_PATTERN, CODE_MESSAGE)
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
  @Matches(CODE_PATTERN, CODE_MESSAGE)
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
  @Matches(CODE_PATTERN, CODE_MESSAGE)
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
  @Matches(/^[A-Z0-9][A-Z0-9-]{0,31}$/, { message: (field) => ({ key: 'shortCodeFormat', field }) })
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

// What the API answers with (also the OpenAPI response schemas); the shapes are the contracts' records.

export class ReminderSettingsRecord implements contracts.ReminderSettingsRecord {
  @ApiProperty({ type: [Number], example: [30, 7, 1] }) daysBefore: number[];
  @ApiProperty({ example: 1 }) firstOverdueAfter: number;
  @ApiProperty({ example: 7 }) weeklyEvery: number;
  @ApiProperty({ example: 26 }) maxWeekly: number;
  @ApiProperty({ example: 14 }) escalateAfter: number;
  @ApiProperty({ example: 3 }) graceDays: number;
  @ApiProperty({ example: true }) escalateMissedReports: boolean;
  @ApiProperty({ example: 7 }) missedReportAfter: number;
}

export class OpinionFactsRecord implements contracts.OpinionFactsRecord {
  @ApiPropertyOptional({ type: TranslatableDto }) rapporteur?: TranslatableDto;
  @ApiPropertyOptional({ type: TranslatableDto }) section?: TranslatableDto;
  @ApiPropertyOptional({ format: 'date', example: '2025-02-11' }) sectionAdoptedAt?: string;
  @ApiPropertyOptional({ type: PlenarySessionDto }) plenarySession?: PlenarySessionDto;
  @ApiPropertyOptional({ example: 147 }) votesFor?: number;
  @ApiPropertyOptional({ example: 0 }) votesAgainst?: number;
  @ApiPropertyOptional({ example: 3 }) abstentions?: number;
}

/** What the API returns for each plan resource (also the OpenAPI response schemas). */
export class ActionPlanRecord extends RecordDto implements contracts.ActionPlanRecord {
  @ApiProperty({ example: 'REX/587' }) code: string;
  @ApiProperty({ type: TranslatableDto }) title: TranslatableDto;
  @ApiProperty({ type: TranslatableDto }) description: TranslatableDto;
  @ApiProperty({ example: 'Asia/Almaty' }) timeZone: string;
  @ApiProperty() opinionReference: string;
  @ApiPropertyOptional({ format: 'date', nullable: true }) adoptedAt: string | null;
  @ApiProperty({ example: 3 }) reportingPeriodMonths: number;
  @ApiProperty({ type: ReminderSettingsRecord }) reminderSettings: ReminderSettingsRecord;
  @ApiProperty({ type: OpinionFactsRecord }) opinion: OpinionFactsRecord;
  @ApiPropertyOptional({ nullable: true, description: 'Computed roll-up (docs/domain.md)' }) progress: number | null;
}

export class PriorityRecord extends RecordDto implements contracts.PriorityRecord {
  @ApiProperty({ format: 'uuid' }) actionPlanId: string;
  @ApiProperty() position: number;
  @ApiProperty({ example: 'P3' }) code: string;
  @ApiProperty({ type: TranslatableDto }) title: TranslatableDto;
  @ApiProperty({ type: TranslatableDto }) description: TranslatableDto;
  @ApiProperty() opinionReference: string;
  @ApiPropertyOptional({ nullable: true, description: 'Computed roll-up' }) progress: number | null;
}

export class ObjectiveRecord extends RecordDto implements contracts.ObjectiveRecord {
  @ApiProperty({ format: 'uuid' }) priorityId: string;
  @ApiProperty({ format: 'uuid', description: 'Computed from the priority' }) actionPlanId: string;
  @ApiProperty() position: number;
  @ApiProperty({ example: 'P3.O1' }) code: string;
  @ApiProperty({ type: TranslatableDto }) title: TranslatableDto;
  @ApiProperty({ type: TranslatableDto }) description: TranslatableDto;
  @ApiProperty() opinionReference: string;
  @ApiPropertyOptional({ nullable: true, description: 'Computed roll-up' }) progress: number | null;
}

export class MilestoneRecord extends RecordDto implements contracts.MilestoneRecord {
  @ApiProperty({ format: 'uuid' }) objectiveId: string;
  @ApiProperty({ format: 'uuid', description: 'Computed' }) priorityId: string;
  @ApiProperty({ format: 'uuid', description: 'Computed' }) actionPlanId: string;
  @ApiProperty({ example: 'P3.O1.M2' }) code: string;
  @ApiProperty({ type: TranslatableDto }) title: TranslatableDto;
  @ApiProperty({ type: TranslatableDto }) description: TranslatableDto;
  @ApiProperty() opinionReference: string;
  @ApiPropertyOptional({ format: 'date', nullable: true }) startDate: string | null;
  @ApiProperty({ format: 'date', description: "Calendar date in the plan's time zone" }) dueDate: string;
  @ApiProperty({
    enum: MILESTONE_STATUSES,
    description: 'Shown status: delayed once the due date has passed unfinished',
  })
  status: MilestoneStatus;
  @ApiProperty({ enum: MILESTONE_STATUSES, description: 'The status as recorded, before derivation' })
  recordedStatus: MilestoneStatus;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty({ format: 'uuid' }) leadOrganisationId: string;
  @ApiProperty({ type: [String], format: 'uuid' }) supportingOrganisationIds: string[];
  @ApiProperty({ enum: VISIBILITIES }) visibility: Visibility;
  @ApiProperty({ description: "The plan's time zone", example: 'Asia/Almaty' }) timeZone: string;
  @ApiPropertyOptional({ description: 'Staff only: absent for partners and viewers' }) internalNotes?: string;
  @ApiPropertyOptional({
    type: Object,
    nullable: true,
    description:
      'The latest self-reported figures: progress, status, state, organisationId, submittedById, ' +
      'enteredByStaff (entered by EESC staff for the organisation), submittedAt',
  })
  lastReport: contracts.LastReport | null;
  @ApiPropertyOptional({
    type: Object,
    nullable: true,
    description:
      'The latest verified figures (approved by someone other than who entered or revised them): progress, ' +
      'status, reviewedById, reviewedAt, enteredByStaff',
  })
  lastVerification: contracts.LastVerification | null;
}

export class ReminderContactDto implements contracts.ReminderContactRecord {
  @ApiProperty({ example: 'focal point' }) role: string;
  @ApiProperty({ example: 'focal-point@eipa.demo.example' }) email: string;
  @ApiPropertyOptional({ enum: LOCALES }) locale?: Locale;
}

export class OrganisationRecord extends RecordDto implements contracts.OrganisationRecord {
  @ApiProperty({ type: TranslatableDto }) name: TranslatableDto;
  @ApiProperty({ example: 'EIPA' }) shortCode: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type: OrganisationType;
  @ApiProperty({ example: 'KZ', description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiPropertyOptional({ type: [ReminderContactDto], description: "Staff and the organisation's own partners only" })
  reminderContacts?: ReminderContact[];
}
