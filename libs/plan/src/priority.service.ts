import { Inject, Injectable } from '@nestjs/common';
import type { Actor, ListQuery, ResourceService } from '#kernel';
import { priorityCode } from './code.policy.js';
import type { CreatePriorityDto, UpdatePriorityDto } from './plan.dto.js';
import type { PriorityRecord } from './plan.dto.js';
import { PriorityRepository } from './priority.repository.js';

@Injectable()
export class PriorityService implements ResourceService<PriorityRecord, CreatePriorityDto, UpdatePriorityDto> {
  constructor(@Inject(PriorityRepository) private readonly priorities: PriorityRepository) {}

  // Every role that may list them sees them all: no scope by actor.
  list(_actor: Actor, query: ListQuery) {
    return this.priorities.list(query);
  }

  get(_actor: Actor, id: string) {
    return this.priorities.get(id);
  }

  async create(actor: Actor, input: CreatePriorityDto) {
    const position = input.position ?? (await this.priorities.nextPosition(input.actionPlanId));
    return this.priorities.create(actor, { ...input, position, code: input.code ?? priorityCode(position) });
  }

  update(actor: Actor, id: string, input: UpdatePriorityDto, expectedVersion: number) {
    return this.priorities.update(actor, id, expectedVersion, { ...input });
  }

  remove(actor: Actor, id: string, expectedVersion: number | null) {
    return this.priorities.remove(actor, id, expectedVersion);
  }
}
