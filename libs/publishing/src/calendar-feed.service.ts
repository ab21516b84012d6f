import { createHash, randomBytes } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Locale } from '#i18n';
import { type Actor, ForbiddenException, InvalidInputException, type ListQuery, NotFoundException } from '#kernel';
import { milestoneScope, organisationOf } from '#access';
import { appendAuditEvent } from '#audit';
import { APP_CONFIG, type AppConfig, Clock } from '#config';
import { Database, type SqlParams, type SqlRunner } from '#database';
import { CalendarFeedRepository } from './calendar-feed.repository.js';
import type { CreateCalendarFeedDto } from './calendar-feed.dto.js';
import { renderCalendar } from './calendar.js';

const TOKEN_PREFIX = 'rexcal_';
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

/** A partner manages its own organisation's feeds; staff manage all. */
function feedScope(actor: Actor) {
  return (params: SqlParams) => {
    if (actor.role !== 'partner') return [];
    const organisationId = organisationOf(actor);
    return organisationId === null ? ['FALSE'] : [`f.organisation_id = ${params.add(organisationId)}::uuid`];
  };
}

@Injectable()
export class CalendarFeedService {
  constructor(
    @Inject(CalendarFeedRepository) private readonly feeds: CalendarFeedRepository,
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(actor: Actor, query: ListQuery) {
    return this.feeds.list(query, feedScope(actor));
  }

  async get(actor: Actor, id: string) {
    const feed = await this.feeds.find(id, feedScope(actor));
    if (!feed) throw new NotFoundException('calendar feed', id);
    return feed;
  }

  async create(actor: Actor, input: CreateCalendarFeedDto) {
    const organisationId = input.kind === 'organisation' ? (input.organisationId ?? organisationOf(actor)) : null;
    const actionPlanId = input.kind === 'plan' ? (input.actionPlanId ?? null) : null;
    if (input.kind === 'organisation' && !organisationId) {
      throw new InvalidInputException({ organisationId: { key: 'requiredForOrganisationFeed' } });
    }
    if (input.kind === 'plan' && !actionPlanId) {
      throw new InvalidInputException({ actionPlanId: { key: 'requiredForPlanFeed' } });
    }
    if (actor.role === 'partner') {
      if (input.kind === 'plan') throw new ForbiddenException({ key: 'partnersSubscribeToOwnCalendar' });
      if (organisationId !== organisationOf(actor)) {
        throw new ForbiddenException({ key: 'partnerOwnCalendarOnly' });
      }
    }
    const token = `${TOKEN_PREFIX}${randomBytes(24).toString('base64url')}`;
    return this.db.transaction(async (tx) => {
      const [subject] = await tx.query(
        input.kind === 'organisation'
          ? 'SELECT 1 FROM organisations WHERE id = $1'
          : 'SELECT 1 FROM action_plans WHERE id = $1',
        [organisationId ?? actionPlanId],
      );
      if (!subject) {
        throw new InvalidInputException(
          input.kind === 'organisation'
            ? { organisationId: { key: 'noneWithThisId', resource: 'organisation' } }
            : { actionPlanId: { key: 'noneWithThisId', resource: 'action plan' } },
        );
      }
      const id = await this.feeds.insert(tx, {
        tokenHash: hash(token),
        kind: input.kind,
        organisationId,
        actionPlanId,
        locale: input.locale ?? (await this.localeOf(actor, tx)),
        label: input.label?.trim() ?? '',
        createdById: actor.userId,
      });
      const feed = (await this.feeds.find(id, () => [], tx))!;
      await appendAuditEvent(tx, actor, {
        action: 'create',
        entityType: 'calendar-feeds',
        entityId: id,
        before: null,
        after: { ...feed },
      });
      return { ...feed, url: `${this.config.mail.publicUrl}/api/calendar/${token}.ics` };
    });
  }

  private async localeOf(actor: Actor, tx: SqlRunner): Promise<Locale> {
    const [user] = await tx.query<{ locale: Locale }>('SELECT locale FROM users WHERE id = $1', [actor.userId]);
    return user?.locale ?? 'en';
  }

  /** Deleting a feed revokes its URL at once. */
  async remove(actor: Actor, id: string) {
    const feed = await this.get(actor, id);
    await this.db.transaction(async (tx) => {
      await this.feeds.delete(tx, id);
      await appendAuditEvent(tx, actor, {
        action: 'delete',
        entityType: 'calendar-feeds',
        entityId: id,
        before: { ...feed },
        after: null,
      });
    });
    return feed;
  }

  /** The iCalendar text behind a secret URL; null when no feed has it (never existed, revoked, creator deleted). */
  async calendar(tokenWithSuffix: string): Promise<string | null> {
    const token = tokenWithSuffix.endsWith('.ics') ? tokenWithSuffix.slice(0, -4) : tokenWithSuffix;
    if (!token.startsWith(TOKEN_PREFIX) || token.length > 100) return null;
    const feed = await this.feeds.byTokenHash(hash(token));
    if (!feed) return null;
    // The secret stands in for its creator's sign-in: the feed shows what the creator may see today (a partner
    // moved to another organisation keeps only the public milestones of the old one).
    const scope = milestoneScope({ ...feed.creator, requestId: null });
    const milestones =
      feed.kind === 'organisation'
        ? await this.feeds.organisationMilestones(feed.organisationId!, scope)
        : await this.feeds.planMilestones(feed.actionPlanId!, scope);
    const subject = await this.feeds.subjectName(feed);
    return renderCalendar({
      name: `REX/587 – ${feed.label || subject}`,
      locale: feed.locale,
      publicUrl: this.config.mail.publicUrl,
      milestones,
      now: this.clock.now(),
    });
  }
}
