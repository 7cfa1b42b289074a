import { isDeepStrictEqual } from 'node:util';
import type { SqlQuery } from '@prisma/driver-adapter-utils';
import type { PrismaClient } from '../../generated/prisma/client.js';
import { models, type Column, type Model } from './model.js';
import { markOwn } from './prepared.js';
import { readByKeys, readOf, readRows, type Read, type Send } from './read.js';
import { isPlainObject, isValueOf, NotCovered } from './where.js';

/**
 * `on`: reads these statements cover are answered by them; `verify` (tests): each is also asked of
 * Prisma and must agree with it, key order included; `off`: Prisma answers everything.
 */
export type SqlReadsMode = 'on' | 'verify' | 'off';

type Args = Record<string, unknown>;
type Row = Record<string, unknown>;
type Call = (args: Args) => Promise<unknown>;
type Delegate = Record<string, Call>;
type QueryListener = (event: { timestamp: Date; query: string; params: string; duration: number; target: string }) => void;

export interface SqlReadsOptions {
  mode: SqlReadsMode;
  send: Send;
  /** `verify`: a client of the same database whose answers are compared; it logs nothing, so statements are not counted twice. */
  verifier?: PrismaClient;
}

/** findUnique's calls of one tick with the same arguments but the key: one statement, as Prisma batches them. */
interface Batch {
  column: Column;
  /** The arguments but the where, and their text, made only when a second call of the tick may join. */
  rest: Args;
  id?: string;
  read: Read;
  waiting: { key: unknown; resolve: (row: Row | null) => void; reject: (error: unknown) => void }[];
}

function lowerFirst(name: string): string {
  return name[0]!.toLowerCase() + name.slice(1);
}

/** Prisma's answer and ours alike: the same values of the same types, keys in the same order. */
export function sameAnswer(ours: unknown, theirs: unknown): boolean {
  const keyOrder = (value: unknown): unknown =>
    Array.isArray(value) ? value.map(keyOrder) : isPlainObject(value) ? Object.entries(value).map(([key, each]) => [key, keyOrder(each)]) : null;
  return isDeepStrictEqual(ours, theirs) && isDeepStrictEqual(keyOrder(ours), keyOrder(theirs));
}

/** Whether rows come in one order Prisma would give too: `id` among the order, or at most one row (an equality on a unique column). */
function isDeterministic(model: Model, args: Args): boolean {
  const order = args.orderBy === undefined ? [] : Array.isArray(args.orderBy) ? args.orderBy : [args.orderBy];
  if (order.some((entry) => isPlainObject(entry) && 'id' in entry)) return true;
  const where = args.where;
  return isPlainObject(where) && Object.entries(where).some(([name, value]) => model.columns.get(name)?.isUnique === true && isValueOf(model.columns.get(name)!, value));
}

/** The single unique column a findUnique's where names, with its value; null for any other where. */
function uniqueKey(model: Model, where: unknown): { column: Column; key: unknown } | null {
  if (!isPlainObject(where)) return null;
  const entries = Object.entries(where).filter(([, value]) => value !== undefined);
  if (entries.length !== 1) return null;
  const [name, key] = entries[0]!;
  const column = model.columns.get(name);
  return column?.isUnique && !column.isList && isValueOf(column, key) ? { column, key } : null;
}

/**
 * The client with its top-level reads (findMany, findFirst, findUnique and their OrThrow forms)
 * answered by statements of our own where they cover the arguments (sql-reads/read.ts): Prisma's
 * query interpreter cost more CPU than the rest of a nested GraphQL read. Anything else, a read in
 * a transaction (its client is Prisma's own), and any read whose statement fails go to Prisma, which
 * answers or reports as before. Statements are reported to the client's `query` listeners.
 */
export function withSqlReads(prisma: PrismaClient, options: SqlReadsOptions): PrismaClient {
  if (options.mode === 'off') return prisma;
  const listeners: QueryListener[] = [];
  const send: Send = async (query: SqlQuery) => {
    const started = performance.now();
    const result = await options.send(markOwn(query));
    if (listeners.length > 0) {
      const event = { timestamp: new Date(), query: query.sql, params: JSON.stringify(query.args), duration: performance.now() - started, target: 'sql-reads' };
      for (const listener of listeners) listener(event);
    }
    return result;
  };

  const delegates = new Map<string, Delegate>();

  function delegateOf(model: Model, prismaDelegate: Delegate): Delegate {
    let delegate = delegates.get(model.name);
    if (delegate) return delegate;
    const name = lowerFirst(model.name);
    const prismaCall = (method: string, args: Args) => prismaDelegate[method]!(args);
    /** In `verify` mode, a statement of ours that failed where Prisma answers is a fault of ours, not of the read. */
    const prismaAfterFailure = async (method: string, args: Args, error: unknown) => {
      await prismaCall(method, args);
      throw new Error(`sql-reads: ${model.name}.${method} failed where Prisma answers, for ${JSON.stringify(args)}: ${String(error)}`);
    };
    /** Our answer; in `verify` mode, compared with Prisma's, asking both again once if they differ. */
    const verified = async (method: string, args: Args, answer: Promise<unknown>, ours: () => Promise<unknown>) => {
      if (options.mode !== 'verify') return answer;
      const theirs = () => (options.verifier as unknown as Record<string, Delegate>)[name]![method]!(args);
      const first = await answer;
      // A write between the two reads (tests that race) is allowed one more try.
      if (sameAnswer(first, await theirs())) return first;
      const [again, expected] = [await ours(), await theirs()];
      if (!sameAnswer(again, expected)) {
        throw new Error(`sql-reads: ${model.name}.${method} differs from Prisma for ${JSON.stringify(args)}:\n ours ${JSON.stringify(again)}\n Prisma's ${JSON.stringify(expected)}`);
      }
      return again;
    };

    /** This tick's batches, each sent on the next. */
    const batches: Batch[] = [];
    const idOf = (column: Column, rest: Args) => `${column.name} ${JSON.stringify(rest)}`;
    const dispatch = (batch: Batch) => {
      batches.splice(batches.indexOf(batch), 1);
      readByKeys(send, batch.read, batch.column, [...new Set(batch.waiting.map(({ key }) => key))]).then(
        ({ rows, keys }) => {
          const byKey = new Map(rows.map((row, index) => [keys[index], row]));
          for (const { key, resolve } of batch.waiting) resolve(byKey.get(key) ?? null);
        },
        (error: unknown) => batch.waiting.forEach(({ reject }) => reject(error)),
      );
    };
    const findUnique = (args: Args): Promise<Row | null> => {
      const unique = isPlainObject(args) ? uniqueKey(model, args.where) : null;
      if (!unique) throw new NotCovered('a findUnique by more than one column');
      const { where: _where, ...rest } = args;
      // Most ticks read one row of a model: its arguments are compared as text only when another call waits.
      let batch: Batch | undefined;
      if (batches.length > 0) {
        const id = idOf(unique.column, rest);
        batch = batches.find((each) => (each.id ??= idOf(each.column, each.rest)) === id);
      }
      if (!batch) {
        batch = { column: unique.column, rest, read: readOf(model, rest), waiting: [] };
        batches.push(batch);
        process.nextTick(dispatch, batch);
      }
      const waiting = batch.waiting;
      return new Promise((resolve, reject) => waiting.push({ key: unique.key, resolve, reject }));
    };
    const findMany = (args: Args = {}): Promise<Row[]> => {
      if (!isDeterministic(model, args)) throw new NotCovered('an order that may tie');
      return readRows(send, model, args);
    };
    const first = (args: Args = {}) => findMany({ ...args, take: 1 }).then((rows) => rows[0] ?? null);
    // Prisma's own call reports a row not found.
    const orThrow = (find: (args: Args) => Promise<unknown>, method: string) => (args: Args) => find(args).then((found) => found ?? prismaCall(method, args));

    const ours: Record<string, (args: Args) => Promise<unknown>> = {
      findMany,
      findFirst: first,
      findUnique,
      findFirstOrThrow: orThrow(first, 'findFirstOrThrow'),
      findUniqueOrThrow: orThrow(findUnique, 'findUniqueOrThrow'),
    };
    delegate = new Proxy(prismaDelegate, {
      get(target, method: string) {
        const own = ours[method];
        if (!own) return Reflect.get(target, method);
        // Ours, else Prisma's: for what the statements do not cover, and when they fail.
        return (args: Args) => {
          // take 1 of findFirst is its own; a take of the caller's is Prisma's to combine with it.
          if (method.startsWith('findFirst') && isPlainObject(args) && args.take !== undefined) return prismaCall(method, args);
          try {
            // Arguments are read at once: what is not covered goes to Prisma before any statement.
            const answer = own(args);
            return verified(method, args, answer, () => own(args)).catch((error: unknown) => {
              if (error instanceof Error && error.message.startsWith('sql-reads:')) throw error;
              return options.mode === 'verify' ? prismaAfterFailure(method, args, error) : prismaCall(method, args);
            });
          } catch (error) {
            if (error instanceof NotCovered) return prismaCall(method, args);
            throw error;
          }
        };
      },
    }) as Delegate;
    delegates.set(model.name, delegate);
    return delegate;
  }

  const byDelegateName = new Map([...models().values()].map((model) => [lowerFirst(model.name), model]));
  return new Proxy(prisma, {
    get(target, property) {
      const value = Reflect.get(target, property) as unknown;
      const model = typeof property === 'string' ? byDelegateName.get(property) : undefined;
      if (model) return delegateOf(model, value as Delegate);
      if (property === '$on') {
        return (event: string, listener: QueryListener) => {
          if (event === 'query') listeners.push(listener);
          return (value as (event: string, listener: QueryListener) => void).call(target, event, listener);
        };
      }
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}
