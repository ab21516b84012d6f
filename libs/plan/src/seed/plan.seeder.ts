import { Inject, Injectable } from '@nestjs/common';
import type { AuditedResource } from '#contracts';
import { SYSTEM_ACTOR } from '#kernel';
import { appendAuditEvent } from '#audit';
import { Database, type Transaction } from '#database';
import { priorityCode } from '../code.policy.js';
import type { PlanSeed } from './plan-seed.types.js';

export interface SeedResult {
  planId: string;
  created: Record<'organisations' | 'actionPlans' | 'priorities' | 'objectives' | 'milestones', number>;
}

/**
 * Loads a plan given as seed data. Idempotent: records are matched by their
 * codes and only missing ones are inserted, so a second run changes nothing
 * (and never overwrites what staff edited since).
 */
@Injectable()
export class PlanSeeder {
  constructor(@Inject(Database) private readonly db: Database) {}

  seed(plan: PlanSeed): Promise<SeedResult> {
    return this.db.transaction(async (tx) => {
      // One seeder at a time (two replicas starting together).
      await tx.query('SELECT pg_advisory_xact_lock(587002)');
      const created = { organisations: 0, actionPlans: 0, priorities: 0, objectives: 0, milestones: 0 };
      const organisationIds = new Map<string, string>();
      for (const organisation of plan.organisations) {
        const { id, inserted } = await this.upsert(
          tx,
          'organisations',
          'organisations',
          `short_code = $1`,
          [organisation.shortCode],
          {
            short_code: organisation.shortCode,
            name: organisation.name,
            type: organisation.type,
            country: organisation.country,
            reminder_contacts: organisation.reminderContacts,
          },
        );
        organisationIds.set(organisation.shortCode, id);
        created.organisations += Number(inserted);
      }
      const planRow = await this.upsert(tx, 'action_plans', 'action-plans', 'code = $1', [plan.code], {
        code: plan.code,
        title: plan.title,
        description: plan.description,
        time_zone: plan.timeZone,
        opinion_reference: plan.opinionReference,
        adopted_at: plan.adoptedAt,
        opinion: plan.opinion,
        reporting_period_months: plan.reportingPeriodMonths,
      });
      created.actionPlans += Number(planRow.inserted);
      for (const priority of plan.priorities) {
        const pCode = priorityCode(priority.position);
        const priorityRow = await this.upsert(
          tx,
          'priorities',
          'priorities',
          'action_plan_id = $1 AND code = $2',
          [planRow.id, pCode],
          {
            action_plan_id: planRow.id,
            position: priority.position,
            code: pCode,
            title: priority.title,
            description: priority.description,
            opinion_reference: priority.opinionReference,
          },
        );
        created.priorities += Number(priorityRow.inserted);
        for (const objective of priority.objectives) {
          const oCode = `${pCode}.O${objective.position}`;
          const objectiveRow = await this.upsert(
            tx,
            'objectives',
            'objectives',
            'priority_id = $1 AND code = $2',
            [priorityRow.id, oCode],
            {
              priority_id: priorityRow.id,
              position: objective.position,
              code: oCode,
              title: objective.title,
              description: objective.description,
              opinion_reference: objective.opinionReference,
            },
          );
          created.objectives += Number(objectiveRow.inserted);
          for (const milestone of objective.milestones) {
            const mCode = `${oCode}.M${milestone.position}`;
            const lead = this.organisation(organisationIds, milestone.lead, mCode);
            const milestoneRow = await this.upsert(
              tx,
              'milestones',
              'milestones',
              'objective_id = $1 AND code = $2',
              [objectiveRow.id, mCode],
              {
                objective_id: objectiveRow.id,
                code: mCode,
                title: milestone.title,
                description: milestone.description,
                opinion_reference: milestone.opinionReference,
                start_date: milestone.startDate,
                due_date: milestone.dueDate,
                status: milestone.status,
                progress: milestone.progress,
                lead_organisation_id: lead,
                visibility: milestone.visibility,
              },
            );
            if (milestoneRow.inserted) {
              created.milestones += 1;
              const supporting = milestone.supporting.map((code) => this.organisation(organisationIds, code, mCode));
              await tx.query(
                `INSERT INTO milestone_supporting_organisations (milestone_id, organisation_id)
                 SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
                [milestoneRow.id, supporting],
              );
            }
          }
        }
      }
      return { planId: planRow.id, created };
    });
  }

  private organisation(ids: Map<string, string>, shortCode: string, where: string): string {
    const id = ids.get(shortCode);
    if (!id) throw new Error(`Seed data: ${where} names unknown organisation ${shortCode}`);
    return id;
  }

  /** Finds the row matching `match`, or inserts `values` (audited as a system creation). */
  private async upsert(
    tx: Transaction,
    table: string,
    resource: AuditedResource,
    match: string,
    matchParams: unknown[],
    values: Record<string, unknown>,
  ): Promise<{ id: string; inserted: boolean }> {
    const [existing] = await tx.query<{ id: string }>(`SELECT id FROM ${table} WHERE ${match}`, matchParams);
    if (existing) return { id: existing.id, inserted: false };
    const columns = Object.keys(values);
    const params = Object.values(values).map((value) =>
      value !== null && typeof value === 'object' ? JSON.stringify(value) : value,
    );
    const [row] = await tx.query<Record<string, unknown> & { id: string }>(
      `INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`,
      params,
    );
    await appendAuditEvent(tx, SYSTEM_ACTOR, {
      action: 'create',
      entityType: resource,
      entityId: row.id,
      before: null,
      after: row,
    });
    return { id: row.id, inserted: true };
  }
}
