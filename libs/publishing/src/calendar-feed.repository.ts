import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { type Role } from '#contracts';
import type * as contracts from '#contracts';
import type { Locale } from '#i18n';
import { Clock } from '#config';
import { Database, fetchPage, isUuid, type ListSpec, SqlParams, type SqlRunner } from '#database';
import type { ListQuery, Page } from '#kernel';
import type { Scope } from '#access';
import { effectiveStatusSql } from '#plan';
import { FEED_KINDS, type FeedKind } from './calendar-feed.entity.js';
import type { CalendarMilestone } from './calendar.js';

export class CalendarFeedRecord implements contracts.CalendarFeedRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: FEED_KINDS }) kind: FeedKind;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) organisationId: string | null;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) actionPlanId: string | null;
  @ApiProperty({ enum: ['en', 'ru', 'kk'] }) locale: Locale;
  @ApiProperty() label: string;
  @ApiPropertyOptional({ format: 'uuid', nullable: true }) createdById: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) lastFetchedAt: string | null;
  /** For react-admin: feeds are never edited, so they stay at version 1. */
  @ApiProperty({ example: 1 }) version: number;
}

/** What serving a feed needs of it. */
export type FeedByToken = Pick<
  contracts.CalendarFeedRecord,
  'id' | 'kind' | 'organisationId' | 'actionPlanId' | 'locale' | 'label'
>;

/** A feed found by its secret, with the user who made it as that user is now. */
export interface ServedFeed extends FeedByToken {
  creator: { userId: string; role: Role; organisationId: string | null };
}

const LIST: ListSpec = {
  resource: 'calendar-feeds',
  from: 'calendar_feeds f',
  idSql: 'f.id',
  select: `f.id, f.kind, f.organisation_id AS "organisationId", f.action_plan_id AS "actionPlanId", f.locale, f.label,
    f.created_by_id AS "createdById", f.created_at AS "createdAt", f.last_fetched_at AS "lastFetchedAt", 1 AS version`,
  fields: {
    id: { sql: 'f.id', type: 'uuid', sortable: false },
    kind: { sql: 'f.kind', type: 'text', values: FEED_KINDS, sortable: true },
    organisationId: { sql: 'f.organisation_id', type: 'uuid', sortable: false },
    actionPlanId: { sql: 'f.action_plan_id', type: 'uuid', sortable: false },
    createdAt: { sql: 'f.created_at', type: 'timestamp', sortable: true },
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
};

const MILESTONE_COLUMNS = (now: string) => `m.id, m.version, m.code, m.title, m.due_date::text AS "dueDate",
  ${effectiveStatusSql('m.status', 'm.due_date', 'ap.time_zone', now)} AS status, m.progress, lo.short_code AS lead,
  ARRAY(SELECT so.short_code FROM milestone_supporting_organisations s JOIN organisations so ON so.id = s.organisation_id
        WHERE s.milestone_id = m.id ORDER BY so.short_code) AS supporting, m.updated_at AS "updatedAt"`;
const MILESTONE_FROM = `milestones m JOIN objectives o ON o.id = m.objective_id JOIN priorities p ON p.id = o.priority_id
  JOIN action_plans ap ON ap.id = p.action_plan_id JOIN organisations lo ON lo.id = m.lead_organisation_id`;

@Injectable()
export class CalendarFeedRepository {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  list(query: ListQuery, scope: (params: SqlParams) => string[]): Promise<Page<CalendarFeedRecord>> {
    return fetchPage<CalendarFeedRecord>(this.db, LIST, query, scope);
  }

  async find(id: string, scope: (params: SqlParams) => string[], runner: SqlRunner = this.db) {
    if (!isUuid(id)) return null;
    const page = await fetchPage<CalendarFeedRecord>(
      runner,
      LIST,
      { sort: null, range: { start: 0, end: 0 }, filter: { id } },
      scope,
    );
    return page.rows[0] ?? null;
  }

  async insert(
    tx: SqlRunner,
    feed: Omit<FeedByToken, 'id'> & { tokenHash: string; createdById: string | null },
  ): Promise<string> {
    const [row] = await tx.query<{ id: string }>(
      `INSERT INTO calendar_feeds (token_hash, kind, organisation_id, action_plan_id, locale, label, created_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING id`,
      [feed.tokenHash, feed.kind, feed.organisationId, feed.actionPlanId, feed.locale, feed.label, feed.createdById],
    );
    return row.id;
  }

  async delete(tx: SqlRunner, id: string): Promise<void> {
    await tx.query('DELETE FROM calendar_feeds WHERE id = $1', [id]);
  }

  /**
   * The feed a secret belongs to, noting that it was used; null when no feed has
   * it, or when the user who made it is gone (deleting a user sets the feed's
   * creator to null): a feed shows what its creator may see, and no one is left.
   */
  async byTokenHash(tokenHash: string): Promise<ServedFeed | null> {
    const [feed] = await this.db.query<
      FeedByToken & { creatorId: string; creatorRole: Role; creatorOrg: string | null }
    >(
      `UPDATE calendar_feeds f SET last_fetched_at = $2 FROM users u WHERE f.token_hash = $1 AND u.id = f.created_by_id
       RETURNING f.id, f.kind, f.organisation_id AS "organisationId", f.action_plan_id AS "actionPlanId", f.locale,
         f.label, u.id AS "creatorId", u.role AS "creatorRole", u.organisation_id AS "creatorOrg"`,
      [tokenHash, this.clock.now()],
    );
    if (!feed) return null;
    const { creatorId, creatorRole, creatorOrg, ...rest } = feed;
    return { ...rest, creator: { userId: creatorId, role: creatorRole, organisationId: creatorOrg } };
  }

  /**
   * Open milestones an organisation leads or supports, whatever their visibility
   * (the feed is the organisation's), within `scope`: what the feed's creator may see now.
   */
  organisationMilestones(organisationId: string, scope: Scope): Promise<CalendarMilestone[]> {
    const params = new SqlParams();
    const now = params.add(this.clock.now());
    const organisation = params.add(organisationId);
    const conditions = [
      `m.status <> 'cancelled'`,
      `(m.lead_organisation_id = ${organisation} OR EXISTS (SELECT 1 FROM milestone_supporting_organisations s
         WHERE s.milestone_id = m.id AND s.organisation_id = ${organisation}))`,
      ...scope(params),
    ];
    return this.db.query<CalendarMilestone>(
      `SELECT ${MILESTONE_COLUMNS(now)} FROM ${MILESTONE_FROM} WHERE ${conditions.join(' AND ')}
       ORDER BY m.due_date, m.code`,
      params.values,
    );
  }

  /** A plan's public milestones (a plan feed may be shared beyond the plan's partners), within `scope`. */
  planMilestones(actionPlanId: string, scope: Scope): Promise<CalendarMilestone[]> {
    const params = new SqlParams();
    const now = params.add(this.clock.now());
    const conditions = [
      `p.action_plan_id = ${params.add(actionPlanId)}`,
      `m.status <> 'cancelled'`,
      `m.visibility = 'public'`,
      ...scope(params),
    ];
    return this.db.query<CalendarMilestone>(
      `SELECT ${MILESTONE_COLUMNS(now)} FROM ${MILESTONE_FROM} WHERE ${conditions.join(' AND ')}
       ORDER BY m.due_date, m.code`,
      params.values,
    );
  }

  async subjectName(feed: FeedByToken): Promise<string> {
    const [row] = await this.db.query<{ name: string }>(
      feed.kind === 'organisation'
        ? `SELECT short_code AS name FROM organisations WHERE id = $1`
        : `SELECT code AS name FROM action_plans WHERE id = $1`,
      [feed.organisationId ?? feed.actionPlanId],
    );
    return row?.name ?? '';
  }
}
