import { Inject, Injectable } from '@nestjs/common';
import { Database } from '#database';
import { asLocale, isLocale, type Locale, LOCALES, type Translatable } from '#i18n';
import { type Actor, InvalidQueryException } from '#kernel';
import { ReportRenderer } from '../render/render-pool.js';
import type { ExportReferences } from './export-columns.js';
import { type ExportFile, exportFile, type ExportFormat } from './list-export.js';

type Row = Record<string, unknown>;

/** The language of an export: `lang` when given (en, ru, kk), else the reader's own. */
export function exportLocale(lang: unknown, actor: Actor): Locale {
  if (lang === undefined || lang === '') return asLocale(actor.locale);
  if (!isLocale(lang)) throw new InvalidQueryException('lang', { key: 'mustBeOneOf', values: LOCALES });
  return lang;
}

/** The ids of one kind that the rows name, in these fields (one id or a list). */
function idsIn(rows: readonly Row[], fields: readonly string[]): string[] {
  const found = new Set<string>();
  for (const row of rows) {
    for (const field of fields) {
      const value = row[field];
      for (const id of Array.isArray(value) ? value : [value]) if (typeof id === 'string') found.add(id);
    }
  }
  return [...found];
}

/**
 * Writes a list's export: reads the records its rows name (organisations, plan levels: everyone may read
 * them), one query per kind, then lays the file out in a worker thread.
 */
@Injectable()
export class ListExporter {
  constructor(
    @Inject(Database) private readonly db: Database,
    @Inject(ReportRenderer) private readonly files: ReportRenderer,
  ) {}

  async file(resource: string, rows: Row[], format: ExportFormat, locale: Locale, today: string): Promise<ExportFile> {
    const references = await this.references(rows);
    const body = await this.files.render({ export: { resource, rows, format, today, locale, references } });
    return { ...exportFile(resource, format, today, locale), body };
  }

  private async references(rows: readonly Row[]): Promise<ExportReferences> {
    /** The records of one table that the rows name in these fields, by id. */
    const read = async <T>(sql: string, fields: readonly string[]): Promise<Record<string, T>> => {
      const wanted = idsIn(rows, fields);
      if (wanted.length === 0) return {};
      const found = await this.db.query<T & { id: string }>(sql, [wanted]);
      return Object.fromEntries(found.map(({ id, ...record }) => [id, record as T]));
    };
    type Level = { code: string; title: Translatable };
    const [organisations, objectives, priorities, actionPlans] = await Promise.all([
      read<{ shortCode: string; name: Translatable }>(
        'SELECT id, short_code AS "shortCode", name FROM organisations WHERE id = ANY($1::uuid[])',
        ['leadOrganisationId', 'supportingOrganisationIds', 'organisationId', 'actorOrganisationId'],
      ),
      read<Level>('SELECT id, code, title FROM objectives WHERE id = ANY($1::uuid[])', ['objectiveId']),
      read<Level>('SELECT id, code, title FROM priorities WHERE id = ANY($1::uuid[])', ['priorityId']),
      read<Level>('SELECT id, code, title FROM action_plans WHERE id = ANY($1::uuid[])', ['actionPlanId']),
    ]);
    return { organisations, objectives, priorities, actionPlans };
  }
}
