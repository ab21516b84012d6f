import { Injectable, ValidationPipe, type ArgumentMetadata, type PipeTransform, type Type } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { InvalidInputException, nulCharacterPaths } from '#kernel';
import { flattenValidationErrors } from '#database';

export const VALIDATION_OPTIONS = {
  whitelist: true,
  forbidNonWhitelisted: true,
  transform: true,
  forbidUnknownValues: true,
  validationError: { target: false, value: false },
  exceptionFactory: (errors: ValidationError[]) => new InvalidInputException(flattenValidationErrors(errors)),
};

/** The 400 for a body that is JSON but not an object. */
export const notAJsonObject = () =>
  new InvalidInputException({ body: { key: 'mustBeJsonObject' } }, { key: 'bodyMustBeObject' });

/**
 * Validates a request body against `type`: a JSON object, only the resource's
 * properties, each valid; otherwise 400 naming the fields.
 */
@Injectable()
export class RecordBodyPipe implements PipeTransform {
  private readonly validation: ValidationPipe;

  constructor(
    type: Type,
    private readonly options: { optional?: boolean } = {},
  ) {
    this.validation = new ValidationPipe({ ...VALIDATION_OPTIONS, expectedType: type });
  }

  transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    // Actions whose body is optional (approve) accept no body at all.
    if (value === undefined && this.options.optional) value = {};
    if (value === null || typeof value !== 'object' || Array.isArray(value)) throw notAJsonObject();
    const withNul = nulCharacterPaths(value);
    if (withNul.length > 0) {
      throw new InvalidInputException(Object.fromEntries(withNul.map((path) => [path, { key: 'noNulCharacters' }])));
    }
    return this.validation.transform(value, metadata);
  }
}
