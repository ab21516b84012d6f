import type { ClosedMilestoneRefusal, StaffChange } from '#i18n';
import { Inject, Injectable } from '@nestjs/common';
import { type ProgressUpdateState } from '#contracts';
import {
  type Actor,
  DomainException,
  ForbiddenException,
  InvalidInputException,
  type ListQuery,
  type OutboxTopic,
  type ResourceService,
  UpdatesPerDayException,
  VersionConflictException,
} from '#kernel';
import { milestoneScope, organisationOf, progressUpdateScope } from '#access';
import { appendAuditEvent } from '#audit';
import { APP_CONFIG, type AppConfig, Clock } from '#config';
import { appendOutboxMessage, Database, type Transaction } from '#database';
import { type MilestoneRecord, MilestoneRepository, MilestoneService } from '#plan';
import type {
  ApproveProgressUpdateDto,
  CreateProgressUpdateDto,
  ProgressUpdateRecord,
  UpdateProgressUpdateDto,
} from './progress-update.dto.js';
import { ProgressUpdateRepository, type Transition } from './progress-update.repository.js';
import {
  approvalRefusal,
  enteredByRoleOf,
  isClosedMilestone,
  isEditable,
  isResponsible,
  mayChangeContent,
  updatesPerDayWait,
} from './progress-update.policy.js';

type Review = 'approve' | 'return' | 'reject';

const REVIEWS: Record<Review, { from: readonly ProgressUpdateState[]; to: ProgressUpdateState; topic: OutboxTopic }> = {
  approve: { from: ['submitted'], to: 'approved', topic: 'progress-update.approved' },
  return: { from: ['submitted'], to: 'returned', topic: 'progress-update.returned' },
  reject: { from: ['submitted', 'returned'], to: 'rejected', topic: 'progress-update.rejected' },
};

/**
 * Partners report progress on the milestones their organisation leads or
 * supports; staff approve (the milestone takes the reported figures), return
 * for revision, or reject. Every step is audited and announced in the outbox,
 * in the transaction of the change. Two people stand behind every verified
 * figure: whoever entered or last revised an update does not approve it, and
 * staff do not rewrite a partner's report.
 */
@Injectable()
export class ProgressUpdateService implements ResourceService<
  ProgressUpdateRecord,
  CreateProgressUpdateDto,
  UpdateProgressUpdateDto
> {
  constructor(
    @Inject(ProgressUpdateRepository) private readonly updates: ProgressUpdateRepository,
    @Inject(MilestoneRepository) private readonly milestones: MilestoneRepository,
    @Inject(MilestoneService) private readonly milestoneService: MilestoneService,
    @Inject(Database) private readonly db: Database,
    @Inject(Clock) private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  list(actor: Actor, query: ListQuery) {
    return this.updates.list(query, progressUpdateScope(actor));
  }

  get(actor: Actor, id: string) {
    return this.updates.get(id, this.db, progressUpdateScope(actor));
  }

  async create(actor: Actor, input: CreateProgressUpdateDto) {
    const milestone = await this.milestones.find(input.milestoneId, this.db, milestoneScope(actor));
    // A milestone the caller may not see is answered as if it did not exist.
    if (!milestone) throw new InvalidInputException({ milestoneId: { key: 'noneWithThisId', resource: 'milestone' } });
    const organisationId = organisationOf(actor) ?? milestone.leadOrganisationId;
    if (!isResponsible(organisationId, milestone)) {
      throw new ForbiddenException({ key: 'notResponsible' });
    }
    refuseIfClosed(milestone, 'newUpdate');
    return this.updates.create(
      actor,
      {
        evidence: [],
        ...input,
        organisationId,
        milestoneVersion: milestone.version,
        submittedById: actor.userId,
        submittedAt: this.clock.now(),
        enteredByRole: enteredByRoleOf(actor),
      },
      async (tx, id) => {
        await this.refuseOverDailyLimit(tx, milestone.id, organisationId);
        await this.announce(actor, tx, 'progress-update.submitted', id, milestone);
      },
    );
  }

  /**
   * Counted after the insert, under a lock per (milestone, organisation): two reports sent at once cannot both
   * slip under the limit. Refused, the new one rolls back with the transaction.
   */
  private async refuseOverDailyLimit(tx: Transaction, milestoneId: string, organisationId: string): Promise<void> {
    const now = this.clock.now();
    const limit = this.config.quotas.updatesPerMilestonePerDay;
    const recent = await this.updates.submittedSince(
      tx,
      milestoneId,
      organisationId,
      new Date(now.getTime() - 86_400_000),
    );
    const wait = updatesPerDayWait(recent, now, limit);
    if (wait > 0) throw new UpdatesPerDayException(limit, wait);
  }

  async update(actor: Actor, id: string, input: UpdateProgressUpdateDto, expectedVersion: number) {
    const current = await this.get(actor, id);
    this.refuseContentChange(actor, current, 'content');
    if (!isEditable(current.state)) {
      throw new DomainException('conflict', { key: 'noLongerEditable', state: current.state });
    }
    const { progress, status, narrative, evidence } = input;
    return this.updates.update(actor, id, expectedVersion, {
      progress,
      status,
      narrative,
      evidence,
      revisedById: actor.userId,
      revisedAt: this.clock.now(),
    });
  }

  /**
   * Staff do not change what a partner reported (a reviewer returns it with a comment and the partner
   * revises it); what staff entered, any member of staff may correct, and is then its last reviser.
   */
  refuseContentChange(actor: Actor, update: ProgressUpdateRecord, change: StaffChange): void {
    if (!mayChangeContent(actor, update)) throw new ForbiddenException({ key: 'staffMayNotChange', change });
  }

  /**
   * Only what staff entered, and not once approved: a partner's report stays on record (a reviewer rejects it,
   * with a comment), and an approved figure is part of the verified record the reports were made from.
   */
  async remove(actor: Actor, id: string, expectedVersion: number | null) {
    const current = await this.get(actor, id);
    this.refuseContentChange(actor, current, 'delete');
    if (current.state === 'approved') throw new DomainException('conflict', { key: 'approvedIsKept' });
    // Deleted only as read: approved or revised meanwhile, it is a version conflict, not a silent loss.
    return this.updates.remove(actor, id, expectedVersion ?? current.version);
  }

  /** A returned update, revised, goes back to staff against the milestone as it is now. */
  async submit(actor: Actor, id: string, expectedVersion?: number) {
    const current = await this.get(actor, id);
    const milestone = await this.milestones.get(current.milestoneId);
    refuseIfClosed(milestone, 'resubmit');
    return this.change(actor, id, 'submit', current, milestone, {
      from: ['returned'],
      to: 'submitted',
      milestoneVersion: milestone.version,
      expectedVersion,
    });
  }

  /**
   * A review decides on the version of the update the reviewer read (`expectedVersion`): changed since, it
   * is refused (409) and applies nothing. Approving is refused to whoever entered or last revised the update,
   * and on a milestone closed (completed or cancelled) since it was submitted.
   */
  async review(
    actor: Actor,
    id: string,
    review: Review,
    input: ApproveProgressUpdateDto & { comment?: string },
    expectedVersion: number,
  ) {
    const current = await this.get(actor, id);
    // The checks below read this version; the transition applies only to it.
    if (current.version !== expectedVersion) throw new VersionConflictException('progress update', current);
    const milestone = await this.milestones.get(current.milestoneId);
    if (review === 'approve') {
      const refusal = approvalRefusal(actor.userId, current);
      if (refusal !== null) {
        throw new ForbiddenException({ key: 'ownApproval', did: refusal === 'entered' ? 'entered' : 'revised' });
      }
      refuseIfClosed(milestone, 'approve');
    }
    const { from, to } = REVIEWS[review];
    return this.change(actor, id, review, current, milestone, {
      from,
      to,
      reviewerId: actor.userId,
      comment: input.comment ?? null,
      expectedVersion,
      milestoneVersion: input.milestoneVersion,
    });
  }

  private change(
    actor: Actor,
    id: string,
    action: Review | 'submit',
    before: ProgressUpdateRecord,
    milestone: MilestoneRecord,
    transition: Transition,
  ): Promise<ProgressUpdateRecord> {
    return this.db.transaction(async (tx) => {
      const moved = await this.updates.transition(tx, id, {
        ...transition,
        milestoneVersion: action === 'submit' ? transition.milestoneVersion : undefined,
      });
      if (!moved) {
        const now = await this.updates.get(id, tx);
        if (transition.expectedVersion !== undefined && now.version !== transition.expectedVersion) {
          throw new VersionConflictException('progress update', now);
        }
        throw new DomainException('conflict', { key: 'cannotMoveNow', state: now.state, step: action }, undefined, {
          current: now,
        });
      }
      // Approval makes the reported figures the milestone's, through plan, which owns milestones.
      if (action === 'approve') {
        const { progress, status } = before;
        const expected = transition.milestoneVersion ?? before.milestoneVersion;
        await this.milestoneService.applyVerifiedProgress(actor, tx, milestone, expected, { progress, status });
      }
      const after = await this.updates.get(id, tx);
      await appendAuditEvent(tx, actor, { action, entityType: 'progress-updates', entityId: id, before, after });
      const topic = action === 'submit' ? 'progress-update.submitted' : REVIEWS[action].topic;
      await this.announce(actor, tx, topic, id, milestone);
      return after;
    });
  }

  private announce(actor: Actor, tx: Transaction, topic: OutboxTopic, id: string, milestone: MilestoneRecord) {
    return appendOutboxMessage(tx, topic, {
      progressUpdateId: id,
      milestoneId: milestone.id,
      milestoneCode: milestone.code,
      actorId: actor.userId,
    });
  }
}

/** Completed and cancelled milestones are closed to reports; staff reopen one by recording an open status. */
function refuseIfClosed(milestone: MilestoneRecord, refusal: ClosedMilestoneRefusal): void {
  if (isClosedMilestone(milestone.recordedStatus)) {
    const status = milestone.recordedStatus;
    throw new DomainException(
      'conflict',
      { key: 'milestoneClosed', code: milestone.code, status, refusal },
      { milestoneId: { key: 'milestoneIs', status } },
    );
  }
}
