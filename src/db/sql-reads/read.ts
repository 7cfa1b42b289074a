import type { SqlQuery, SqlResultSet } from '@prisma/driver-adapter-utils';
import { models, quote, type Column, type Model, type Relation } from './model.js';
import { condition, isPlainObject, NotCovered, Statement } from './where.js';

/** Sends one statement: the driver adapter Prisma itself uses, so both read the same values. */
export type Send = (query: SqlQuery) => Promise<SqlResultSet>;

type Args = Record<string, unknown>;

/** What a read returns of each row, in Prisma's order: the columns and relations it selects. */
interface Shape {
  model: Model;
  fields: ({ kind: 'column'; column: Column } | { kind: 'relation'; relation: Relation; read: Read })[];
}

/**
 * A read of rows: its shape, order and page, and the statement that reads them, its filter written
 * (on the table aliased ALIAS) when the arguments are read, so that a filter the statements do not
 * cover, at any level, is known before any statement is sent.
 */
interface Read {
  shape: Shape;
  statement: Statement;
  filter: string;
  orderBy: { column: Column; descending: boolean }[];
  take: number | undefined;
  skip: number;
}

type Row = Record<string, unknown>;

const READ_KEYS = new Set(['select', 'include', 'where', 'orderBy', 'take', 'skip']);
const ALIAS = 't0';

function relationRead(relation: Relation, args: unknown): Read {
  const related = models().get(relation.model)!;
  if (args === true) return readOf(related, {});
  if (!isPlainObject(args)) throw new NotCovered(`the selection of ${relation.name}`);
  if (!relation.isList && Object.keys(args).some((key) => key !== 'select' && key !== 'include')) throw new NotCovered(`arguments of ${relation.name}`);
  const read = readOf(related, args);
  // A page of each parent's rows in an order that may tie would be Prisma's pick, not one these statements can repeat.
  if (relation.isList && !read.orderBy.some(({ column }) => column.name === 'id')) throw new NotCovered(`an order of ${relation.name} that may tie`);
  return read;
}

/** Prisma's result shape: all columns in the model's order; `include` adds relations after them; `select` names each field in its own order. */
function shapeOf(model: Model, select: unknown, include: unknown): Shape {
  const fields: Shape['fields'] = [];
  if (select === undefined) for (const column of model.columns.values()) fields.push({ kind: 'column', column });
  const chosen = select ?? include;
  if (chosen === undefined) return { model, fields };
  if (!isPlainObject(chosen) || (select !== undefined && include !== undefined)) throw new NotCovered('a selection');
  for (const [name, value] of Object.entries(chosen)) {
    if (value === undefined || value === false) continue;
    const column = model.columns.get(name);
    if (column && select !== undefined && value === true) fields.push({ kind: 'column', column });
    else if (model.relations.has(name)) {
      const relation = model.relations.get(name)!;
      fields.push({ kind: 'relation', relation, read: relationRead(relation, value) });
    } else throw new NotCovered(`the selection ${name}`);
  }
  return { model, fields };
}

function orderOf(model: Model, orderBy: unknown): Read['orderBy'] {
  if (orderBy === undefined) return [];
  return (Array.isArray(orderBy) ? orderBy : [orderBy]).map((entry) => {
    const keys = isPlainObject(entry) ? Object.keys(entry) : [];
    const column = model.columns.get(keys[0] ?? '');
    const direction = keys.length === 1 ? entry[keys[0]!] : undefined;
    if (!column || column.isList || (direction !== 'asc' && direction !== 'desc')) throw new NotCovered('an order');
    return { column, descending: direction === 'desc' };
  });
}

function countOf(value: unknown, what: string): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || (value as number) < 0) throw new NotCovered(what);
  return value as number;
}

/** A read as Prisma's arguments of findMany describe it; NotCovered for any argument these statements leave to Prisma. */
export function readOf(model: Model, args: Args): Read {
  for (const key of Object.keys(args)) if (!READ_KEYS.has(key) && args[key] !== undefined) throw new NotCovered(`the argument ${key}`);
  const statement = new Statement();
  const filter = condition(statement, model, statement.alias(), args.where);
  return {
    shape: shapeOf(model, args.select, args.include),
    statement,
    filter,
    orderBy: orderOf(model, args.orderBy),
    take: countOf(args.take, 'take'),
    skip: countOf(args.skip, 'skip') ?? 0,
  };
}

function columnSql(column: Column): string {
  const ref = `${ALIAS}.${quote(column.name)}`;
  // The driver reads an enum as text but not an array of one; Prisma casts both.
  return column.isEnum ? `${ref}::text${column.isList ? '[]' : ''}` : ref;
}

function columnsRead(shape: Shape, joinedOn: string | undefined): Column[] {
  const names = new Set<string>(joinedOn ? [joinedOn] : []);
  for (const field of shape.fields) {
    if (field.kind === 'column') names.add(field.column.name);
    else names.add(field.relation.heldHere ? field.relation.column : 'id');
  }
  return [...names].map((name) => shape.model.columns.get(name)!);
}

function decode(column: Column, value: unknown): unknown {
  // A scalar list is never null to Prisma: a NULL column reads as an empty list.
  if (value === null) return column.isList ? [] : null;
  if (column.type === 'DateTime') return new Date(value as string);
  if (column.type === 'Json' && typeof value === 'string') return JSON.parse(value);
  return value;
}

/** A row in the shape Prisma returns it: its fields in order, each relation null until its rows are read. */
function shapedRow(shape: Shape, positions: Map<string, number>, values: unknown[]): Row {
  const row: Row = {};
  for (const field of shape.fields) {
    if (field.kind === 'relation') row[field.relation.name] = null;
    else row[field.column.name] = decode(field.column, values[positions.get(field.column.name)!]);
  }
  return row;
}

/** The rows of `read` from its table that its filter (and `also`) keeps, in its order and page. */
function selectSql(read: Read, columns: Column[], also?: string): string {
  const order = read.orderBy.map(({ column, descending }) => `${ALIAS}.${quote(column.name)} ${descending ? 'DESC' : 'ASC'}`).join(', ');
  const page = `${read.take !== undefined ? ` LIMIT ${read.take}` : ''}${read.skip > 0 ? ` OFFSET ${read.skip}` : ''}`;
  return `SELECT ${columns.map(columnSql).join(', ')} FROM ${read.shape.model.table} AS ${ALIAS} WHERE ${also ? `${also} AND ` : ''}(${read.filter})${order ? ` ORDER BY ${order}` : ''}${page}`;
}

function statementOf(read: Read, sql: string): SqlQuery {
  return { sql, args: read.statement.args, argTypes: read.statement.argTypes };
}

/**
 * The rows of each parent key: all of them in one ordered statement, or each parent's page through a
 * lateral join, which reads (by the foreign key's index) no more than the page of each.
 */
function childStatement(read: Read, columns: Column[], joinedOn: Column, keys: unknown[]): SqlQuery {
  const joined = `${ALIAS}.${quote(joinedOn.name)}`;
  if (read.take === undefined && read.skip === 0) return statementOf(read, selectSql(read, columns, `${joined} = ANY(${read.statement.param(joinedOn, keys, true)})`));
  if (joinedOn.type !== 'String') throw new NotCovered(`a page joined on ${joinedOn.name}`);
  const parent = read.statement.alias();
  const parents = `unnest(${read.statement.param(joinedOn, keys, true)}::text[]) AS ${parent}("key")`;
  return statementOf(read, `SELECT page.* FROM ${parents} CROSS JOIN LATERAL (${selectSql(read, columns, `${joined} = ${parent}."key"`)}) AS page`);
}

/** Rows in Prisma's shape and, when they are a relation's, the key of the parent each belongs to. */
interface Level {
  rows: Row[];
  keys: unknown[];
}

/**
 * Reads the rows of `read`, one statement per level as Prisma's relation loading does: each
 * relation's rows for all the parents of its level at once.
 */
async function readLevel(send: Send, read: Read, statementOf: (columns: Column[]) => SqlQuery, joinedOn: string | undefined): Promise<Level> {
  const columns = columnsRead(read.shape, joinedOn);
  const positions = new Map(columns.map((column, index) => [column.name, index]));
  const { rows: values } = await send(statementOf(columns));
  const rows = values.map((row) => shapedRow(read.shape, positions, row));
  // One relation after another, as Prisma reads them: one connection of the pool per read.
  for (const field of read.shape.fields) {
    if (field.kind !== 'relation') continue;
    const { relation } = field;
    const at = positions.get(relation.heldHere ? relation.column : 'id')!;
    const byKey = new Map<unknown, unknown>();
    const keys = [...new Set(values.map((row) => row[at]).filter((key) => key !== null))];
    if (keys.length > 0) {
      const childKey = field.read.shape.model.columns.get(relation.heldHere ? 'id' : relation.column)!;
      const children = await readLevel(send, field.read, (childColumns) => childStatement(field.read, childColumns, childKey, keys), childKey.name);
      children.rows.forEach((child, index) => {
        const key = children.keys[index];
        if (!relation.isList) byKey.set(key, child);
        else if (byKey.has(key)) (byKey.get(key) as Row[]).push(child);
        else byKey.set(key, [child]);
      });
    }
    rows.forEach((row, index) => (row[relation.name] = byKey.get(values[index]![at]) ?? (relation.isList ? [] : null)));
  }
  const joinedAt = joinedOn === undefined ? undefined : positions.get(joinedOn)!;
  return { rows, keys: joinedAt === undefined ? [] : values.map((row) => row[joinedAt]) };
}

/** findMany's rows in Prisma's shape: one statement per level. Throws NotCovered at once, before any statement. */
export function readRows(send: Send, model: Model, args: Args): Promise<Row[]> {
  const read = readOf(model, args);
  return readLevel(send, read, (columns) => statementOf(read, selectSql(read, columns)), undefined).then(({ rows }) => rows);
}

/** The rows of `read` whose unique `column` holds one of `keys` (findUnique's calls of one tick), with the key of each. */
export function readByKeys(send: Send, read: Read, column: Column, keys: unknown[]): Promise<Level> {
  const byKey = `${ALIAS}.${quote(column.name)} = ANY(${read.statement.param(column, keys, true)})`;
  return readLevel(send, read, (columns) => statementOf(read, selectSql(read, columns, byKey)), column.name);
}

export type { Read };
