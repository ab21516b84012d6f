import { describe, expect, it } from '@jest/globals';
import { evidenceContentType, safeFileName } from './evidence.policy.js';

describe('evidence files', () => {
  it('trusts the detected type when it is an accepted one, whatever was declared', () => {
    expect(evidenceContentType('application/pdf', 'application/octet-stream', Buffer.from('%PDF'))).toBe(
      'application/pdf',
    );
  });

  it('refuses a detected type that is not accepted, even when declared as an accepted one', () => {
    expect(evidenceContentType('application/x-msdownload', 'application/pdf', Buffer.from('MZ'))).toBeNull();
  });

  it('accepts undetectable content only as declared UTF-8 text or CSV', () => {
    expect(evidenceContentType(undefined, 'text/csv; charset=utf-8', Buffer.from('a,b\n1,2\n'))).toBe('text/csv');
    expect(evidenceContentType(undefined, 'text/plain', Buffer.from([0xc3, 0x28]))).toBeNull();
    expect(evidenceContentType(undefined, 'text/plain', Buffer.from('a\u0000b'))).toBeNull();
    expect(evidenceContentType(undefined, 'text/html', Buffer.from('<p>x</p>'))).toBeNull();
  });

  it.each([
    ['report.pdf', 'report.pdf'],
    ['C:\\Users\\x\\report.pdf', 'report.pdf'],
    ['../../etc/passwd', 'passwd'],
    ['a"b<c>.pdf', 'a_b_c_.pdf'],
    ['line\nbreak.pdf', 'line_break.pdf'],
    ['..', 'evidence'],
    ['', 'evidence'],
    ['Отчёт — Астана.pdf', 'Отчёт — Астана.pdf'],
  ])('stores the file name %j as %j', (given, stored) => {
    expect(safeFileName(given)).toBe(stored);
  });
});
