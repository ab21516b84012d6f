import { describe, expect, it } from '@jest/globals';
import { EVIDENCE_TYPES, evidenceContentType, evidenceFileName } from './evidence.policy.js';

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
    ['report.pdf', 'application/pdf', 'report.pdf'],
    ['REPORT.PDF', 'application/pdf', 'REPORT.PDF'],
    ['C:\\Users\\x\\report.pdf', 'application/pdf', 'report.pdf'],
    ['../../etc/passwd', 'text/plain', 'passwd.txt'],
    ['a"b<c>.pdf', 'application/pdf', 'a_b_c_.pdf'],
    ['line\nbreak.pdf', 'application/pdf', 'linebreak.pdf'],
    ['minutes.hta', 'application/pdf', 'minutes.pdf'],
    ['attendance.pdf.bat', 'application/pdf', 'attendance.pdf.pdf'],
    ['attendance.pdf ', 'application/pdf', 'attendance.pdf'],
    ['photo.jpeg', 'image/jpeg', 'photo.jpeg'],
    ['photo.jpg', 'image/jpeg', 'photo.jpg'],
    ['photo.png', 'image/jpeg', 'photo.jpg'],
    ['scan', 'application/pdf', 'scan.pdf'],
    ['plan v1.2', 'application/pdf', 'plan v1.2.pdf'],
    ['report\u202Egnp.exe', 'image/png', 'reportgnp.png'],
    ['invoice\u202Efdp.exe', 'application/pdf', 'invoicefdp.pdf'],
    ['\u2067notes\u2069.txt\u200F', 'text/plain', 'notes.txt'],
    ['list.csv', 'text/csv', 'list.csv'],
    ['list.csv', 'text/plain', 'list.txt'],
    ['..', 'application/pdf', 'evidence.pdf'],
    ['.bat', 'application/pdf', 'bat.pdf'],
    ['', 'application/pdf', 'evidence.pdf'],
    ['Отчёт — Астана.pdf', 'application/pdf', 'Отчёт — Астана.pdf'],
    ['Отчёт.пдф', 'application/pdf', 'Отчёт.pdf'],
  ])('stores %j with %s content as %j', (given, contentType, stored) => {
    expect(evidenceFileName(given, contentType)).toBe(stored);
  });

  it('gives every accepted type at least one extension, and keeps a long name within 200 characters', () => {
    for (const type of Object.values(EVIDENCE_TYPES)) expect(type.extensions.length).toBeGreaterThan(0);
    const name = evidenceFileName(`${'a'.repeat(250)}.exe`, 'application/pdf');
    expect(name).toHaveLength(200);
    expect(name.endsWith('a.pdf')).toBe(true);
  });
});
