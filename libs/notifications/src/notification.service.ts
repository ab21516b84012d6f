import { Inject, Injectable } from '@nestjs/common';
import { asLocale, type Locale } from '#i18n';
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

type UpdateTopic = Exclude<OutboxTopic, 'milestone.reassigned'>;

/**
 * The same messages for an update EESC staff entered on the organisation's behalf: the organisation never
 * wrote it, so it is not "your report", and reviewers see who entered it.
 */
const STAFF_ENTERED_TITLES: Record<UpdateTopic, Record<Locale, (code: string) => string>> = {
  'progress-update.submitted': {
    en: (code) => `New progress report on ${code}, entered by EESC staff for the organisation, awaits review`,
    ru: (code) => `Новый отчёт по ${code}, внесённый сотрудниками ЕЭСК за организацию, ожидает проверки`,
    kk: (code) => `${code} бойынша ұйым үшін ЕЭӘК қызметкерлері енгізген жаңа есеп тексеруді күтуде`,
  },
  'progress-update.approved': {
    en: (code) => `A progress report on ${code} entered by EESC staff for your organisation was approved`,
    ru: (code) => `Отчёт по ${code}, внесённый сотрудниками ЕЭСК за вашу организацию, утверждён`,
    kk: (code) => `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп бекітілді`,
  },
  'progress-update.returned': {
    en: (code) => `A progress report on ${code} entered by EESC staff for your organisation was returned for revision`,
    ru: (code) => `Отчёт по ${code}, внесённый сотрудниками ЕЭСК за вашу организацию, возвращён на доработку`,
    kk: (code) => `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп пысықтауға қайтарылды`,
  },
  'progress-update.rejected': {
    en: (code) => `A progress report on ${code} entered by EESC staff for your organisation was rejected`,
    ru: (code) => `Отчёт по ${code}, внесённый сотрудниками ЕЭСК за вашу организацию, отклонён`,
    kk: (code) => `${code} бойынша ұйымыңыз үшін ЕЭӘК қызметкерлері енгізген есеп қабылданбады`,
  },
};

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
    if (typeof read !== 'boolean') throw new InvalidInputException({ read: 'must be true or false' });
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
      title: (topic !== 'milestone.reassigned' && recipient.enteredByStaff
        ? STAFF_ENTERED_TITLES[topic]
        : TITLES[topic])[asLocale(recipient.locale)](code),
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
