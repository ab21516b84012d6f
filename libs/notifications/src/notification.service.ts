import { Inject, Injectable } from '@nestjs/common';
import { asLocale, type Locale, serverWords } from '#i18n';
import {
  type Actor,
  InvalidInputException,
  type ListQuery,
  NotFoundException,
  type OutboxMessage,
  type OutboxTopic,
} from '#kernel';
import { Database } from '#database';
import { NotificationRepository } from './notification.repository.js';

type UpdateTopic = Exclude<OutboxTopic, 'milestone.reassigned'>;

/** A notification's title in the reader's language; typed by the outbox's topics, so a new topic needs its titles. */
function titleOf(topic: OutboxTopic, locale: Locale, enteredByStaff: boolean): (code: string) => string {
  const words = serverWords(locale).notifications;
  const titles: Record<OutboxTopic, (code: string) => string> = words.titles;
  const staffEntered: Record<UpdateTopic, (code: string) => string> = words.staffEnteredTitles;
  return topic !== 'milestone.reassigned' && enteredByStaff ? staffEntered[topic] : titles[topic];
}

/** In-app notifications: made from outbox messages (idempotently), read and marked by their owner. */
@Injectable()
export class NotificationService {
  constructor(
    @Inject(NotificationRepository) private readonly notifications: NotificationRepository,
    @Inject(Database) private readonly db: Database,
  ) {}

  list(actor: Actor, query: ListQuery) {
    return this.notifications.list(actor.userId ?? '', query);
  }

  async markRead(actor: Actor, id: string, read: unknown) {
    if (typeof read !== 'boolean')
      throw new InvalidInputException({ read: { key: 'mustBeEither', first: 'true', second: 'false' } });
    const row = await this.notifications.markRead(actor.userId ?? '', id, read);
    if (!row) throw new NotFoundException('notification', id);
    return row;
  }

  markAllRead(actor: Actor) {
    return this.notifications.markAllRead(actor.userId ?? '');
  }

  /** Handles one outbox message; running it twice for the same message changes nothing. */
  async fromOutbox(messageId: string, message: OutboxMessage): Promise<number> {
    const { topic } = message;
    const code = message.payload.milestoneCode;
    const [recipients, link]: [Array<{ userId: string; locale: string; enteredByStaff?: boolean }>, string] =
      message.topic === 'milestone.reassigned'
        ? [
            await this.notifications.partnersOf(message.payload.toOrganisationId),
            `/milestones/${message.payload.milestoneId}/show`,
          ]
        : [
            await this.notifications.recipientsOfUpdate(
              message.payload.progressUpdateId,
              message.topic === 'progress-update.submitted' ? 'staff' : 'reporters',
            ),
            `/progress-updates/${message.payload.progressUpdateId}/show`,
          ];
    const notifications = recipients.map((recipient) => ({
      userId: recipient.userId,
      kind: topic,
      sourceKey: `outbox:${messageId}`,
      title: titleOf(topic, asLocale(recipient.locale), recipient.enteredByStaff === true)(code),
      body: '',
      link,
    }));
    // Reviewers are told of new reports on a milestone once until they have read it; a partner is told of every
    // decision on its reports.
    return topic === 'progress-update.submitted'
      ? this.notifications.insertCoalesced(notifications)
      : this.notifications.insert(this.db, notifications);
  }
}
