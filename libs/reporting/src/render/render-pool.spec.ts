import { describe, expect, it } from '@jest/globals';
import { serverWords } from '#i18n';
import { rendererDigest } from './render-pool.js';

describe('the digest that keys stored report files', () => {
  it('changes when a word of the report changes, so that no file written with the old one is served', () => {
    const before = rendererDigest();
    expect(rendererDigest()).toBe(before);
    const words = serverWords('ru').report;
    const summary = words.summary;
    try {
      words.summary = `${summary} (исправлено)`;
      expect(rendererDigest()).not.toBe(before);
    } finally {
      words.summary = summary;
    }
    expect(rendererDigest()).toBe(before);
  });
});
