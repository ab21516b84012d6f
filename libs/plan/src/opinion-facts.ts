/** The facts of the opinion a plan implements, for the cover of the plenary report. All optional. */
export interface OpinionFacts {
  rapporteur?: string;
  /** The section that prepared it, e.g. "External Relations (REX)". */
  section?: string;
  sectionAdoptedAt?: string;
  /** The plenary session that adopted it, e.g. "26-27 March 2025". */
  plenarySession?: string;
  votesFor?: number;
  votesAgainst?: number;
  abstentions?: number;
}
