import { stringify, type Options } from 'csv-stringify/sync';

/**
 * The first characters that make Excel, LibreOffice or Google Sheets read a
 * cell as a formula (OWASP "CSV injection"): =, +, -, @, tab and carriage return;
 * also behind quotes, which are quoted again so that reading back (restoreFormula) is exact.
 */
const FORMULA_START = /^'*[=+\-@\t\r]/;

/**
 * A text cell as it may go into a CSV: one that a spreadsheet would run as a
 * formula gets a leading single quote, which spreadsheets show as text. Only
 * text is touched: a number cell (a real negative number) stays a number.
 */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * The text a neutralised cell stands for: an import reads back what an export wrote, so a title exported as
 * `'=A1` comes back as `=A1` (stored as text, and neutralised again by the next export), not with a quote more.
 */
export function restoreFormula(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}

/**
 * Rows as CSV in UTF-8 with a BOM, so that Excel reads Cyrillic right. Every
 * CSV the product writes goes through here, so that no text cell (a partner's
 * narrative, a title) can reach a spreadsheet as a formula.
 */
export function csvWithBom(rows: unknown[][], cast: Options['cast'] = {}): Buffer {
  const text = stringify(rows, { cast: { ...cast, string: (value) => neutraliseFormula(value) } });
  return Buffer.concat([Buffer.from('\uFEFF'), Buffer.from(text, 'utf8')]);
}
