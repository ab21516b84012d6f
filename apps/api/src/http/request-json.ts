import secureJson from 'secure-json-parse';
import type { ServerMessage } from '#i18n';
import { jsonShapeProblem } from '#kernel';
import { ClientError } from './client-error.js';

export class RequestJsonError extends ClientError {
  constructor(said: ServerMessage) {
    super(400, said);
  }
}

/**
 * Parses a request body: prototype-poisoning keys (`__proto__`, `constructor.prototype`)
 * are refused, and so are documents nested deeper than 16 levels or holding an array
 * of more than 1,000 items or an object of more than 1,000 keys.
 */
export function parseRequestJson(text: string): unknown {
  if (text.trim() === '') return undefined;
  let value: unknown;
  try {
    value = secureJson.parse(text, undefined, { protoAction: 'error', constructorAction: 'error' });
  } catch (error) {
    const detail = (error as Error).message;
    // The parser's English words, and where it stopped: the part every language can show.
    const position = /at position (\d+)/.exec(detail)?.[1];
    throw new RequestJsonError({
      key: 'bodyNotJson',
      detail,
      ...(position === undefined ? {} : { position: Number(position) }),
    });
  }
  const problem = jsonShapeProblem(value);
  if (problem) throw new RequestJsonError({ key: 'bodyShape', problem });
  return value;
}
