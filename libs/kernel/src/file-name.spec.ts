import { describe, expect, it } from '@jest/globals';
import { plainFileName } from './file-name.js';

describe('plain file names', () => {
  it.each([
    ['report.pdf', 'report.pdf'],
    ['C:\\Users\\x\\report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['a"b<c>|d:e*f?.pdf', 'a_b_c__d_e_f_.pdf'],
    ['line\r\nbreak.pdf', 'linebreak.pdf'],
    ['tab\there\u0000\u007f\u0085.pdf', 'tabhere.pdf'],
    ['report\u202Egnp.exe', 'reportgnp.exe'],
    ['\u202A\u202B\u202C\u202D\u2066\u2067\u2068\u2069\u200E\u200F\u061Cname.pdf', 'name.pdf'],
    ['zero\u200Bwidth\uFEFF\u2028\u2029.pdf', 'zerowidth.pdf'],
    ['report.pdf. . ', 'report.pdf'],
    ['.htaccess', 'htaccess'],
    ['..', 'fallback'],
    ['\u202E', 'fallback'],
    ['', 'fallback'],
    ['Отчёт — Астана.pdf', 'Отчёт — Астана.pdf'],
    ['Е\u0308лка.pdf', 'Ёлка.pdf'],
  ])('%j becomes %j', (given, plain) => {
    expect(plainFileName(given, 'fallback')).toBe(plain);
  });

  it('keeps at most 200 characters, counting characters, not UTF-16 units', () => {
    const name = plainFileName('😀'.repeat(300), 'fallback');
    expect([...name]).toHaveLength(200);
    expect(name).toBe('😀'.repeat(200));
  });
});
