import { type OrganisationType, type MilestoneStatus, type Visibility } from '#contracts';
import type { Translatable } from '#i18n';
import type { OpinionFacts } from '../opinion-facts.js';
import type { ReminderContact } from '../organisation.entity.js';

/** The shape of a plan as seed data: records refer to each other by code, never by id. */
export interface OrganisationSeed {
  shortCode: string;
  name: Translatable;
  type: OrganisationType;
  country: string;
  reminderContacts: ReminderContact[];
}

export interface MilestoneSeed {
  /** Position under its objective: the code becomes P{p}.O{o}.M{position}. */
  position: number;
  title: Translatable;
  description: Translatable;
  opinionReference: string;
  startDate: string;
  dueDate: string;
  status: Exclude<MilestoneStatus, 'delayed'>;
  progress: number;
  lead: string;
  supporting: string[];
  visibility: Visibility;
}

export interface ObjectiveSeed {
  position: number;
  title: Translatable;
  description: Translatable;
  opinionReference: string;
  milestones: MilestoneSeed[];
}

export interface PrioritySeed {
  position: number;
  title: Translatable;
  description: Translatable;
  opinionReference: string;
  objectives: ObjectiveSeed[];
}

export interface PlanSeed {
  code: string;
  title: Translatable;
  description: Translatable;
  timeZone: string;
  opinionReference: string;
  adoptedAt: string;
  opinion: OpinionFacts;
  reportingPeriodMonths: number;
  organisations: OrganisationSeed[];
  priorities: PrioritySeed[];
}
