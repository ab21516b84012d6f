import type { OpinionFactsRecord, PlenarySession } from '#contracts';
import { formatDateRange, formatDueDate, type Locale, serverWords, type Translatable, translated } from '#i18n';

// The facts' shape is the API's record (libs/contracts), where each says what it holds.
export type OpinionFacts = OpinionFactsRecord;
export type { PlenarySession };

/** The facts as reports made before they were translated froze them: plain text where there is text now. */
export type FrozenOpinionFacts = Omit<OpinionFacts, 'rapporteur' | 'section' | 'plenarySession'> & {
  rapporteur?: Translatable | string;
  section?: Translatable | string;
  plenarySession?: PlenarySession | string;
};

/** The cover's lines about the opinion, in one language; absent facts give no line. */
export interface OpinionLines {
  rapporteur?: string;
  section?: string;
  sectionAdopted?: string;
  /** The session's days, and the vote when known. */
  plenaryAdopted?: string;
}

/** What the report's cover and the public page say of the opinion, in `locale`. */
export function opinionLines(facts: FrozenOpinionFacts, locale: Locale, adoptedAt: string | null): OpinionLines {
  const w = serverWords(locale).report;
  // Reports made before the facts were translated froze plain text: shown as it was entered.
  const text = (value: Translatable | string | undefined) =>
    value === undefined ? undefined : typeof value === 'string' ? value : translated(value, locale) || undefined;
  const session = facts.plenarySession;
  const days =
    typeof session === 'string'
      ? session
      : session
        ? formatDateRange(session.from, session.to, locale)
        : adoptedAt
          ? formatDueDate(adoptedAt, locale)
          : undefined;
  const vote =
    facts.votesFor !== undefined ? ` (${w.vote(facts.votesFor, facts.votesAgainst ?? 0, facts.abstentions ?? 0)})` : '';
  return {
    rapporteur: text(facts.rapporteur),
    section: text(facts.section),
    sectionAdopted: facts.sectionAdoptedAt ? formatDueDate(facts.sectionAdoptedAt, locale) : undefined,
    plenaryAdopted: days === undefined ? undefined : `${days}${vote}`,
  };
}
