import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  MILESTONE_STATUSES,
  type MilestoneStatus,
  VISIBILITIES,
  type Visibility,
  ORGANISATION_TYPES,
  type OrganisationType,
} from '#contracts';
import { type Locale, LOCALES } from '#i18n';
import { RecordDto, TranslatableDto } from '#database';
import type { OpinionFacts } from './opinion-facts.js';
import type { ReminderSettings } from './reminder-settings.js';
import { type ReminderContact } from './organisation.entity.js';

export class ReminderSettingsRecord implements ReminderSettings {
  @ApiProperty({ type: [Number], example: [30, 7, 1] }) daysBefore: number[];
  @ApiProperty({ example: 1 }) firstOverdueAfter: number;
  @ApiProperty({ example: 7 }) weeklyEvery: number;
  @ApiProperty({ example: 26 }) maxWeekly: number;
  @ApiProperty({ example: 14 }) escalateAfter: number;
  @ApiProperty({ example: 3 }) graceDays: number;
  @ApiProperty({ example: true }) escalateMissedReports: boolean;
  @ApiProperty({ example: 7 }) missedReportAfter: number;
}

export class OpinionFactsRecord implements OpinionFacts {
  @ApiPropertyOptional({ example: "Dumitru Fornea (Workers' Group, Group II, Romania)" }) rapporteur?: string;
  @ApiPropertyOptional({ example: 'External Relations (REX)' }) section?: string;
  @ApiPropertyOptional({ format: 'date', example: '2025-02-11' }) sectionAdoptedAt?: string;
  @ApiPropertyOptional({ example: '26-27 March 2025' }) plenarySession?: string;
  @ApiPropertyOptional({ example: 147 }) votesFor?: number;
  @ApiPropertyOptional({ example: 0 }) votesAgainst?: number;
  @ApiPropertyOptional({ example: 3 }) abstentions?: number;
}

/** What the API returns for each plan resource (also the OpenAPI response schemas). */
export class ActionPlanRecord extends RecordDto {
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

export class PriorityRecord extends RecordDto {
  @ApiProperty({ format: 'uuid' }) actionPlanId: string;
  @ApiProperty() position: number;
  @ApiProperty({ example: 'P3' }) code: string;
  @ApiProperty({ type: TranslatableDto }) title: TranslatableDto;
  @ApiProperty({ type: TranslatableDto }) description: TranslatableDto;
  @ApiProperty() opinionReference: string;
  @ApiPropertyOptional({ nullable: true, description: 'Computed roll-up' }) progress: number | null;
}

export class ObjectiveRecord extends RecordDto {
  @ApiProperty({ format: 'uuid' }) priorityId: string;
  @ApiProperty({ format: 'uuid', description: 'Computed from the priority' }) actionPlanId: string;
  @ApiProperty() position: number;
  @ApiProperty({ example: 'P3.O1' }) code: string;
  @ApiProperty({ type: TranslatableDto }) title: TranslatableDto;
  @ApiProperty({ type: TranslatableDto }) description: TranslatableDto;
  @ApiProperty() opinionReference: string;
  @ApiPropertyOptional({ nullable: true, description: 'Computed roll-up' }) progress: number | null;
}

export class MilestoneRecord extends RecordDto {
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
  lastReport: Record<string, unknown> | null;
  @ApiPropertyOptional({
    type: Object,
    nullable: true,
    description:
      'The latest verified figures (approved by someone other than who entered or revised them): progress, ' +
      'status, reviewedById, reviewedAt, enteredByStaff',
  })
  lastVerification: Record<string, unknown> | null;
}

export class ReminderContactDto {
  @ApiProperty({ example: 'focal point' }) role: string;
  @ApiProperty({ example: 'focal-point@eipa.demo.example' }) email: string;
  @ApiPropertyOptional({ enum: LOCALES }) locale?: Locale;
}

export class OrganisationRecord extends RecordDto {
  @ApiProperty({ type: TranslatableDto }) name: TranslatableDto;
  @ApiProperty({ example: 'EIPA' }) shortCode: string;
  @ApiProperty({ enum: ORGANISATION_TYPES }) type: OrganisationType;
  @ApiProperty({ example: 'KZ', description: 'ISO 3166-1 alpha-2' }) country: string;
  @ApiPropertyOptional({ type: [ReminderContactDto], description: "Staff and the organisation's own partners only" })
  reminderContacts?: ReminderContact[];
}
