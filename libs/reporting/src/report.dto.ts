import { ApiProperty, ApiPropertyOptional, IntersectionType, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { Allow, IsOptional } from 'class-validator';
import {
  IsCalendarDate,
  IsString,
  MaxLength,
  IsUUID,
  RecordDto,
  ServerOwnedFieldsDto,
  TranslatableDto,
  ValidateNested,
} from '#database';
import type * as contracts from '#contracts';
import type { ReportChanges } from '#contracts';

/** A title in any of the languages; the others get their default ("Report to the plenary, <day>"). */
export class ReportTitleDto {
  @ApiPropertyOptional({ example: 'Report to the plenary, first half of 2027', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  en?: string;

  @ApiPropertyOptional({ example: 'Доклад пленарной сессии за первое полугодие 2027 г.', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  ru?: string;

  @ApiPropertyOptional({ example: 'Пленарлық сессияға баяндама, 2027 жылдың бірінші жартысы', maxLength: 300 })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  kk?: string;
}

export class CreateReportDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all')
  actionPlanId: string;

  @ApiPropertyOptional({
    type: ReportTitleDto,
    description: 'Titles per language; a language left out gets "Report to the plenary, <day>" in it',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => ReportTitleDto)
  title?: ReportTitleDto;

  @ApiPropertyOptional({ format: 'date', description: 'The period the report covers' })
  @IsOptional()
  @IsCalendarDate()
  periodFrom?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @IsCalendarDate()
  periodTo?: string;
}

/** What a client sends back from a read record: accepted and ignored (the content is frozen). */
class FrozenReportFieldsDto {
  @ApiPropertyOptional({ description: 'Ignored (frozen)', readOnly: true }) @Allow() actionPlanId?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (frozen)', readOnly: true }) @Allow() actionPlanCode?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (frozen)', readOnly: true }) @Allow() authorId?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (frozen)', readOnly: true }) @Allow() authorName?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (frozen)', readOnly: true }) @Allow() previousReportId?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (frozen)', readOnly: true }) @Allow() takenAt?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (frozen)', readOnly: true }) @Allow() milestoneCount?: unknown;
  @ApiPropertyOptional({ description: 'Ignored (frozen)', readOnly: true }) @Allow() changes?: unknown;
}

/** Only the title and period of a report can be corrected; its content is frozen. */
export class UpdateReportDto extends IntersectionType(
  PartialType(PickType(CreateReportDto, ['title', 'periodFrom', 'periodTo'] as const)),
  ServerOwnedFieldsDto,
  FrozenReportFieldsDto,
) {}

export class ReportRecord extends RecordDto implements contracts.ReportRecord {
  @ApiProperty({ format: 'uuid' }) actionPlanId: string;
  @ApiProperty({ example: 'REX/587' }) actionPlanCode: string;
  @ApiProperty({ type: TranslatableDto, description: 'In every language' }) title: TranslatableDto;
  @ApiPropertyOptional({ format: 'date', nullable: true }) periodFrom: string | null;
  @ApiPropertyOptional({ format: 'date', nullable: true }) periodTo: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) authorId: string | null;
  @ApiPropertyOptional({ nullable: true }) authorName: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true, description: 'The report this one is compared with' })
  previousReportId: string | null;
  @ApiProperty({ format: 'date-time', description: 'When the plan was frozen' }) takenAt: string;
  @ApiProperty() milestoneCount: number;
  @ApiProperty({
    type: Object,
    description:
      'Changed since the previous report: added, removed, completed, newlyDelayed, statusChanged, dueDateChanged, progressChanged',
  })
  changes: ReportChanges;
}

export const REPORT_FORMATS = ['docx', 'pdf', 'xlsx', 'csv'] as const;
export type ReportFormat = (typeof REPORT_FORMATS)[number];
