import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  Allow,
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import {
  RecordDto,
  ServerOwnedFieldsDto,
  TranslatableDto,
  TranslatableTextDto,
} from '../../database/src/validation.js';
import { MILESTONE_STATUSES, type MilestoneStatus } from '../../plan/src/milestone-status.policy.js';
import { PROGRESS_UPDATE_STATES, type ProgressUpdateState } from './progress-update.entity.js';

export class EvidenceLinkDto {
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

export class ProgressUpdateRecord extends RecordDto {
  @ApiProperty({ format: 'uuid' }) milestoneId: string;
  @ApiProperty({ minimum: 0, maximum: 100 }) progress: number;
  @ApiProperty({ enum: MILESTONE_STATUSES }) status: MilestoneStatus;
  @ApiProperty({ type: TranslatableDto }) narrative: TranslatableDto;
  @ApiProperty({ type: [EvidenceLinkDto] }) evidence: EvidenceLinkDto[];
  @ApiProperty({ enum: PROGRESS_UPDATE_STATES }) state: ProgressUpdateState;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) submittedById: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) reviewedById: string | null;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) reviewedAt: string | null;
  @ApiPropertyOptional({ nullable: true }) reviewComment: string | null;
  @ApiProperty({ format: 'uuid', description: "The milestone's lead organisation" }) organisationId: string;
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

  @ApiPropertyOptional({ format: 'uuid', description: 'Who reports; taken from the login once accounts exist' })
  @IsOptional()
  @IsUUID('all')
  submittedById?: string;
}

class ReviewStampsDto {
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() milestoneId?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() state?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() submittedById?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() reviewedById?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() reviewedAt?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() reviewComment?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (server-owned)', readOnly: true }) @Allow() organisationId?: unknown;
}

export class UpdateProgressUpdateDto extends IntersectionType(
  PartialType(PickType(CreateProgressUpdateDto, ['progress', 'status', 'narrative', 'evidence'] as const)),
  ServerOwnedFieldsDto,
  ReviewStampsDto,
) {}
