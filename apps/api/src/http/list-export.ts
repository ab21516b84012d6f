import { applyDecorators } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiQuery } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { Clock } from '#config';
import { type Actor, type ListQuery, type Page, parseListQuery } from '#kernel';
import { LOCALES } from '#i18n';
import { EXPORT_FORMATS, exportFormat, exportLocale, type ListExporter, readAll } from '#reporting';
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

/** The OpenAPI description of a list's export route (its access policy and rate limit stay at the route). */
export function ApiListExport(summary: string): MethodDecorator {
  return applyDecorators(
    ApiOperation({ summary }),
    ApiQuery({ name: 'format', enum: EXPORT_FORMATS }),
    ApiQuery({ name: 'sort', required: false }),
    ApiQuery({ name: 'filter', required: false }),
    ApiQuery({ name: 'lang', enum: LOCALES, required: false, description: "Default: the reader's language" }),
    ApiOkResponse({ description: 'The file, as an attachment' }),
    ApiBadRequestResponse({ description: 'Unknown format, malformed filter, or more than 100,000 rows' }),
  );
}
