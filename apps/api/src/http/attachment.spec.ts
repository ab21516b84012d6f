import { describe, expect, it } from '@jest/globals';
import { contentDisposition } from './attachment.js';

describe('Content-Disposition of downloads', () => {
  it('names a plain file in ASCII and in UTF-8', () => {
    expect(contentDisposition('Report 2026 — Astana.pdf')).toBe(
      `attachment; filename="Report 2026 _ Astana.pdf"; filename*=UTF-8''Report%202026%20%E2%80%94%20Astana.pdf`,
    );
  });

  it.each([
    ['a header break', 'x.pdf\r\nSet-Cookie: a=b', 'attachment; filename="x.pdfSet-Cookie_ a=b"'],
    ['a quote ending the name', 'a"; filename="evil.exe', 'attachment; filename="a_; filename=_evil.exe"'],
    ['a right-to-left override', 'report\u202Egnp.exe', 'attachment; filename="reportgnp.exe"'],
    ['a path', '../../etc/passwd', 'attachment; filename="passwd"'],
    ['nothing left', '\u202E\u0000', 'attachment; filename="download"'],
  ])('is safe for %s', (_, given, start) => {
    const header = contentDisposition(given);
    expect(header.startsWith(`${start};`)).toBe(true);
    expect(header).not.toMatch(/[\p{Cc}\u202e]/u);
    expect(header).not.toMatch(/%E2%80%AE|%0D|%0A/);
  });

  it("percent-encodes what RFC 5987 does not allow bare (', (, ), *) and keeps % out of the fallback", () => {
    expect(contentDisposition("it's (final) 100%.pdf")).toBe(
      `attachment; filename="it's (final) 100_.pdf"; filename*=UTF-8''it%27s%20%28final%29%20100%25.pdf`,
    );
  });
});
