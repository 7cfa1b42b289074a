import { DriverAdapterError, type SqlDriverAdapter, type SqlDriverAdapterFactory, type SqlQuery, type Transaction } from '@prisma/driver-adapter-utils';
import { mapAdapters } from '../../src/db/database.js';

/** What a lost connection refuses (a transaction's statements and commit, see below); a rollback still goes through, so that no transaction stays open. */
const REFUSED = new Set<PropertyKey>(['queryRaw', 'executeRaw', 'executeScript', 'startTransaction', 'createSavepoint', 'releaseSavepoint']);

/**
 * A database lost at a chosen moment: once armed, the next commit (or, `after: 'change'`, the next
 * release of a savepoint too: a service's own transaction inside a larger one) goes through, and from
 * then on every statement fails as on a closed connection (Prisma's P1017), until restored.
 */
export function outageAfterCommit() {
  let armed: 'commit' | 'change' | null = null;
  let down = false;

  const closed = () => Promise.reject(new DriverAdapterError({ kind: 'ConnectionClosed' }));

  /** The driver object with every statement refused while down, but for the methods of its own given (which decide themselves). */
  function refusing<T extends object>(target: T, own: Partial<Record<keyof T, unknown>>): T {
    return new Proxy(target, {
      get(object, name) {
        const value = Reflect.get(object, name, object) as unknown;
        if (typeof value !== 'function') return value;
        if (own[name as keyof T]) return own[name as keyof T];
        return (...args: unknown[]) => (down && REFUSED.has(name) ? closed() : (value as (...args: unknown[]) => unknown).apply(object, args));
      },
    });
  }

  const rollback = { sql: 'ROLLBACK', args: [], argTypes: [] };

  // PostgreSQL's adapter sends COMMIT and ROLLBACK as statements, then commit() or rollback() releases
  // the connection; PGlite's commits and rolls back in commit() and rollback().
  const transaction = (inner: Transaction): Transaction =>
    refusing(inner, {
      async executeRaw(query: SqlQuery) {
        if (!down || /^ROLLBACK\b/.test(query.sql)) return inner.executeRaw(query);
        // The server discards a transaction whose connection is lost.
        if (query.sql === 'COMMIT') await inner.executeRaw(rollback);
        return closed();
      },
      async commit() {
        // The server discards a transaction whose connection is lost (an embedded database must release its lock).
        if (down) return inner.rollback().then(closed);
        await inner.commit();
        if (armed) down = true;
      },
      async releaseSavepoint(name: string) {
        if (down) return closed();
        await inner.releaseSavepoint?.(name);
        if (armed === 'change') down = true;
      },
    });

  const adapter = (inner: SqlDriverAdapter): SqlDriverAdapter =>
    refusing(inner, {
      startTransaction: async (...args: Parameters<SqlDriverAdapter['startTransaction']>) => (down ? closed() : transaction(await inner.startTransaction(...args))),
    });

  return {
    wrap: (factory: SqlDriverAdapterFactory) => mapAdapters(factory, adapter),
    /** The next commit (or with 'change', the next commit or release of a savepoint) is the last statement the database answers. */
    arm(after: 'commit' | 'change' = 'commit') {
      armed = after;
    },
    /** Whether a commit took the database down since it was armed. */
    get tripped() {
      return down;
    },
    restore() {
      armed = null;
      down = false;
    },
  };
}

export type Outage = ReturnType<typeof outageAfterCommit>;
