import secureJson from 'secure-json-parse';
import { jsonShapeProblem } from '#kernel';

export class RequestJsonError extends Error {
  readonly statusCode = 400;
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
    throw new RequestJsonError(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  const problem = jsonShapeProblem(value);
  if (problem) throw new RequestJsonError(`The request body ${problem}`);
  return value;
}
