import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class Initial1795751272525 implements MigrationInterface {
  name = 'Initial1795751272525';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "action_plans" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "code" character varying(32) NOT NULL,
                "title" jsonb NOT NULL,
                "description" jsonb NOT NULL DEFAULT '{}',
                "time_zone" character varying(64) NOT NULL,
                "opinion_reference" character varying(200) NOT NULL DEFAULT '',
                "adopted_at" date,
                "reporting_period_months" integer NOT NULL DEFAULT '3',
                CONSTRAINT "PK_969b73b0a2c013da5849ac154fb" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_action_plans_code" ON "action_plans" ("code")
        `);
    await queryRunner.query(`
            CREATE TABLE "priorities" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "action_plan_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "code" character varying(32) NOT NULL,
                "title" jsonb NOT NULL,
                "description" jsonb NOT NULL DEFAULT '{}',
                "opinion_reference" character varying(200) NOT NULL DEFAULT '',
                CONSTRAINT "PK_928b91cfc09b11e82aeb6373b22" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_priorities_plan_position" ON "priorities" ("action_plan_id", "position")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_priorities_plan_code" ON "priorities" ("action_plan_id", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "objectives" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "priority_id" uuid NOT NULL,
                "position" integer NOT NULL,
                "code" character varying(32) NOT NULL,
                "title" jsonb NOT NULL,
                "description" jsonb NOT NULL DEFAULT '{}',
                "opinion_reference" character varying(200) NOT NULL DEFAULT '',
                CONSTRAINT "PK_c54846771e6a2db24c2b886eca0" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_objectives_priority_position" ON "objectives" ("priority_id", "position")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_objectives_priority_code" ON "objectives" ("priority_id", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "organisations" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "name" jsonb NOT NULL,
                "short_code" character varying(32) NOT NULL,
                "type" character varying(32) NOT NULL,
                "country" character(2) NOT NULL,
                "reminder_contacts" jsonb NOT NULL DEFAULT '[]',
                CONSTRAINT "ck_organisations_country" CHECK ("country" ~ '^[A-Z]{2}$'),
                CONSTRAINT "ck_organisations_type" CHECK (
                    "type" IN (
                        'eu_institution',
                        'eesc_group',
                        'kazakh_authority',
                        'cso',
                        'trade_union',
                        'employers_organisation',
                        'international_body'
                    )
                ),
                CONSTRAINT "PK_7bf54cba378d5b2f1d4c10ef4df" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_organisations_short_code" ON "organisations" ("short_code")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_organisations_type" ON "organisations" ("type")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_organisations_country" ON "organisations" ("country")
        `);
    await queryRunner.query(`
            CREATE TABLE "milestones" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "objective_id" uuid NOT NULL,
                "code" character varying(32) NOT NULL,
                "title" jsonb NOT NULL,
                "description" jsonb NOT NULL DEFAULT '{}',
                "opinion_reference" character varying(200) NOT NULL DEFAULT '',
                "start_date" date,
                "due_date" date NOT NULL,
                "status" character varying(16) NOT NULL DEFAULT 'planned',
                "progress" smallint NOT NULL DEFAULT '0',
                "lead_organisation_id" uuid NOT NULL,
                "visibility" character varying(16) NOT NULL DEFAULT 'internal',
                CONSTRAINT "ck_milestones_dates" CHECK (
                    "start_date" IS NULL
                    OR "start_date" <= "due_date"
                ),
                CONSTRAINT "ck_milestones_progress" CHECK (
                    "progress" BETWEEN 0 AND 100
                ),
                CONSTRAINT "ck_milestones_visibility" CHECK ("visibility" IN ('public', 'internal')),
                CONSTRAINT "ck_milestones_status" CHECK (
                    "status" IN (
                        'planned',
                        'in_progress',
                        'at_risk',
                        'delayed',
                        'completed',
                        'cancelled'
                    )
                ),
                CONSTRAINT "PK_0bdbfe399c777a6a8520ff902d9" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_milestones_code" ON "milestones" ("code")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_milestones_start_date" ON "milestones" ("start_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_milestones_due_date" ON "milestones" ("due_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_milestones_progress" ON "milestones" ("progress")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_milestones_lead_organisation" ON "milestones" ("lead_organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_milestones_visibility" ON "milestones" ("visibility")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_milestones_status_due_date" ON "milestones" ("status", "due_date")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_milestones_objective_code" ON "milestones" ("objective_id", "code")
        `);
    await queryRunner.query(`
            CREATE TABLE "users" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "email" character varying(254) NOT NULL,
                "name" character varying(200) NOT NULL,
                "role" character varying(16) NOT NULL,
                "organisation_id" uuid,
                "locale" character varying(2) NOT NULL DEFAULT 'en',
                "time_zone" character varying(64) NOT NULL DEFAULT 'Europe/Brussels',
                "password_hash" character varying(255),
                CONSTRAINT "ck_users_partner_organisation" CHECK (
                    "role" <> 'partner'
                    OR "organisation_id" IS NOT NULL
                ),
                CONSTRAINT "ck_users_locale" CHECK ("locale" IN ('en', 'ru', 'kk')),
                CONSTRAINT "ck_users_role" CHECK ("role" IN ('admin', 'staff', 'partner', 'viewer')),
                CONSTRAINT "PK_a3ffb1c0c8416b9fc6f907b7433" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_users_email" ON "users" ("email")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_name" ON "users" ("name")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_role" ON "users" ("role")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_users_organisation" ON "users" ("organisation_id")
        `);
    await queryRunner.query(`
            CREATE TABLE "progress_updates" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "version" integer NOT NULL DEFAULT '1',
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "milestone_id" uuid NOT NULL,
                "progress" smallint NOT NULL,
                "status" character varying(16) NOT NULL,
                "narrative" jsonb NOT NULL,
                "evidence" jsonb NOT NULL DEFAULT '[]',
                "state" character varying(16) NOT NULL DEFAULT 'submitted',
                "submitted_by_id" uuid,
                "reviewed_by_id" uuid,
                "reviewed_at" TIMESTAMP WITH TIME ZONE,
                "review_comment" text,
                CONSTRAINT "ck_progress_updates_status" CHECK (
                    "status" IN (
                        'planned',
                        'in_progress',
                        'at_risk',
                        'delayed',
                        'completed',
                        'cancelled'
                    )
                ),
                CONSTRAINT "ck_progress_updates_progress" CHECK (
                    "progress" BETWEEN 0 AND 100
                ),
                CONSTRAINT "ck_progress_updates_state" CHECK (
                    "state" IN ('submitted', 'approved', 'returned', 'rejected')
                ),
                CONSTRAINT "PK_180f6781848cb83b31c3deb131b" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_updates_submitted_by" ON "progress_updates" ("submitted_by_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_updates_reviewed_by" ON "progress_updates" ("reviewed_by_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_updates_state_created" ON "progress_updates" ("state", "created_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_progress_updates_milestone_created" ON "progress_updates" ("milestone_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "audit_events" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "actor_id" uuid,
                "action" character varying(16) NOT NULL,
                "entity_type" character varying(32) NOT NULL,
                "entity_id" uuid NOT NULL,
                "before" jsonb,
                "after" jsonb,
                "request_id" character varying(64),
                "occurred_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_910f64d901a5c3e9878f0d4a407" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_events_actor" ON "audit_events" ("actor_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_events_action" ON "audit_events" ("action")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_events_occurred_at" ON "audit_events" ("occurred_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_audit_events_entity" ON "audit_events" ("entity_type", "entity_id", "occurred_at")
        `);
    await queryRunner.query(`
            CREATE TABLE "milestone_supporting_organisations" (
                "milestone_id" uuid NOT NULL,
                "organisation_id" uuid NOT NULL,
                CONSTRAINT "PK_09137d1f8119844b89d6ec176d0" PRIMARY KEY ("milestone_id", "organisation_id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_9366e2ea97f960a81832df4ab6" ON "milestone_supporting_organisations" ("milestone_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "IDX_f5df657cef092d3cd69be55af2" ON "milestone_supporting_organisations" ("organisation_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "priorities"
            ADD CONSTRAINT "fk_priorities_action_plan" FOREIGN KEY ("action_plan_id") REFERENCES "action_plans"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "objectives"
            ADD CONSTRAINT "fk_objectives_priority" FOREIGN KEY ("priority_id") REFERENCES "priorities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "milestones"
            ADD CONSTRAINT "fk_milestones_objective" FOREIGN KEY ("objective_id") REFERENCES "objectives"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "milestones"
            ADD CONSTRAINT "fk_milestones_lead_organisation" FOREIGN KEY ("lead_organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "users"
            ADD CONSTRAINT "fk_users_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD CONSTRAINT "fk_progress_updates_milestone" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD CONSTRAINT "fk_progress_updates_submitted_by" FOREIGN KEY ("submitted_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates"
            ADD CONSTRAINT "fk_progress_updates_reviewed_by" FOREIGN KEY ("reviewed_by_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "milestone_supporting_organisations"
            ADD CONSTRAINT "fk_msupport_milestone" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);
    await queryRunner.query(`
            ALTER TABLE "milestone_supporting_organisations"
            ADD CONSTRAINT "fk_msupport_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE CASCADE
        `);

    // Written by hand: full-text search over code and every language of the translatable text
    // (the expressions must match the ones in libs/database/src/search.sql.ts), sort by English title,
    // and the append-only guard on the audit trail.
    for (const table of ['action_plans', 'priorities', 'objectives', 'milestones']) {
      await queryRunner.query(
        `CREATE INDEX "ix_${table}_search" ON "${table}" USING gin ((to_tsvector('simple'::regconfig, "code") || jsonb_to_tsvector('simple'::regconfig, "title", '["string"]') || jsonb_to_tsvector('simple'::regconfig, "description", '["string"]')))`,
      );
      await queryRunner.query(`CREATE INDEX "ix_${table}_title_en" ON "${table}" (("title"->>'en'))`);
    }
    await queryRunner.query(
      `CREATE INDEX "ix_organisations_search" ON "organisations" USING gin ((to_tsvector('simple'::regconfig, "short_code") || jsonb_to_tsvector('simple'::regconfig, "name", '["string"]')))`,
    );
    await queryRunner.query(`CREATE INDEX "ix_organisations_name_en" ON "organisations" (("name"->>'en'))`);
    await queryRunner.query(
      `CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'audit_events is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege'; END $$`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_audit_events_no_change BEFORE UPDATE OR DELETE ON "audit_events" FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
    );
    await queryRunner.query(
      `CREATE TRIGGER tr_audit_events_no_truncate BEFORE TRUNCATE ON "audit_events" FOR EACH STATEMENT EXECUTE FUNCTION audit_events_append_only()`,
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TRIGGER tr_audit_events_no_truncate ON "audit_events"`);
    await queryRunner.query(`DROP TRIGGER tr_audit_events_no_change ON "audit_events"`);
    await queryRunner.query(`DROP FUNCTION audit_events_append_only()`);
    await queryRunner.query(`DROP INDEX "ix_organisations_name_en"`);
    await queryRunner.query(`DROP INDEX "ix_organisations_search"`);
    for (const table of ['action_plans', 'priorities', 'objectives', 'milestones']) {
      await queryRunner.query(`DROP INDEX "ix_${table}_title_en"`);
      await queryRunner.query(`DROP INDEX "ix_${table}_search"`);
    }
    await queryRunner.query(`
            ALTER TABLE "milestone_supporting_organisations" DROP CONSTRAINT "fk_msupport_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "milestone_supporting_organisations" DROP CONSTRAINT "fk_msupport_milestone"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP CONSTRAINT "fk_progress_updates_reviewed_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP CONSTRAINT "fk_progress_updates_submitted_by"
        `);
    await queryRunner.query(`
            ALTER TABLE "progress_updates" DROP CONSTRAINT "fk_progress_updates_milestone"
        `);
    await queryRunner.query(`
            ALTER TABLE "users" DROP CONSTRAINT "fk_users_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "milestones" DROP CONSTRAINT "fk_milestones_lead_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "milestones" DROP CONSTRAINT "fk_milestones_objective"
        `);
    await queryRunner.query(`
            ALTER TABLE "objectives" DROP CONSTRAINT "fk_objectives_priority"
        `);
    await queryRunner.query(`
            ALTER TABLE "priorities" DROP CONSTRAINT "fk_priorities_action_plan"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_f5df657cef092d3cd69be55af2"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."IDX_9366e2ea97f960a81832df4ab6"
        `);
    await queryRunner.query(`
            DROP TABLE "milestone_supporting_organisations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_events_entity"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_events_occurred_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_events_action"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_audit_events_actor"
        `);
    await queryRunner.query(`
            DROP TABLE "audit_events"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_updates_milestone_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_updates_state_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_updates_reviewed_by"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_progress_updates_submitted_by"
        `);
    await queryRunner.query(`
            DROP TABLE "progress_updates"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_users_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_users_role"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_users_name"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_users_email"
        `);
    await queryRunner.query(`
            DROP TABLE "users"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_milestones_objective_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_milestones_status_due_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_milestones_visibility"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_milestones_lead_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_milestones_progress"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_milestones_due_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_milestones_start_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_milestones_code"
        `);
    await queryRunner.query(`
            DROP TABLE "milestones"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_organisations_country"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_organisations_type"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_organisations_short_code"
        `);
    await queryRunner.query(`
            DROP TABLE "organisations"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_objectives_priority_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_objectives_priority_position"
        `);
    await queryRunner.query(`
            DROP TABLE "objectives"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_priorities_plan_code"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_priorities_plan_position"
        `);
    await queryRunner.query(`
            DROP TABLE "priorities"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_action_plans_code"
        `);
    await queryRunner.query(`
            DROP TABLE "action_plans"
        `);
  }
}
