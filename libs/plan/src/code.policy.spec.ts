import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { CODE_PATTERN, nextChildCode, priorityCode } from './code.policy.js';

describe('priorityCode', () => {
  it.each([
    [1, 'P1'],
    [2, 'P2'],
    [12, 'P12'],
  ])('the priority at position %p has code %p', (position, code) => {
    expect(priorityCode(position)).toBe(code);
  });
});

describe('nextChildCode', () => {
  it('the first objective of a priority is .O1', () => {
    expect(nextChildCode('P2', 'O', [])).toBe('P2.O1');
  });

  it('the first milestone of an objective is .M1', () => {
    expect(nextChildCode('P2.O1', 'M', [])).toBe('P2.O1.M1');
  });

  it('a new child is numbered one past the highest sibling', () => {
    expect(nextChildCode('P1', 'O', ['P1.O1', 'P1.O2', 'P1.O3'])).toBe('P1.O4');
  });

  it('siblings are compared as numbers, not as text', () => {
    expect(nextChildCode('P1.O1', 'M', ['P1.O1.M9', 'P1.O1.M10', 'P1.O1.M2'])).toBe('P1.O1.M11');
  });

  it('a gap left by a deleted child is never reused', () => {
    expect(nextChildCode('P1', 'O', ['P1.O1', 'P1.O4'])).toBe('P1.O5');
  });

  it('the order in which siblings are given does not matter', () => {
    expect(nextChildCode('P3', 'O', ['P3.O7', 'P3.O2', 'P3.O5'])).toBe('P3.O8');
  });

  it('siblings of a parent whose code merely starts the same (P11 under P1) are not counted', () => {
    expect(nextChildCode('P1', 'O', ['P1.O1', 'P11.O3'])).toBe('P1.O2');
    expect(nextChildCode('P1', 'O', ['P11.O3', 'P12.O9'])).toBe('P1.O1');
  });

  it('milestones of an objective whose code merely starts the same (P1.O10 under P1.O1) are not counted', () => {
    expect(nextChildCode('P1.O1', 'M', ['P1.O1.M2', 'P1.O10.M7'])).toBe('P1.O1.M3');
  });

  it.each([
    ['a custom code', 'REX/587-A'],
    ['a suffixed code', 'P1.O9-bis'],
    ['a code with letters after the marker', 'P1.OX'],
    ['a grandchild code', 'P1.O9.M1'],
    ['a code of the other marker', 'P1.M9'],
    ['a code without a number', 'P1.O'],
  ])('%s among the siblings (%p) is ignored', (_kind, custom) => {
    expect(nextChildCode('P1', 'O', ['P1.O1', custom])).toBe('P1.O2');
  });

  it('the new code is never one a sibling already has', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 1, max: 500 }), { maxLength: 20 }), (numbers) => {
        const siblings = numbers.map((n) => `P4.O${n}`);
        const next = nextChildCode('P4', 'O', siblings);
        expect(siblings).not.toContain(next);
        expect(next).toBe(`P4.O${numbers.length === 0 ? 1 : Math.max(...numbers) + 1}`);
      }),
    );
  });
});

describe('CODE_PATTERN', () => {
  it.each(['REX/587', 'P2', 'P2.O1', 'P2.O1.M3', 'eesc-rex_1', 'A', 'A'.repeat(32)])('accepts %p', (code) => {
    expect(CODE_PATTERN.test(code)).toBe(true);
  });

  it.each([
    ['an empty code', ''],
    ['a leading space', ' P1'],
    ['a space inside', 'P 1'],
    ['a trailing space', 'P1 '],
    ['a trailing newline', 'P1\n'],
    ['33 characters', 'A'.repeat(33)],
    ['a leading dot', '.P1'],
    ['a leading slash', '/P1'],
    ['a leading hyphen', '-P1'],
    ['a comma', 'P1,O2'],
    ['a quote', "P1'"],
    ['a non-Latin letter', 'П1'],
  ])('rejects %s (%p)', (_kind, code) => {
    expect(CODE_PATTERN.test(code)).toBe(false);
  });

  it('accepts every code nextChildCode builds from a valid parent', () => {
    expect(CODE_PATTERN.test(nextChildCode(nextChildCode(priorityCode(5), 'O', ['P5.O3']), 'M', []))).toBe(true);
  });
});
