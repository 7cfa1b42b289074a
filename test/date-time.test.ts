import fc from 'fast-check';
import { expect, test } from 'vitest';
import { formatDateTime } from '../src/graphql/date-time.js';

test('formatDateTime writes what toISOString writes, for any date', () => {
  const edges = [Date.UTC(1000, 0, 1), Date.UTC(999, 11, 31, 23, 59, 59, 999), Date.UTC(9999, 11, 31, 23, 59, 59, 999), Date.UTC(10000, 0, 1), Date.UTC(-1, 5, 1), 0, 5, 50, 500];
  for (const time of edges) expect(formatDateTime(new Date(time))).toBe(new Date(time).toISOString());
  fc.assert(fc.property(fc.date({ noInvalidDate: true }), (date) => formatDateTime(date) === date.toISOString()), { numRuns: 5000 });
});

test('formatDateTime refuses an invalid date as toISOString does', () => {
  expect(() => formatDateTime(new Date(Number.NaN))).toThrow(RangeError);
});
