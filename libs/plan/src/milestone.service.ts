import type { ServerMessage } from '#i18n';
import { Inject, Injectable } from '@nestjs/common';
import { type Actor, DomainException, InvalidInputException, type ListQuery, type ResourceService } from '#kernel';
import { milestoneScope, redactMilestone } from '#access';
import { appendAuditEvent } from '#audit';
import { appendOutboxMessage, Database, type Transaction } from '#database';
import { nextChildCode } from './code.policy.js';
import { MilestoneRepository } from './milestone.repository.js';
import { ObjectiveRepository } from './objective.repository.js';
import type { CreateMilestoneDto, UpdateMilestoneDto } from './plan.dto.js';
import type { MilestoneRecord } from './plan.dto.js';

interface Assignment {
  startDate?: string | null;
  dueDate?: string;
  leadOrganisationId?: string;
  supportingOrganisationIds?: string[];
}

/** Cross-field rules of a milestone, checked on the record as it will be after the write. */
function checkMilestone(next: Required<Assignment>): Record<string, ServerMessage> {
  const errors: Record<string, ServerMessage> = {};
  if (next.startDate !== null && next.startDate > next.dueDate) {
    errors.startDate = { key: 'mustNotBeAfter', other: 'dueDate' };
  }
  if (next.supportingOrganisationIds.includes(next.leadOrganisationId)) {
    errors.supportingOrganisationIds = { key: 'leadNotSupporting' };
  }
  return errors;
}

@Injectable()
export class MilestoneService implements ResourceService<MilestoneRecord, CreateMilestoneDto, UpdateMilestoneDto> {
  constructor(
    @Inject(MilestoneRepository) private readonly milestones: MilestoneRepository,
    @Inject(ObjectiveRepository) private readonly objectives: ObjectiveRepository,
    @Inject(Database) private readonly db: Database,
  ) {}

  async list(actor: Actor, query: ListQuery) {
    const page = await this.milestones.list(query, milestoneScope(actor));
    return { ...page, rows: page.rows.map((row) => redactMilestone(row, actor)) };
  }

  async get(actor: Actor, id: string) {
    return redactMilestone(await this.milestones.get(id, undefined, milestoneScope(actor)), actor);
  }

  async create(actor: Actor, input: CreateMilestoneDto) {
    const objective = await this.objectives.find(input.objectiveId);
    if (!objective) throw new InvalidInputException({ objectiveId: { key: 'noneWithThisId', resource: 'objective' } });
    const supporting = input.supportingOrganisationIds ?? [];
    await this.check({
      startDate: input.startDate ?? null,
      dueDate: input.dueDate,
      leadOrganisationId: input.leadOrganisationId,
      supportingOrganisationIds: supporting,
    });
    const code = input.code ?? nextChildCode(objective.code, 'M', await this.milestones.codesUnder(objective.id));
    return this.milestones.create(actor, { ...input, code }, (tx, id) =>
      this.milestones.replaceSupportingOrganisations(tx, id, supporting),
    );
  }

  update(actor: Actor, id: string, input: UpdateMilestoneDto, expectedVersion: number) {
    return this.db.transaction((tx) => this.updateIn(actor, tx, id, input, expectedVersion));
  }

  /** The same, inside a caller's transaction: an import's updates apply all together or not at all. */
  async updateIn(actor: Actor, tx: Transaction, id: string, input: UpdateMilestoneDto, expectedVersion: number) {
    const current = await this.milestones.get(id, tx);
    const supporting = input.supportingOrganisationIds;
    await this.check({
      startDate: input.startDate === undefined ? current.startDate : input.startDate,
      dueDate: input.dueDate ?? current.dueDate,
      leadOrganisationId: input.leadOrganisationId ?? current.leadOrganisationId,
      supportingOrganisationIds: supporting ?? current.supportingOrganisationIds,
    });
    const values: Record<string, unknown> = { ...input };
    // An edit form sends back the status it was shown; a derived `delayed` is not a decision to record.
    if (input.status !== undefined && input.status === current.status && input.status !== current.recordedStatus) {
      delete values.status;
    }
    const newLead = input.leadOrganisationId;
    const reassigned = newLead !== undefined && newLead !== current.leadOrganisationId;
    return this.milestones.updateIn(actor, tx, id, expectedVersion, values, async () => {
      if (supporting !== undefined) await this.milestones.replaceSupportingOrganisations(tx, id, supporting);
      // The new lead organisation hears of it (in-app), through the outbox written with the change.
      if (reassigned) {
        await appendOutboxMessage(tx, 'milestone.reassigned', {
          milestoneId: id,
          milestoneCode: current.code,
          fromOrganisationId: current.leadOrganisationId,
          toOrganisationId: newLead,
          actorId: actor.userId,
        });
      }
    });
  }

  /**
   * Makes an approved report's figures the milestone's, inside the approval's transaction, with a compare-and-set
   * on the version the reviewer saw: edited since, it refuses (409, with the current milestone) and the caller's
   * whole transaction rolls back. Audited as the reviewer's change of the milestone.
   */
  async applyVerifiedProgress(
    actor: Actor,
    tx: Transaction,
    milestone: MilestoneRecord,
    expectedVersion: number,
    verified: { progress: number; status: string },
  ): Promise<void> {
    if (!(await this.milestones.applyVerifiedProgress(tx, milestone.id, expectedVersion, verified))) {
      throw new DomainException(
        'version_conflict',
        { key: 'milestoneChangedSince', reported: expectedVersion, current: milestone.version },
        undefined,
        { current: await this.milestones.get(milestone.id, tx) },
      );
    }
    await appendAuditEvent(tx, actor, {
      action: 'update',
      entityType: 'milestones',
      entityId: milestone.id,
      before: milestone,
      after: await this.milestones.get(milestone.id, tx),
    });
  }

  remove(actor: Actor, id: string, expectedVersion: number | null) {
    return this.milestones.remove(actor, id, expectedVersion);
  }

  private async check(next: Required<Assignment>): Promise<void> {
    const errors = checkMilestone(next);
    const unknown = await this.milestones.unknownOrganisations([
      next.leadOrganisationId,
      ...next.supportingOrganisationIds,
    ]);
    if (unknown.includes(next.leadOrganisationId)) {
      errors.leadOrganisationId = { key: 'noneWithThisId', resource: 'organisation' };
    }
    if (next.supportingOrganisationIds.some((orgId) => unknown.includes(orgId))) {
      const id = String(unknown.find((u) => u !== next.leadOrganisationId));
      errors.supportingOrganisationIds = { key: 'noOrganisationWithId', id };
    }
    if (Object.keys(errors).length > 0) throw new InvalidInputException(errors);
  }
}
