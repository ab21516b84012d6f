import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { User } from '#access';

/** An in-app message to one user; `sourceKey` makes each one exist once, however often its cause is replayed. */
@Entity('notifications')
@Index('uq_notifications_source_user', ['sourceKey', 'userId'], { unique: true })
@Index('ix_notifications_user_created', ['userId', 'createdAt'])
export class Notification {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @ManyToOne(() => User, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id', foreignKeyConstraintName: 'fk_notifications_user' })
  user?: Relation<User>;

  @Index('ix_notifications_kind')
  @Column({ type: 'varchar', length: 48 })
  kind: string;

  @Column({ type: 'varchar', length: 120 })
  sourceKey: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', default: '' })
  body: string;

  /** Where in the app it leads, e.g. `/milestones/<id>`. */
  @Column({ type: 'varchar', length: 300, default: '' })
  link: string;

  @Index('ix_notifications_read_at')
  @Column({ type: 'timestamptz', nullable: true })
  readAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
