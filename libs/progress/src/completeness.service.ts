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
        throw new InvalidQueryException(
          'filter',
          `${key} is not a filter of reporting-completeness (use actionPlanId, from, to)`,
        );
      }
    }
    const { actionPlanId, from, to } = filter;
    if (!isUuid(actionPlanId)) throw new InvalidQueryException('filter', 'actionPlanId is required and must be a UUID');
    for (const [name, value] of Object.entries({ from, to })) {
      if (value !== undefined && !isCalendarDate(value))
        throw new InvalidQueryException('filter', `${name} must be a date (YYYY-MM-DD)`);
    }
    const plan = await this.completeness.planTimeZoneAndPeriod(actionPlanId);
    if (!plan) throw new InvalidQueryException('filter', 'actionPlanId names no action plan');
    const period = reportingPeriod(calendarDate(this.clock.now(), plan.timeZone), plan.months);
    const range = { from: (from as string | undefined) ?? period.from, to: (to as string | undefined) ?? period.to };
    if (range.from > range.to) throw new InvalidQueryException('filter', 'from must not be after to');
    // A partner sees its own organisation's line only.
    const scope = actor.role === 'partner' ? (organisationOf(actor) ?? '00000000-0000-0000-0000-000000000000') : null;
    return this.completeness.forPeriod(actionPlanId, range.from, range.to, scope);
  }
}
