import type { FastifyReply } from 'fastify';
import { plainFileName } from '#kernel';

/** encodeURIComponent leaves these, but RFC 5987's attr-char does not allow them (`'` ends the charset part). */
const NOT_ATTR_CHAR = /['()*]/g;

/**
 * The Content-Disposition of a download: every name goes through the same
 * plain-file-name rule (no path, no control or bidi character, nothing that
 * ends the header or the quoted name), as an ASCII fallback plus the RFC 5987
 * UTF-8 name every current browser reads.
 */
export function contentDisposition(fileName: string): string {
  const name = plainFileName(fileName, 'download');
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\%]/g, '_');
  const encoded = encodeURIComponent(name).replace(
    NOT_ATTR_CHAR,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/** Sends a file as a download (report files, list exports, the import template, evidence). */
export async function sendAttachment(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; body: Buffer },
): Promise<void> {
  await reply
    .header('Content-Type', file.contentType)
    .header('Content-Disposition', contentDisposition(file.fileName))
    .header('Content-Length', String(file.body.length))
    .send(file.body);
}
