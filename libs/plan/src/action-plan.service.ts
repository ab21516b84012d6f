import { Inject, Injectable } from '@nestjs/common';
import { type Actor, InvalidInputException, type ListQuery, type ResourceService } from '#kernel';
import { ActionPlanRepository } from './action-plan.repository.js';
import type { CreateActionPlanDto, UpdateActionPlanDto } from './plan.dto.js';
import type { ActionPlanRecord } from './plan.dto.js';
import { reminderSettings } from './reminder-settings.js';

/** What the DTO cannot say alone: a session ends on or after its first day. */
function checkOpinion(input: UpdateActionPlanDto): void {
  const session = input.opinion?.plenarySession;
  if (session && session.to < session.from) {
    throw new InvalidInputException({
      'opinion.plenarySession.to': { key: 'mustNotBeBefore', other: 'opinion.plenarySession.from' },
    });
  }
}

@Injectable()
export class ActionPlanService implements ResourceService<ActionPlanRecord, CreateActionPlanDto, UpdateActionPlanDto> {
  constructor(@Inject(ActionPlanRepository) private readonly plans: ActionPlanRepository) {}

  // Every role that may list them sees them all: no scope by actor.
  list(_actor: Actor, query: ListQuery) {
    return this.plans.list(query);
  }

  get(_actor: Actor, id: string) {
    return this.plans.get(id);
  }

  create(actor: Actor, input: CreateActionPlanDto) {
    checkOpinion(input);
    return this.plans.create(actor, { ...input, reminderSettings: reminderSettings(null, input.reminderSettings) });
  }

  /** Reminder settings given in part are merged over the stored ones (a stale version still fails with 409). */
  async update(actor: Actor, id: string, input: UpdateActionPlanDto, expectedVersion: number) {
    checkOpinion(input);
    const values: Record<string, unknown> = { ...input };
    if (input.reminderSettings !== undefined) {
      const current = await this.plans.get(id);
      values.reminderSettings = reminderSettings(current.reminderSettings, input.reminderSettings);
    }
    return this.plans.update(actor, id, expectedVersion, values);
  }

  remove(actor: Actor, id: string, expectedVersion: number | null) {
    return this.plans.remove(actor, id, expectedVersion);
  }
}
