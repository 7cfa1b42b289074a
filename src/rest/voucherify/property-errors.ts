import type { RestFailure, UserError } from '../route.js';
import { voucherifyError } from './dialect-errors.js';

/** Voucherify's name for one of Steward's camelCase names: `redeemablesLimit` → `redeemables_limit`. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/**
 * A userError as Voucherify's validator words it: 400 `invalid_payload`, `Property .redeemables_limit
 * must be <= 30`. The field's path (below `input`) and the camelCase names in the message become
 * Voucherify's property names; `path` rewrites a path the body shapes differently.
 */
export function propertyError(error: UserError, path: (segments: string[]) => string[] = (segments) => segments): RestFailure {
  const segments = error.field.slice(1);
  const last = segments.at(-1);
  // The service's own messages may open with the field's name ("name must not be empty").
  const message = last && error.message.startsWith(`${last} `) ? error.message.slice(last.length + 1) : error.message;
  const words = message.replace(/\b[a-z]+(?:[A-Z][a-z0-9]*)+\b/g, snakeCase);
  if (segments.length === 0) return voucherifyError(400, 'invalid_payload', words);
  const said = words.startsWith('must') ? words : `is invalid: ${words}`;
  return voucherifyError(400, 'invalid_payload', `Property .${path(segments).map(snakeCase).join('.')} ${said}`);
}

/** A zod error option wording a value of the wrong type as Ajv does (`must be integer`); a missing one keeps zod's message, which the dialect words as a missing property. */
export function wrongType(message: string) {
  return { error: (issue: { input?: unknown }) => (issue.input === undefined ? undefined : message) };
}
