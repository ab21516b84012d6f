import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The table rate-limiter-flexible keeps login attempt counts in (its own layout). */
@Entity('login_throttle')
export class LoginThrottle {
  @PrimaryColumn({ type: 'varchar', length: 255 })
  key: string;

  @Column({ type: 'integer', default: 0 })
  points: number;

  @Column({ type: 'bigint', nullable: true })
  expire: string | null;
}
