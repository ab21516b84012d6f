/**
 * Codes say where a record sits in the plan: priority `P2`, objective `P2.O1`,
 * milestone `P2.O1.M3`. The number is one past the highest already used under
 * the same parent, so deleting a record never makes its code come back.
 */
export const CODE_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$/;

export function priorityCode(position: number): string {
  return `P${position}`;
}

export function nextChildCode(parentCode: string, marker: 'O' | 'M', siblingCodes: readonly string[]): string {
  const prefix = `${parentCode}.${marker}`;
  const used = siblingCodes
    .filter((code) => code.startsWith(prefix))
    .map((code) => code.slice(prefix.length))
    .filter((rest) => /^\d+$/.test(rest))
    .map(Number);
  const next = used.length === 0 ? 1 : Math.max(...used) + 1;
  return `${prefix}${next}`;
}
