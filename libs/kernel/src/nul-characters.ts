/** Paths of strings holding a NUL character, which PostgreSQL text cannot store. */
export function nulCharacterPaths(value: unknown, path = ''): string[] {
  if (typeof value === 'string') return value.includes('\u0000') ? [path || 'body'] : [];
  if (value === null || typeof value !== 'object') return [];
  return Object.entries(value).flatMap(([key, child]) => [
    ...(key.includes('\u0000') ? [path || 'body'] : []),
    ...nulCharacterPaths(child, path ? `${path}.${key}` : key),
  ]);
}
