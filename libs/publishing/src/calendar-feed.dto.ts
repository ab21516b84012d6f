import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional } from 'class-validator';
import { IsIn, IsString, IsUUID, Matches, MaxLength } from '#database';
import type * as contracts from '#contracts';
import { type Locale, LOCALES } from '#i18n';
import { FEED_KINDS, type FeedKind } from './calendar-feed.entity.js';
import { CalendarFeedRecord } from './calendar-feed.repository.js';

export class CreateCalendarFeedDto {
  @ApiProperty({ enum: FEED_KINDS, description: "organisation: its milestones; plan: the plan's public milestones" })
  @IsIn(FEED_KINDS)
  kind: FeedKind;

  @ApiPropertyOptional({ format: 'uuid', description: 'For kind organisation (partners: their own)' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'For kind plan (staff)' })
  @IsOptional()
  @IsUUID('all')
  actionPlanId?: string;

  @ApiPropertyOptional({ enum: LOCALES, description: "Events' language (default: the caller's)" })
  @IsOptional()
  @IsIn(LOCALES)
  locale?: Locale;

  @ApiPropertyOptional({ maxLength: 200, example: 'Team calendar' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  // The label is the calendar's name in the .ics: a line break there would start a line of its own.
  @Matches(/^[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}]*$/u, { message: (field) => ({ key: 'feedLabelCharacters', field }) })
  label?: string;
}

export class CreatedCalendarFeedRecord extends CalendarFeedRecord implements contracts.CreatedCalendarFeedRecord {
  @ApiProperty({
    description:
      'The secret subscription URL: shown only now. Anyone with it can read the feed; delete the feed to revoke.',
    example: 'https://tracker.example.eu/api/calendar/rexcal_…ics',
  })
  url: string;
}
