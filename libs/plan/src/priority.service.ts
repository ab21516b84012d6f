import { Inject, Injectable } from '@nestjs/common';
import type { Actor, ListQuery, ResourceService } from '#kernel';
import { priorityCode } from './code.policy.js';
import type { CreatePriorityDto, UpdatePriorityDto } from './plan.dto.js';
import type { PriorityRecord } from './plan.records.js';
import { PriorityRepository } from './priority.repository.js';

@Injectable()
export class PriorityService implements ResourceService<PriorityRecord, CreatePriorityDto, UpdatePriorityDto> {
  constructor(@Inject(PriorityRepository) private readonly priorities: PriorityRepository) {}

  list(query: ListQuery) {
    return this.priorities.list(query);
  }

  get(id: string) {
    return this.priorities.get(id);
  }

  async create(input: CreatePriorityDto, actor: Actor) {
    const position = input.position ?? (await this.priorities.nextPosition(input.actionPlanId));
    return this.priorities.create(actor, { ...input, position, code: input.code ?? priorityCode(position) });
  }

  update(id: string, input: UpdatePriorityDto, expectedVersion: number, actor: Actor) {
    return this.priorities.update(actor, id, expectedVersion, { ...input });
  }

  remove(id: string, expectedVersion: number | null, actor: Actor) {
    return this.priorities.remove(actor, id, expectedVersion);
  }
}
