import type { SqlQuery } from '@prisma/driver-adapter-utils';

const own = new WeakSet<SqlQuery>();

/** Marks a statement as one of ours (client.ts), which PostgreSQL may keep prepared. */
export function markOwn(query: SqlQuery): SqlQuery {
  own.add(query);
  return query;
}

/**
 * The driver's statement names (PrismaPg's `statementNameGenerator`): pg keeps a named statement
 * prepared on each connection, so PostgreSQL parses and plans it once there rather than on every
 * read. Only statements of ours are named, and only the first `size` texts: later ones go unnamed,
 * so no connection holds more than `size` however many shapes of reads clients send. Prisma's own
 * statements (lists of parameters of every length) stay unnamed.
 */
export function statementNames(size: number): (query: SqlQuery) => string | undefined {
  const names = new Map<string, string>();
  return (query) => {
    if (!own.has(query)) return undefined;
    let name = names.get(query.sql);
    if (name === undefined && names.size < size) names.set(query.sql, (name = `steward_read_${names.size}`));
    return name;
  };
}
