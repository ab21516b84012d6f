import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { html, trustedHtml } from './html.js';

/** What a browser shows for escaped text: the five entities read back. */
const unescape = (markup: string) =>
  markup
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

describe('html: a template that escapes what is placed in it', () => {
  it('escapes text in content and in quoted attributes', () => {
    const name = '<script>alert("x")</script> & \'co\'';
    expect(html`<p title="${name}">${name}</p>`.markup).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;">' +
        '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;</p>',
    );
  });

  it('places nested templates and trusted markup as they are, and escapes the text inside them', () => {
    const item = (text: string) => html`<li>${text}</li>`;
    expect(html`<ul>${['a<b', 'c&d'].map(item)}</ul>`.markup).toBe('<ul><li>a&lt;b</li><li>c&amp;d</li></ul>');
    expect(html`<style>${trustedHtml('a>b{color:red}')}</style>`.markup).toBe('<style>a>b{color:red}</style>');
  });

  it('writes nothing for null, undefined and false, and numbers as they are', () => {
    expect(html`[${null}${undefined}${false}${0}${57.5}]`.markup).toBe('[057.5]');
    expect(String(html`<b>${'x'}</b>`)).toBe('<b>x</b>');
  });

  it('never lets a string become markup, and shows it exactly as typed', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (text) => {
        const inner = html`<p>${text}</p>`.markup.slice(3, -4);
        expect(inner).not.toMatch(/[<>"']/);
        expect(unescape(inner)).toBe(text);
      }),
    );
  });
});
