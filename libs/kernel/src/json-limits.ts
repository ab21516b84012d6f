import type { ServerMessage } from '#i18n';

/** Bounds on JSON a caller sends (a body, a list's filter) beyond its size: deep or wide documents cost CPU at every layer. */
export const JSON_LIMITS = { depth: 16, arrayLength: 1000, keys: 1000 };

/**
 * What is wrong with the shape of a parsed JSON document, or null: nested deeper than 16 levels, an array of
 * more than 1,000 items or an object of more than 1,000 keys. Walked with a stack, not by recursion, so a
 * document nested thousands of levels deep is refused rather than overflowing the call stack.
 */
export function jsonShapeProblem(value: unknown): ServerMessage | null {
  const stack: Array<{ node: unknown; depth: number }> = [{ node: value, depth: 1 }];
  while (stack.length > 0) {
    const { node, depth } = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    if (depth > JSON_LIMITS.depth) return { key: 'nestsTooDeep', levels: JSON_LIMITS.depth };
    const children = Array.isArray(node) ? node : Object.values(node);
    if (Array.isArray(node) && node.length > JSON_LIMITS.arrayLength) {
      return { key: 'arrayTooLong', items: JSON_LIMITS.arrayLength };
    }
    if (!Array.isArray(node) && children.length > JSON_LIMITS.keys) {
      return { key: 'tooManyKeys', keys: JSON_LIMITS.keys };
    }
    for (const child of children) stack.push({ node: child, depth: depth + 1 });
  }
  return null;
}
