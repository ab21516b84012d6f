/**
 * Nest's start-up chatter (a line per module and per route, 128 in all): kept in the JSON log, left out of
 * the human-readable one (LOG_FORMAT=pretty) so that a person at the terminal sees the banner and what matters.
 */
const FRAMEWORK_CONTEXTS = new Set([
  'InstanceLoader',
  'RoutesResolver',
  'RouterExplorer',
  'NestFactory',
  'NestApplication',
]);

export function isFrameworkChatter(context: unknown): boolean {
  return typeof context === 'string' && FRAMEWORK_CONTEXTS.has(context);
}
