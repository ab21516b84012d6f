import type { FastifyReply } from 'fastify';
import type { Clock } from '#config';
import { type ListQuery, type Page, parseListQuery } from '#kernel';
import { exportFile, exportFormat, readAll, type ReportRenderer } from '#reporting';
import { sendAttachment } from './attachment.js';

/**
 * The `GET /<resource>/export?format=csv|xlsx` of a list: every row its filter selects, read through the list
 * itself (so with its scoping and sort), laid out in a worker thread and sent as an attachment named by the day.
 */
export async function sendListExport<T extends object>(
  reply: FastifyReply,
  options: {
    resource: string;
    query: Record<string, unknown>;
    list: (query: ListQuery) => Promise<Page<T>>;
    clock: Clock;
    files: ReportRenderer;
  },
): Promise<void> {
  const { format, ...listParameters } = options.query;
  const kind = exportFormat(format);
  const rows = await readAll(options.list, parseListQuery(listParameters));
  const today = options.clock.now().toISOString().slice(0, 10);
  const body = await options.files.render({
    export: { resource: options.resource, rows: rows as Array<Record<string, unknown>>, format: kind, today },
  });
  await sendAttachment(reply, { ...exportFile(options.resource, kind, today), body });
}
