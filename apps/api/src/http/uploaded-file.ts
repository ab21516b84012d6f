import '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import { InvalidInputException } from '#kernel';
import { ClientError } from './client-error.js';

/**
 * The one file of a multipart/form-data upload, in the field named "file":
 * 415 for any other body, 400 when the field is missing. The size limit is the
 * multipart plugin's (413 beyond).
 */
export async function uploadedFile(
  request: FastifyRequest,
): Promise<{ fileName: string; declaredType: string; content: Buffer }> {
  if (!request.isMultipart()) {
    throw new ClientError(415, { key: 'sendMultipart' });
  }
  try {
    const part = await request.file();
    if (!part || part.fieldname !== 'file') throw new InvalidInputException({ file: { key: 'isRequired' } });
    return { fileName: part.filename, declaredType: part.mimetype, content: await part.toBuffer() };
  } catch (error) {
    throw malformedUpload(error);
  }
}

/**
 * The multipart parser (busboy) throws plain errors on a body that is not well-formed ("Unexpected end of
 * form", "Malformed part header"): those are the caller's, 400. Errors that carry a status (the plugin's own
 * limits, 413) and our own keep theirs.
 */
function malformedUpload(error: unknown): unknown {
  if (error instanceof InvalidInputException) return error;
  const status = (error as { statusCode?: unknown } | null)?.statusCode;
  if (typeof status === 'number') return error;
  return new InvalidInputException(
    { file: { key: 'uploadMalformed', detail: (error as Error | null)?.message ?? 'unreadable' } },
    { key: 'uploadUnreadable' },
  );
}
