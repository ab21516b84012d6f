import { serverWords } from './catalogues/index.js';
import type { Rendered, ServerMessageWords } from './catalogues/message-words.js';
import type { Locale } from './locale.js';

type MessageKey = keyof ServerMessageWords;

/** A text's parameters as a message carries them: a reason (`Rendered`) as a message of its own. */
type Carried<P> = { [Name in keyof P]: P[Name] extends Rendered ? ServerMessage : P[Name] };

type MessageOf<Key extends MessageKey> = ServerMessageWords[Key] extends (params: infer P) => string
  ? { key: Key } & Carried<P>
  : { key: Key };

/**
 * What the server says to a person, as it means it: a key of the catalogue's `messages` and its parameters,
 * which `serverMessage` writes in the reader's language at the moment of answering. Errors carry these, never
 * English text; English is written from them too (for logs, and for those who read English).
 */
export type ServerMessage = { [Key in MessageKey]: MessageOf<Key> }[MessageKey];

const isMessage = (value: unknown): value is ServerMessage =>
  typeof value === 'object' && value !== null && typeof (value as { key?: unknown }).key === 'string';

export function serverMessage(locale: Locale, message: ServerMessage): string {
  const text = serverWords(locale).messages[message.key];
  if (typeof text === 'string') return text;
  const params: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(message)) {
    params[name] = isMessage(value) ? serverMessage(locale, value) : value;
  }
  return (text as (params: object) => string)(params);
}

/** Every reason of `errors` (field → message), written in `locale`. */
export function serverMessages(
  locale: Locale,
  messages: Readonly<Record<string, ServerMessage>>,
): Record<string, string> {
  const written: Record<string, string> = {};
  for (const [field, message] of Object.entries(messages)) written[field] = serverMessage(locale, message);
  return written;
}
