import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Per-plan reminder settings; reminders that are not about a milestone (staff
 * alerts for a missed reporting period, weekly digests); upcoming_<days> kinds.
 * The once-only key becomes an expression index over the reminder's subject.
 */
export class StaffAlertsAndPlanReminderSettings1795760597080 implements MigrationInterface {
  name = 'StaffAlertsAndPlanReminderSettings1795760597080';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "action_plans"
            ADD "reminder_settings" jsonb NOT NULL DEFAULT '{}'
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders"
            ADD "organisation_id" uuid
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_reminders_once"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders"
            ALTER COLUMN "milestone_id" DROP NOT NULL
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminders_organisation" ON "reminders" ("organisation_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders" DROP CONSTRAINT "ck_reminders_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders"
            ADD CONSTRAINT "ck_reminders_kind" CHECK (
                    "kind" ~ '^upcoming_[1-9][0-9]?$'
                    OR "kind" IN ('due', 'overdue_1', 'overdue_weekly', 'escalation', 'missed_report', 'weekly_digest')
                )
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders"
            ADD CONSTRAINT "ck_reminders_subject" CHECK (
                    ("milestone_id" IS NULL) = ("kind" IN ('missed_report', 'weekly_digest'))
                    AND ("organisation_id" IS NULL) = ("kind" <> 'missed_report')
                )
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminders_once" ON "reminders" (
                "kind",
                "occurrence",
                "due_date",
                "recipient_email",
                (coalesce("milestone_id", "organisation_id", '00000000-0000-0000-0000-000000000000'::uuid))
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders"
            ADD CONSTRAINT "fk_reminders_organisation" FOREIGN KEY ("organisation_id") REFERENCES "organisations"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            DELETE FROM "reminders"
            WHERE "milestone_id" IS NULL
                OR "kind" NOT IN ('upcoming_30', 'upcoming_7', 'upcoming_1', 'due', 'overdue_1', 'overdue_weekly', 'escalation')
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders" DROP CONSTRAINT "fk_reminders_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_reminders_once"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders" DROP CONSTRAINT "ck_reminders_subject"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders" DROP CONSTRAINT "ck_reminders_kind"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders"
            ADD CONSTRAINT "ck_reminders_kind" CHECK (
                    "kind" IN ('upcoming_30', 'upcoming_7', 'upcoming_1', 'due', 'overdue_1', 'overdue_weekly', 'escalation')
                )
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_organisation"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders"
            ALTER COLUMN "milestone_id"
            SET NOT NULL
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminders_once" ON "reminders" USING btree (
                "milestone_id",
                "kind",
                "occurrence",
                "due_date",
                "recipient_email"
            )
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders" DROP COLUMN "organisation_id"
        `);
    await queryRunner.query(`
            ALTER TABLE "action_plans" DROP COLUMN "reminder_settings"
        `);
  }
}
