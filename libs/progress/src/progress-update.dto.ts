import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsOptional } from 'class-validator';
import { MILESTONE_STATUSES, type MilestoneStatus, PROGRESS_UPDATE_STATES, type ProgressUpdateState } from '#contracts';
import type * as contracts from '#contracts';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  RecordDto,
  ServerOwnedFieldsDto,
  TranslatableDto,
  TranslatableTextDto,
  ValidateNested,
} from '#database';

export class EvidenceLinkDto implements contracts.EvidenceLinkRecord {
  @ApiProperty({ example: 'https://example.org/report.pdf' })
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true })
  @MaxLength(2000)
  url: string;

  @ApiPropertyOptional({ maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string;
}

export class ProgressUpdateRecord extends RecordDto implements contracts.ProgressUpdateRecord {
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty({ enum: MILESTONE_STATUSES }) status: MilestoneStatus;
  @ApiProperty({ type: TranslatableDto }) narrative: TranslatableDto;
  @ApiProperty({ type: [EvidenceLinkDto] }) evidence: EvidenceLinkDto[];
  @ApiProperty({ enum: PROGRESS_UPDATE_STATES }) state: ProgressUpdateState;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) submittedById: string | null;
  @ApiProperty({
    enum: ['partner', 'staff', 'admin'],
    description: "The submitter's role when the update was entered (stored, not the account's role today)",
  })
  enteredByRole: 'partner' | 'staff' | 'admin';
  @ApiProperty({ description: "Entered by EESC staff on the organisation's behalf, not by its own partner" })
  enteredByStaff: boolean;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'Who last changed its content' })
  revisedById: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) revisedAt: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) reviewedById: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiPropertyOptional({ nullable: true }) reviewComment: string | null;
  @ApiProperty({ format: 'uuid', description: 'The reporting organisation' }) organisationId: string;
  @ApiProperty({ description: 'The milestone version the update was (re)submitted against' }) milestoneVersion: number;
  @ApiProperty({ format: 'date-time' }) submittedAt: string;
  @ApiProperty({ example: 'P3.O1.M2' }) milestoneCode: string;
  @ApiProperty({ format: 'uuid' }) priorityId: string;
  @ApiProperty({ type: [Object], description: 'Attached files: id, fileName, contentType, sizeBytes' })
  evidenceFiles: contracts.EvidenceFileSummary[];
}

export class CreateProgressUpdateDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  milestoneId: string;

  @ApiProperty({ minimum: 0, maximum: 100, description: 'Self-reported progress' })
  @IsInt()
  @Min(0)
  @Max(100)
  progress: number;

  @ApiProperty({ enum: MILESTONE_STATUSES })
  @IsIn(MILESTONE_STATUSES)
  status: MilestoneStatus;

  @ApiProperty({ type: TranslatableTextDto })
  @ValidateNested()
  @Type(() => TranslatableTextDto)
  narrative: TranslatableTextDto;

  @ApiPropertyOptional({ type: [EvidenceLinkDto] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => EvidenceLinkDto)
  evidence?: EvidenceLinkDto[];
}

class ReviewStampsDto {
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() milestoneId?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() state?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() submittedById?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() enteredByRole?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() enteredByStaff?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() revisedById?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() revisedAt?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() reviewedById?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() reviewedAt?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() reviewComment?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() organisationId?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() milestoneVersion?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() submittedAt?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() milestoneCode?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() priorityId?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (use the evidence routes)', readOnly: true })
  @Allow()
  evidenceFiles?: unknown;
}

/** A review decides on one version of the update: the one the reviewer read. */
class ReviewedVersionDto {
  @ApiPropertyOptional({
    minimum: 1,
    description:
      'The version of the update the reviewer read (or an If-Match: W/"<version>" header; one of them is ' +
      'required, 428 without). If the update changed since, the review fails with 409 and applies nothing.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;
}

export class ApproveProgressUpdateDto extends ReviewedVersionDto {
  @ApiPropertyOptional({ maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  comment?: string;

  @ApiPropertyOptional({
    description:
      'The milestone version the reviewer saw; defaults to the one the update was submitted against. ' +
      'If the milestone changed since, the approval fails with 409 and applies nothing.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  milestoneVersion?: number;
}

export class ReviewCommentDto extends ReviewedVersionDto {
  @ApiProperty({ maxLength: 5000, description: 'Why: shown to the reporting organisation' })
  @IsString()
  @MinLength(1)
  @MaxLength(5000)
  comment: string;
}

export class UpdateProgressUpdateDto extends IntersectionType(
  PartialType(PickType(CreateProgressUpdateDto, ['progress', 'status', 'narrative', 'evidence'] as const)),
  ServerOwnedFieldsDto,
  ReviewStampsDto,
) {}
