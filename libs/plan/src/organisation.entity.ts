import { Check, Column, Entity, Index } from 'typeorm';
import type { Locale, Translatable } from '#i18n';
import { MutableRecord, SEARCH_VECTOR_OF, SearchVectorColumn } from '#database';
import { ORGANISATION_TYPES, type OrganisationType } from '#contracts';

/** Who is reminded for an organisation: a role and a mailbox, never a named person in seed data. */
export interface ReminderContact {
  role: string;
  email: string;
  locale?: Locale;
}

@Entity('organisations')
// The sort by English name is an expression index, written by hand in the migrations.
@Index('ix_organisations_search', { synchronize: false })
@Index('ix_organisations_name_en', { synchronize: false })
@Check('ck_organisations_type', `"type" IN ('${ORGANISATION_TYPES.join("','")}')`)
@Check('ck_organisations_country', `"country" ~ '^[A-Z]{2}$'`)
export class Organisation extends MutableRecord {
  @SearchVectorColumn(SEARCH_VECTOR_OF.organisation)
  searchVector?: string;

  @Column({ type: 'jsonb' })
  name: Translatable;

  @Index('uq_organisations_short_code', { unique: true })
  @Column({ type: 'varchar', length: 32 })
  shortCode: string;

  @Index('ix_organisations_type')
  @Column({ type: 'varchar', length: 32 })
  type: OrganisationType;

  @Index('ix_organisations_country')
  @Column({ type: 'char', length: 2 })
  country: string;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  reminderContacts: ReminderContact[];
}
