import secureJson from 'secure-json-parse';

/** Bounds on request JSON beyond its size: deep or wide documents cost CPU at every layer. */
export const JSON_LIMITS = { depth: 16, arrayLength: 1000, keys: 1000 };

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
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > JSON_LIMITS.depth)
      throw new RequestJsonError(`The request body nests deeper than ${JSON_LIMITS.depth} levels`);
    const children = Array.isArray(node) ? node : Object.values(node);
    if (Array.isArray(node) && node.length > JSON_LIMITS.arrayLength) {
      throw new RequestJsonError(`The request body has an array of more than ${JSON_LIMITS.arrayLength} items`);
    }
    if (!Array.isArray(node) && children.length > JSON_LIMITS.keys) {
      throw new RequestJsonError(`The request body has an object with more than ${JSON_LIMITS.keys} keys`);
    }
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return value;
}
