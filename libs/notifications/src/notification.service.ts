import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../access/src/actor.js';
import { Database } from '../../database/src/database.js';
import { InvalidInputException, NotFoundException } from '../../database/src/domain.exception.js';
import type { ListQuery } from '../../database/src/list-query.js';
import type { OutboxTopic } from '../../database/src/outbox.writer.js';
import { NotificationRepository } from './notification.repository.js';

type Locale = 'en' | 'ru' | 'kk';

const TITLES: Record<Exclude<OutboxTopic, never>, Record<Locale, (code: string) => string>> = {
  'progress-update.submitted': {
    en: (code) => `New progress report on ${code} awaits review`,
    ru: (code) => `Новый отчёт о ходе работ по ${code} ожидает проверки`,
    kk: (code) => `${code} бойынша жаңа есеп тексеруді күтуде`,
  },
  'progress-update.approved': {
    en: (code) => `Your progress report on ${code} was approved`,
    ru: (code) => `Ваш отчёт по ${code} утверждён`,
    kk: (code) => `${code} бойынша есебіңіз бекітілді`,
  },
  'progress-update.returned': {
    en: (code) => `Your progress report on ${code} was returned for revision`,
    ru: (code) => `Ваш отчёт по ${code} возвращён на доработку`,
    kk: (code) => `${code} бойынша есебіңіз пысықтауға қайтарылды`,
  },
  'progress-update.rejected': {
    en: (code) => `Your progress report on ${code} was rejected`,
    ru: (code) => `Ваш отчёт по ${code} отклонён`,
    kk: (code) => `${code} бойынша есебіңіз қабылданбады`,
  },
  'milestone.reassigned': {
    en: (code) => `Your organisation now leads milestone ${code}`,
    ru: (code) => `Ваша организация теперь отвечает за этап ${code}`,
    kk: (code) => `Енді ${code} кезеңіне сіздің ұйымыңыз жауапты`,
  },
};

const localeOf = (value: string): Locale => (value === 'ru' || value === 'kk' ? value : 'en');

/** In-app notifications: made from outbox messages (idempotently), read and marked by their owner. */
@Injectable()
export class NotificationService {
  constructor(
    @Inject(NotificationRepository) private readonly notifications: NotificationRepository,
    @Inject(Database) private readonly db: Database,
  ) {}

  list(query: ListQuery, actor: Actor) {
    return this.notifications.list(actor.userId ?? '', query);
  }

  async markRead(id: string, read: unknown, actor: Actor) {
    if (typeof read !== 'boolean') throw new InvalidInputException({ read: 'must be true or false' });
    const row = await this.notifications.markRead(actor.userId ?? '', id, read);
    if (!row) throw new NotFoundException('notification', id);
    return row;
  }

  markAllRead(actor: Actor) {
    return this.notifications.markAllRead(actor.userId ?? '');
  }

  /** Handles one outbox message; running it twice for the same message changes nothing. */
  async fromOutbox(messageId: string, topic: OutboxTopic, payload: Record<string, unknown>): Promise<number> {
    const code = String(payload.milestoneCode ?? '');
    const [recipients, link] =
      topic === 'milestone.reassigned'
        ? [
            await this.notifications.partnersOf(String(payload.toOrganisationId ?? '')),
            `/milestones/${String(payload.milestoneId ?? '')}/show`,
          ]
        : [
            await this.notifications.recipientsOfUpdate(
              String(payload.progressUpdateId ?? ''),
              topic === 'progress-update.submitted' ? 'staff' : 'reporters',
            ),
            `/progress-updates/${String(payload.progressUpdateId ?? '')}/show`,
          ];
    return this.notifications.insert(
      this.db,
      recipients.map((recipient) => ({
        userId: recipient.userId,
        kind: topic,
        sourceKey: `outbox:${messageId}`,
        title: TITLES[topic][localeOf(recipient.locale)](code),
        body: '',
        link,
      })),
    );
  }
}
