import type { ServerMessage } from '#i18n';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, calendarDate, InvalidQueryException } from '#kernel';
import { organisationOf } from '#access';
import { Clock } from '#config';
import { isCalendarDate, isUuid } from '#database';
import { CompletenessRepository } from './completeness.repository.js';
import { reportingPeriod } from './reporting-period.policy.js';

@Injectable()
export class CompletenessService {
  constructor(
    @Inject(CompletenessRepository) private readonly completeness: CompletenessRepository,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  /** `filter`: actionPlanId (required), from and to (default: the current reporting period of the plan). */
  async report(actor: Actor, filter: Record<string, unknown>) {
    for (const key of Object.keys(filter)) {
      if (!['actionPlanId', 'from', 'to'].includes(key)) {
        throw new InvalidQueryException('filter', {
          key: 'notAFilter',
          field: key,
          resource: 'reporting-completeness',
          use: ['actionPlanId', 'from', 'to'],
        });
      }
    }
    const { actionPlanId, from, to } = filter;
    const refuse = (field: string, reason: ServerMessage) =>
      new InvalidQueryException('filter', { key: 'fieldReason', field, reason });
    if (!isUuid(actionPlanId)) throw refuse('actionPlanId', { key: 'requiredUuid' });
    for (const [name, value] of Object.entries({ from, to })) {
      if (value !== undefined && !isCalendarDate(value)) throw refuse(name, { key: 'mustBeDate' });
    }
    const plan = await this.completeness.planTimeZoneAndPeriod(actionPlanId);
    if (!plan) throw refuse('actionPlanId', { key: 'namesNoActionPlan' });
    const period = reportingPeriod(calendarDate(this.clock.now(), plan.timeZone), plan.months);
    const range = { from: (from as string | undefined) ?? period.from, to: (to as string | undefined) ?? period.to };
    if (range.from > range.to) throw refuse('from', { key: 'mustNotBeAfter', other: 'to' });
    // A partner sees its own organisation's line only.
    const scope = actor.role === 'partner' ? (organisationOf(actor) ?? '00000000-0000-0000-0000-000000000000') : null;
    return this.completeness.forPeriod(actionPlanId, range.from, range.to, scope);
  }
}
