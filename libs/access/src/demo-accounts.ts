import { Inject, Injectable } from '@nestjs/common';
import { type Role } from '#contracts';
import { SYSTEM_ACTOR } from '#kernel';
import { appendAuditEvent } from '#audit';
import { Database } from '#database';
import { hashPassword } from './password.js';

export interface DemoAccount {
  email: string;
  role: Role;
  organisation: string | null;
}

/** Organisations whose focal points get a demo partner account: civil society in the EESC's sense. */
const PARTNER_TYPES = ['cso', 'trade_union', 'employers_organisation'];
export const DEMO_DOMAIN = 'demo.example';

/**
 * Demo mode only (no DATABASE_URL): one account per role and a partner per
 * seeded civil society organisation, all with DEMO_PASSWORD. Idempotent.
 */
@Injectable()
export class DemoAccounts {
  constructor(@Inject(Database) private readonly db: Database) {}

  async ensure(password: string): Promise<DemoAccount[]> {
    const passwordHash = await hashPassword(password);
    const organisations = await this.db.query<{ id: string; shortCode: string; name: string }>(
      `SELECT id, short_code AS "shortCode", name->>'en' AS name FROM organisations WHERE type = ANY($1) ORDER BY short_code`,
      [PARTNER_TYPES],
    );
    const [eesc] = await this.db.query<{ id: string }>(`SELECT id FROM organisations WHERE short_code = 'EESC-REX'`);
    const accounts = [
      {
        email: `admin@${DEMO_DOMAIN}`,
        name: 'Demo administrator',
        role: 'admin' as Role,
        organisationId: eesc?.id ?? null,
        organisation: 'EESC-REX',
        locale: 'en',
        timeZone: 'Europe/Brussels',
      },
      {
        email: `staff@${DEMO_DOMAIN}`,
        name: 'Demo REX secretariat',
        role: 'staff' as Role,
        organisationId: eesc?.id ?? null,
        organisation: 'EESC-REX',
        locale: 'en',
        timeZone: 'Europe/Brussels',
      },
      {
        email: `viewer@${DEMO_DOMAIN}`,
        name: 'Demo plenary member',
        role: 'viewer' as Role,
        organisationId: null,
        organisation: null,
        locale: 'en',
        timeZone: 'Europe/Brussels',
      },
      ...organisations.map((organisation) => ({
        email: `${organisation.shortCode.toLowerCase()}@${DEMO_DOMAIN}`,
        name: `Focal point, ${organisation.name}`,
        role: 'partner' as Role,
        organisationId: organisation.id,
        organisation: organisation.shortCode,
        locale: organisation.shortCode.startsWith('KZ') || organisation.shortCode === 'ATAMEKEN' ? 'ru' : 'en',
        timeZone:
          organisation.shortCode.startsWith('KZ') || organisation.shortCode === 'ATAMEKEN'
            ? 'Asia/Almaty'
            : 'Europe/Brussels',
      })),
    ];
    await this.db.transaction(async (tx) => {
      for (const account of accounts) {
        const [created] = await tx.query<Record<string, unknown> & { id: string }>(
          `INSERT INTO users (email, name, role, organisation_id, locale, time_zone, password_hash)
           VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (email) DO NOTHING
           RETURNING id, email, name, role, organisation_id AS "organisationId", locale, time_zone AS "timeZone"`,
          [
            account.email,
            account.name,
            account.role,
            account.organisationId,
            account.locale,
            account.timeZone,
            passwordHash,
          ],
        );
        if (created) {
          await appendAuditEvent(tx, SYSTEM_ACTOR, {
            action: 'create',
            entityType: 'users',
            entityId: created.id,
            before: null,
            after: created,
          });
        }
      }
    });
    return accounts.map(({ email, role, organisation }) => ({ email, role, organisation }));
  }
}
