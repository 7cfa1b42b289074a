import { Kind } from 'graphql';
import { badUserInput } from '../errors.js';
import { DATE_TIME_FORMAT, formatDateTime, parseDateTime } from './date-time.js';
import { builder } from './builder.js';

function parseDate(value: unknown): Date {
  const date = typeof value === 'string' ? parseDateTime(value) : null;
  if (!date) throw badUserInput(`DateTime must be ${DATE_TIME_FORMAT}`);
  return date;
}

builder.scalarType('DateTime', {
  description: 'An ISO 8601 date-time in UTC, such as 2026-01-31T12:00:00.000Z.',
  serialize: formatDateTime,
  parseValue: parseDate,
  parseLiteral: (ast) => parseDate(ast.kind === Kind.STRING ? ast.value : null),
});

builder.scalarType('JSON', {
  description: 'Any JSON value.',
  serialize: (value) => value,
  parseValue: (value) => value,
});
