const ISO_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})(T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2}))?$/;

export const DATE_TIME_FORMAT = 'an ISO 8601 date or date-time, such as 2026-01-31T12:00:00Z';

/** JavaScript's Date rolls 2026-02-30 over to March 2; a date that does not exist is refused instead. */
function calendarDateExists(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && new Date(Date.UTC(year, month - 1, day)).getUTCDate() === day;
}

/** An ISO 8601 date (midnight UTC) or date-time with a zone; null for anything else. */
export function parseDateTime(value: string): Date | null {
  const match = ISO_DATE_TIME.exec(value);
  if (!match || !calendarDateExists(Number(match[1]), Number(match[2]), Number(match[3]))) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}

const twoDigits = (value: number) => (value < 10 ? `0${value}` : `${value}`);

/**
 * Date's toISOString, three times as fast for years 0–9999 (a page of dates serialises on every
 * read); other years, and an invalid date's RangeError, are toISOString's own.
 */
export function formatDateTime(date: Date): string {
  const year = date.getUTCFullYear();
  if (!(year >= 1000 && year <= 9999)) return date.toISOString();
  const ms = date.getUTCMilliseconds();
  return `${year}-${twoDigits(date.getUTCMonth() + 1)}-${twoDigits(date.getUTCDate())}T${twoDigits(date.getUTCHours())}:${twoDigits(date.getUTCMinutes())}:${twoDigits(date.getUTCSeconds())}.${ms < 10 ? '00' : ms < 100 ? '0' : ''}${ms}Z`;
}
