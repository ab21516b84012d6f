import { type MigrationInterface, type QueryRunner } from 'typeorm';

export class RemindersAndNotifications1795754696785 implements MigrationInterface {
  name = 'RemindersAndNotifications1795754696785';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            CREATE TABLE "reminders" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "milestone_id" uuid NOT NULL,
                "kind" character varying(16) NOT NULL,
                "occurrence" smallint NOT NULL DEFAULT '0',
                "due_date" date NOT NULL,
                "recipient_email" character varying(254) NOT NULL,
                "recipient_user_id" uuid,
                "recipient_organisation_id" uuid,
                "locale" character varying(2) NOT NULL,
                "time_zone" character varying(64) NOT NULL,
                "scheduled_for" TIMESTAMP WITH TIME ZONE NOT NULL,
                "state" character varying(16) NOT NULL DEFAULT 'pending',
                "attempts" integer NOT NULL DEFAULT '0',
                "lease_until" TIMESTAMP WITH TIME ZONE,
                "last_error" text,
                "sent_at" TIMESTAMP WITH TIME ZONE,
                "message_id" character varying(255),
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "ck_reminders_state" CHECK (
                    "state" IN ('pending', 'sending', 'sent', 'failed', 'void')
                ),
                CONSTRAINT "ck_reminders_kind" CHECK (
                    "kind" IN (
                        'upcoming_30',
                        'upcoming_7',
                        'upcoming_1',
                        'due',
                        'overdue_1',
                        'overdue_weekly',
                        'escalation'
                    )
                ),
                CONSTRAINT "PK_38715fec7f634b72c6cf7ea4893" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminders_milestone" ON "reminders" ("milestone_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminders_kind" ON "reminders" ("kind")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminders_due_date" ON "reminders" ("due_date")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminders_recipient_email" ON "reminders" ("recipient_email")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminders_recipient_organisation" ON "reminders" ("recipient_organisation_id")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminders_scheduled_for" ON "reminders" ("scheduled_for")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminders_state" ON "reminders" ("state")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_reminders_state_scheduled" ON "reminders" ("state", "scheduled_for")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_reminders_once" ON "reminders" (
                "milestone_id",
                "kind",
                "occurrence",
                "due_date",
                "recipient_email"
            )
        `);
    await queryRunner.query(`
            CREATE TABLE "notifications" (
                "id" uuid NOT NULL DEFAULT gen_random_uuid(),
                "user_id" uuid NOT NULL,
                "kind" character varying(48) NOT NULL,
                "source_key" character varying(120) NOT NULL,
                "title" character varying(300) NOT NULL,
                "body" text NOT NULL DEFAULT '',
                "link" character varying(300) NOT NULL DEFAULT '',
                "read_at" TIMESTAMP WITH TIME ZONE,
                "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(),
                CONSTRAINT "PK_6a72c3c0f683f6462415e653c3a" PRIMARY KEY ("id")
            )
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_kind" ON "notifications" ("kind")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_read_at" ON "notifications" ("read_at")
        `);
    await queryRunner.query(`
            CREATE INDEX "ix_notifications_user_created" ON "notifications" ("user_id", "created_at")
        `);
    await queryRunner.query(`
            CREATE UNIQUE INDEX "uq_notifications_source_user" ON "notifications" ("source_key", "user_id")
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders"
            ADD CONSTRAINT "fk_reminders_milestone" FOREIGN KEY ("milestone_id") REFERENCES "milestones"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders"
            ADD CONSTRAINT "fk_reminders_recipient_user" FOREIGN KEY ("recipient_user_id") REFERENCES "users"("id") ON DELETE
            SET NULL ON UPDATE NO ACTION
        `);
    await queryRunner.query(`
            ALTER TABLE "notifications"
            ADD CONSTRAINT "fk_notifications_user" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE NO ACTION
        `);
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
            ALTER TABLE "notifications" DROP CONSTRAINT "fk_notifications_user"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders" DROP CONSTRAINT "fk_reminders_recipient_user"
        `);
    await queryRunner.query(`
            ALTER TABLE "reminders" DROP CONSTRAINT "fk_reminders_milestone"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_notifications_source_user"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_user_created"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_read_at"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_notifications_kind"
        `);
    await queryRunner.query(`
            DROP TABLE "notifications"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."uq_reminders_once"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_state_scheduled"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_state"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_scheduled_for"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_recipient_organisation"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_recipient_email"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_due_date"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_kind"
        `);
    await queryRunner.query(`
            DROP INDEX "public"."ix_reminders_milestone"
        `);
    await queryRunner.query(`
            DROP TABLE "reminders"
        `);
  }
}
