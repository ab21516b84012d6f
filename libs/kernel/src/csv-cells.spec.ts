import { describe, expect, it } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { csvWithBom, neutraliseFormula, restoreFormula } from './csv-cells.js';

describe('CSV cells never carry a formula (OWASP CSV injection)', () => {
  it.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['=HYPERLINK("https://evil.example","click")', '\'=HYPERLINK("https://evil.example","click")'],
    ['+1+2', "'+1+2"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
  ])('prefixes %j with a single quote', (given, written) => {
    expect(neutraliseFormula(given)).toBe(written);
  });

  it.each(['Youth exchange', 'Молодёжный обмен', 'a = b', "it's", '', ' =not first', '1-2'])(
    'leaves %j as it is',
    (text) => {
      expect(neutraliseFormula(text)).toBe(text);
    },
  );

  it('writes text cells neutralised and number cells as numbers, with a BOM', () => {
    const body = csvWithBom([
      ['title', 'progress'],
      ['=1+1', -5],
      ['-40', 12.5],
    ]);
    expect(body.subarray(0, 3).toString('hex')).toBe('efbbbf');
    const rows = parse(body, { bom: true }) as string[][];
    expect(rows).toEqual([
      ['title', 'progress'],
      ["'=1+1", '-5'],
      ["'-40", '12.5'],
    ]);
  });

  it('keeps the callers’ own casts for dates and numbers', () => {
    const body = csvWithBom([[new Date('2026-11-27T06:00:00Z'), -1, '@x']], {
      date: (value) => value.toISOString().slice(0, 10),
      number: (value) => value.toFixed(1),
    });
    expect(parse(body, { bom: true })).toEqual([['2026-11-27', '-1.0', "'@x"]]);
  });

  it('reads back exactly what it wrote, quotes included; a text with no formula start is left alone', () => {
    const start = fc
      .constantFrom('', "'", "''")
      .chain((quotes) => fc.constantFrom('=', '+', '-', '@', '\t', '\r', 'a', ' ').map((first) => quotes + first));
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          fc.tuple(start, fc.string()).map(([a, b]) => a + b),
        ),
        (text) => {
          expect(restoreFormula(neutraliseFormula(text))).toBe(text);
        },
      ),
    );
    expect(neutraliseFormula("'=1")).toBe("''=1");
    expect(restoreFormula("it's")).toBe("it's");
    expect(restoreFormula("'quoted'")).toBe("'quoted'");
  });
});
