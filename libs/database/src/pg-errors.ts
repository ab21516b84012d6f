import type { ResourceName } from '#i18n';
import { DomainException, InvalidInputException, InvalidQueryException } from '#kernel';

interface PgError {
  code?: string;
  constraint?: string;
  detail?: string;
  column?: string;
}

function pgError(error: unknown): PgError | null {
  if (typeof error !== 'object' || error === null) return null;
  const driver = (error as { driverError?: unknown }).driverError ?? error;
  const code = (driver as PgError).code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? driver : null;
}

const camel = (column: string) => column.replace(/_([a-z])/g, (_, letter: string) => letter.toUpperCase());

/** The column named in a message such as `Key (lead_organisation_id)=(...) is not present`. */
function keyColumn(detail: string | undefined): string | null {
  const match = /Key \(([a-z_]+)(?:, ?[a-z_]+)*\)=/.exec(detail ?? '');
  return match ? camel(match[1]) : null;
}

/**
 * Turns a PostgreSQL error caused by the request's data into a 4xx domain
 * exception naming the field. Anything else is a server fault and is rethrown.
 */
export function translateWriteError(error: unknown, label: ResourceName, operation: 'write' | 'delete'): never {
  const pg = pgError(error);
  if (!pg) throw error;
  const field = keyColumn(pg.detail) ?? (pg.column ? camel(pg.column) : null);
  switch (pg.code) {
    case '23503':
      if (operation === 'delete' || /is still referenced/.test(pg.detail ?? '')) {
        throw new DomainException('in_use', { key: 'inUse', resource: label });
      }
      throw new InvalidInputException({ [field ?? 'reference']: { key: 'refersToNothing' } });
    case '23505':
      throw new DomainException(
        'conflict',
        { key: 'alreadyTaken', resource: label, field: field ?? 'value' },
        { [field ?? 'value']: { key: 'isAlreadyUsed' } },
      );
    case '23514':
    case '23502':
      throw new InvalidInputException({
        [field ?? pg.constraint ?? 'record']: { key: 'breaksRule', rule: pg.constraint ?? 'not null' },
      });
    case '22001':
      throw new InvalidInputException({ [field ?? 'value']: { key: 'isTooLong' } });
    case '22021':
    case '22P05':
    case '22P02':
    case '22007':
    case '22008':
    case '22003':
    case '22023':
      throw new InvalidInputException({ [field ?? 'value']: { key: 'hasInvalidValue' } });
    default:
      throw error;
  }
}

/**
 * A read that PostgreSQL refused for the data it was given (class 22: a value
 * out of range, bad encoding) is the request's fault: 400, not 500.
 */
export function translateReadError(error: unknown): never {
  const pg = pgError(error);
  if (pg?.code?.startsWith('22')) throw new InvalidQueryException('filter', { key: 'cannotCompare' });
  throw error;
}

/**
 * PostgreSQL cancelled the statement (57014): it ran past the session's statement_timeout. Not the data's fault
 * and not a bug: the server is busy or the request asks for too much at once; the HTTP edge answers 503.
 */
export function isStatementTimeout(error: unknown): boolean {
  return pgError(error)?.code === '57014';
}
