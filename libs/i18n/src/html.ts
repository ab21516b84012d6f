/**
 * HTML the server writes: an `html` template escapes every value placed in it, unless the value is itself
 * markup made here (another `html` template, or `trustedHtml` for fixed markup such as a style sheet). What a
 * person typed can thus never become markup in a page or a mail, whatever the template forgets.
 */
export class SafeHtml {
  constructor(readonly markup: string) {}

  toString(): string {
    return this.markup;
  }
}

/** What a template may hold: text and numbers are escaped; nothing (null, undefined, false) writes nothing. */
export type HtmlValue = string | number | SafeHtml | null | undefined | false | readonly HtmlValue[];

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe to place in HTML, as element content or a quoted attribute. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (char) => ENTITIES[char]!);
}

function write(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof SafeHtml) return value.markup;
  if (Array.isArray(value)) return value.map(write).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  let markup = strings[0]!;
  values.forEach((value, i) => {
    markup += write(value) + strings[i + 1]!;
  });
  return new SafeHtml(markup);
}

/** Fixed markup of the server's own (never text from a request or the database), placed as it is. */
export function trustedHtml(markup: string): SafeHtml {
  return new SafeHtml(markup);
}
