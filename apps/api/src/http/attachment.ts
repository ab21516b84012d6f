import type { FastifyReply } from 'fastify';

/** Sends a file as a download, its name readable by every browser (ASCII fallback plus RFC 5987 UTF-8). */
export async function sendAttachment(
  reply: FastifyReply,
  file: { fileName: string; contentType: string; body: Buffer },
): Promise<void> {
  const ascii = file.fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  await reply
    .header('Content-Type', file.contentType)
    .header(
      'Content-Disposition',
      `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
    )
    .header('Content-Length', String(file.body.length))
    .send(file.body);
}
