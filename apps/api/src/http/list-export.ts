import type { FastifyReply } from 'fastify';
import type { Clock } from '#config';
import { type Actor, type ListQuery, type Page, parseListQuery } from '#kernel';
import { exportFormat, exportLocale, type ListExporter, readAll } from '#reporting';
import { sendAttachment } from './attachment.js';

/**
 * The `GET /<resource>/export?format=csv|xlsx&lang=…` of a list: every row its filter selects, read through the
 * list itself (so with its scoping and sort), laid out in a worker thread in the reader's language (or `lang`),
 * and sent as an attachment named by the day and the language.
 */
export async function sendListExport<T extends object>(
  reply: FastifyReply,
  options: {
    resource: string;
    query: Record<string, unknown>;
    actor: Actor;
    list: (query: ListQuery) => Promise<Page<T>>;
    clock: Clock;
    exporter: ListExporter;
  },
): Promise<void> {
  const { format, lang, ...listParameters } = options.query;
  const kind = exportFormat(format);
  const locale = exportLocale(lang, options.actor);
  const rows = await readAll(options.list, parseListQuery(listParameters));
  const today = options.clock.now().toISOString().slice(0, 10);
  const file = await options.exporter.file(
    options.resource,
    rows as Array<Record<string, unknown>>,
    kind,
    locale,
    today,
  );
  await sendAttachment(reply, file);
}
