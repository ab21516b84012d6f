import { Inject, Injectable } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type * as contracts from '#contracts';
import { Database, fetchPage, isUuid, type ListSpec, type SqlParams, type SqlRunner } from '#database';
import type { ListQuery, Page } from '#kernel';

export class NotificationRecord implements contracts.NotificationRecord {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ example: 'progress-update.approved' }) kind: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ example: '/milestones/2f0c...' }) link: string;
  @ApiPropertyOptional({ format: 'date-time', nullable: true }) readAt: string | null;
  @ApiProperty({ description: 'Whether it has been read' }) read: boolean;
  @ApiProperty({ format: 'date-time' }) createdAt: string;
}

export interface NewNotification {
  userId: string;
  kind: string;
  sourceKey: string;
  title: string;
  body: string;
  link: string;
}

export const NOTIFICATION_LIST: ListSpec = {
  resource: 'notifications',
  from: 'notifications n',
  idSql: 'n.id',
  select: `n.id, n.kind, n.title, n.body, n.link, n.read_at AS "readAt", (n.read_at IS NOT NULL) AS read,
    n.created_at AS "createdAt"`,
  fields: {
    id: { sql: 'n.id', type: 'uuid', sortable: false },
    kind: { sql: 'n.kind', type: 'text', sortable: true },
    createdAt: { sql: 'n.created_at', type: 'timestamp', sortable: true },
  },
  customFilters: {
    read: (value) => (value === true || value === 'true' ? 'n.read_at IS NOT NULL' : 'n.read_at IS NULL'),
  },
  defaultSort: { field: 'createdAt', order: 'DESC' },
};

@Injectable()
export class NotificationRepository {
  constructor(@Inject(Database) private readonly db: Database) {}

  /** The caller's own notifications only: the scope is the user, in the query. */
  list(userId: string, query: ListQuery): Promise<Page<NotificationRecord>> {
    return fetchPage<NotificationRecord>(this.db, NOTIFICATION_LIST, query, (params: SqlParams) => [
      `n.user_id = ${params.add(userId)}::uuid`,
    ]);
  }

  /** Inserts what does not exist yet (per source and user), so replays add nothing. */
  insert(runner: SqlRunner, notifications: NewNotification[]): Promise<number> {
    return this.write(runner, notifications, false);
  }

  /**
   * The same, except that a user who still has an unread notification of the same kind and title (the same
   * milestone, in their language) gets no second one: a burst of reports on one milestone is one line to read,
   * not thirty. Inserts that coalesce take their turn under one transaction lock, so that messages handled at
   * once each see the others' rows.
   */
  insertCoalesced(notifications: NewNotification[]): Promise<number> {
    return this.db.transaction(async (tx) => {
      await tx.query(`SELECT pg_advisory_xact_lock(587003)`);
      return this.write(tx, notifications, true);
    });
  }

  private async write(runner: SqlRunner, notifications: NewNotification[], coalesce: boolean): Promise<number> {
    if (notifications.length === 0) return 0;
    const column = <K extends keyof NewNotification>(key: K) => notifications.map((notification) => notification[key]);
    const rows = await runner.query(
      `INSERT INTO notifications (user_id, kind, source_key, title, body, link)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[])
         AS n(user_id, kind, source_key, title, body, link)
        WHERE NOT $7::boolean OR NOT EXISTS (
          SELECT 1 FROM notifications o
           WHERE o.user_id = n.user_id AND o.kind = n.kind AND o.title = n.title AND o.read_at IS NULL)
       ON CONFLICT (source_key, user_id) DO NOTHING RETURNING id`,
      [
        column('userId'),
        column('kind'),
        column('sourceKey'),
        column('title'),
        column('body'),
        column('link'),
        coalesce,
      ],
    );
    return rows.length;
  }

  async markRead(userId: string, id: string, read: boolean): Promise<NotificationRecord | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.db.query<NotificationRecord>(
      `UPDATE notifications n SET read_at = CASE WHEN $3 THEN coalesce(n.read_at, now()) ELSE NULL END
       WHERE n.id = $1 AND n.user_id = $2 RETURNING ${NOTIFICATION_LIST.select}`,
      [id, userId, read],
    );
    return row ?? null;
  }

  async markAllRead(userId: string): Promise<number> {
    const rows = await this.db.query(
      `UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL RETURNING id`,
      [userId],
    );
    return rows.length;
  }

  partnersOf(organisationId: string) {
    return this.db.query<{ userId: string; locale: string }>(
      `SELECT id AS "userId", locale FROM users WHERE role = 'partner' AND organisation_id = $1`,
      [organisationId],
    );
  }

  /**
   * Who hears of a progress update: staff when it is submitted, the reporting organisation's partners when
   * reviewed; with whether staff entered it (the message then does not call it the organisation's own).
   */
  recipientsOfUpdate(progressUpdateId: string, audience: 'staff' | 'reporters') {
    type Recipient = {
      userId: string;
      locale: string;
      milestoneId: string;
      milestoneCode: string;
      state: string;
      enteredByStaff: boolean;
    };
    const columns = `u.id AS "userId", u.locale, pu.milestone_id AS "milestoneId", m.code AS "milestoneCode", pu.state,
      (pu.entered_by_role <> 'partner') AS "enteredByStaff"`;
    return this.db.query<Recipient>(
      audience === 'staff'
        ? `SELECT ${columns}
           FROM progress_updates pu JOIN milestones m ON m.id = pu.milestone_id, users u
           WHERE pu.id = $1 AND u.role = 'staff'`
        : `SELECT ${columns}
           FROM progress_updates pu JOIN milestones m ON m.id = pu.milestone_id
           JOIN users u ON u.organisation_id = pu.organisation_id AND u.role = 'partner'
           WHERE pu.id = $1`,
      [progressUpdateId],
    );
  }
}
