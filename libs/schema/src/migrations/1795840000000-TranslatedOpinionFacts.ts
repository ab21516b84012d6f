import { type MigrationInterface, type QueryRunner } from 'typeorm';

// Frozen here as they were seeded: a migration must not change when the seed does.
const SEEDED = {
  rapporteur: {
    en: "Dumitru Fornea (Workers' Group, Group II, Romania)",
    ru: 'Думитру Форня (группа «Трудящиеся», II группа, Румыния)',
    kk: 'Думитру Форня («Еңбеккерлер» тобы, II топ, Румыния)',
  },
  section: {
    en: 'External Relations (REX)',
    ru: 'Секция внешних связей (REX)',
    kk: 'Сыртқы байланыстар секциясы (REX)',
  },
} as const;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

type Opinion = Record<string, unknown>;

/** "26-27 March 2025" or "27 March 2025" as days; anything else is not a session's dates. */
function sessionDays(text: string): { from: string; to: string } | null {
  const match = /^\s*(\d{1,2})\s*(?:[-–]\s*(\d{1,2})\s*)?([A-Za-z]+)\s+(\d{4})\s*$/.exec(text);
  const month = match ? MONTHS.indexOf(match[3].toLowerCase()) + 1 : 0;
  if (!match || month === 0) return null;
  const day = (value: string) => `${match[4]}-${String(month).padStart(2, '0')}-${value.padStart(2, '0')}`;
  const from = day(match[1]);
  const to = day(match[2] ?? match[1]);
  return to >= from ? { from, to } : null;
}

/**
 * The opinion's facts as plain text (English, as entered) become what the report writes in each language: names
 * as translatable texts (the seeded REX/587 ones with their Russian and Kazakh), the plenary session as days.
 * A session text that names no days is dropped from the facts; the audit trail keeps it (see up()).
 */
export function translatedOpinion(opinion: Opinion): Opinion {
  const next: Opinion = { ...opinion };
  for (const key of ['rapporteur', 'section'] as const) {
    const value = opinion[key];
    if (typeof value === 'string') next[key] = value === SEEDED[key].en ? { ...SEEDED[key] } : { en: value };
  }
  if (typeof opinion.plenarySession === 'string') {
    const days = sessionDays(opinion.plenarySession);
    if (days) next.plenarySession = days;
    else delete next.plenarySession;
  }
  return next;
}

export class TranslatedOpinionFacts1795840000000 implements MigrationInterface {
  name = 'TranslatedOpinionFacts1795840000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    const plans: Array<{ id: string; opinion: Opinion }> = await queryRunner.query(
      `SELECT id, opinion FROM action_plans WHERE opinion IS NOT NULL AND opinion <> '{}'::jsonb`,
    );
    for (const plan of plans) {
      const opinion = translatedOpinion(plan.opinion);
      if (JSON.stringify(opinion) === JSON.stringify(plan.opinion)) continue;
      await queryRunner.query(`UPDATE action_plans SET opinion = $2, version = version + 1 WHERE id = $1`, [
        plan.id,
        opinion,
      ]);
      // What was entered stays in the plan's history, a session text that named no days included.
      await queryRunner.query(
        `INSERT INTO audit_events (actor_id, action, entity_type, entity_id, before, after)
         VALUES (NULL, 'update', 'action-plans', $1, $2, $3)`,
        [plan.id, { opinion: plan.opinion }, { opinion }],
      );
    }
  }

  public async down(): Promise<void> {
    // The translations cannot be folded back into one text without losing two of them: nothing to undo.
  }
}
