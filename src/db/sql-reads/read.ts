import type { SqlQuery, SqlResultSet } from '@prisma/driver-adapter-utils';
import { models, quote, type Column, type Model, type Relation } from './model.js';
import { condition, NotCovered, Statement } from './where.js';


/** Sends one statement: the driver adapter Prisma itself uses, so both read the same values. */
export type Send = (query: SqlQuery) => Promise<SqlResultSet>;

type Args = Record<string, unknown>;

/** What a read returns of each row, in Prisma's order: the columns and relations it selects. */
interface Shape {
  model: Model;
  fields: ({ kind: 'column'; column: Column } | { kind: 'relation'; relation: Relation; read: Read })[];
}

/** A read of rows: its shape, filter, order and page. */
interface Read {
  shape: Shape;
  where: unknown;
  orderBy: { column: Column; descending: boolean }[];
  take: number | undefined;
  skip: number;
}

type Row = Record<string, unknown>;

const READ_KEYS = new Set(['select', 'include', 'where', 'orderBy', 'take', 'skip']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function relationRead(relation: Relation, args: unknown): Read {
  const related = models().get(relation.model)!;
  if (args === true) return { shape: shapeOf(related, undefined, undefined), where: undefined, orderBy: [], take: undefined, skip: 0 };
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
  return {
    shape: shapeOf(model, args.select, args.include),
    where: args.where,
    orderBy: orderOf(model, args.orderBy),
    take: countOf(args.take, 'take'),
    skip: countOf(args.skip, 'skip') ?? 0,
  };
}

function columnSql(alias: string, column: Column): string {
  const ref = `${alias}.${quote(column.name)}`;
  // The driver reads an enum as text but not an array of one; Prisma casts both.
  return column.isEnum ? `${ref}::text${column.isList ? '[]' : ''}` : ref;
}

/** The columns a level reads: those it returns and the keys its relations join on. */
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

function rowsOf(result: SqlResultSet, columns: Column[]): Row[] {
  return result.rows.map((values) => {
    const row: Row = {};
    for (let index = 0; index < columns.length; index++) row[columns[index]!.name] = decode(columns[index]!, values[index]);
    return row;
  });
}

function orderSql(alias: string, orderBy: Read['orderBy']): string {
  return orderBy.map(({ column, descending }) => `${alias}.${quote(column.name)} ${descending ? 'DESC' : 'ASC'}`).join(', ');
}

/** The top level's statement: the rows of `read` that `where` keeps, in its order and page. */
function levelStatement(read: Read, columns: Column[], where: (statement: Statement, alias: string) => string): SqlQuery {
  const statement = new Statement();
  const alias = statement.alias();
  const { table } = read.shape.model;
  const list = columns.map((column) => columnSql(alias, column)).join(', ');
  const order = read.orderBy.length > 0 ? ` ORDER BY ${orderSql(alias, read.orderBy)}` : '';
  const filter = where(statement, alias);
  const page = `${read.take !== undefined ? ` LIMIT ${read.take}` : ''}${read.skip > 0 ? ` OFFSET ${read.skip}` : ''}`;
  return { sql: `SELECT ${list} FROM ${table} AS ${alias} WHERE ${filter}${order}${page}`, args: statement.args, argTypes: statement.argTypes };
}

/**
 * The rows of each parent key: all of them in one ordered statement, or each parent's page through a
 * lateral join, which reads (by the foreign key's index) no more than the page of each.
 */
function childStatement(read: Read, columns: Column[], joinedOn: Column, keys: unknown[]): SqlQuery {
  const statement = new Statement();
  const alias = statement.alias();
  const { table } = read.shape.model;
  const list = columns.map((column) => columnSql(alias, column)).join(', ');
  const order = read.orderBy.length > 0 ? ` ORDER BY ${orderSql(alias, read.orderBy)}` : '';
  const joined = `${alias}.${quote(joinedOn.name)}`;
  if (read.take === undefined && read.skip === 0) {
    const filter = `${joined} = ANY(${statement.param(joinedOn, keys, true)}) AND ${condition(statement, read.shape.model, alias, read.where)}`;
    return { sql: `SELECT ${list} FROM ${table} AS ${alias} WHERE ${filter}${order}`, args: statement.args, argTypes: statement.argTypes };
  }
  if (joinedOn.type !== 'String') throw new NotCovered(`a page joined on ${joinedOn.name}`);
  const parent = statement.alias();
  const parents = `unnest(${statement.param(joinedOn, keys, true)}::text[]) AS ${parent}("key")`;
  const filter = `${joined} = ${parent}."key" AND ${condition(statement, read.shape.model, alias, read.where)}`;
  const page = `${read.take !== undefined ? ` LIMIT ${read.take}` : ''}${read.skip > 0 ? ` OFFSET ${read.skip}` : ''}`;
  return {
    sql: `SELECT page.* FROM ${parents} CROSS JOIN LATERAL (SELECT ${list} FROM ${table} AS ${alias} WHERE ${filter}${order}${page}) AS page`,
    args: statement.args,
    argTypes: statement.argTypes,
  };
}

/** Rows in the shape Prisma returns them: its fields in order, nothing read only to join. */
function shaped(shape: Shape, row: Row, related: Map<Shape['fields'][number], Map<unknown, unknown>>): Row {
  const result: Row = {};
  for (const field of shape.fields) {
    if (field.kind === 'column') result[field.column.name] = row[field.column.name];
    else {
      const key = row[field.relation.heldHere ? field.relation.column : 'id'];
      result[field.relation.name] = related.get(field)!.get(key) ?? (field.relation.isList ? [] : null);
    }
  }
  return result;
}

/** A row in Prisma's shape, with the key it joins its parent on. */
interface Joined {
  key: unknown;
  row: Row;
}

/**
 * Reads the rows of `read`, one statement per level as Prisma's relation loading does: each
 * relation's rows for all the parents of its level at once.
 */
async function readLevel(send: Send, read: Read, statementOf: (columns: Column[]) => SqlQuery, joinedOn: string | undefined): Promise<Joined[]> {
  const columns = columnsRead(read.shape, joinedOn);
  const rows = rowsOf(await send(statementOf(columns)), columns);
  const related = new Map<Shape['fields'][number], Map<unknown, unknown>>();
  // One relation after another, as Prisma reads them: one connection of the pool per read.
  for (const field of read.shape.fields) {
    if (field.kind !== 'relation') continue;
    const { relation } = field;
    const byKey = new Map<unknown, unknown>();
    related.set(field, byKey);
    const keys = [...new Set(rows.map((row) => row[relation.heldHere ? relation.column : 'id']).filter((key) => key !== null))];
    if (keys.length === 0) continue;
    const childKey = field.read.shape.model.columns.get(relation.heldHere ? 'id' : relation.column)!;
    const children = await readLevel(send, field.read, (childColumns) => childStatement(field.read, childColumns, childKey, keys), childKey.name);
    for (const { key, row } of children) {
      if (!relation.isList) byKey.set(key, row);
      else if (byKey.has(key)) (byKey.get(key) as Row[]).push(row);
      else byKey.set(key, [row]);
    }
  }
  return rows.map((row) => ({ key: joinedOn === undefined ? undefined : row[joinedOn], row: shaped(read.shape, row, related) }));
}

/** findMany's rows in Prisma's shape: one statement per level. Throws NotCovered at once, before any statement. */
export function readRows(send: Send, model: Model, args: Args): Promise<Row[]> {
  const read = readOf(model, args);
  const where = (statement: Statement, alias: string) => condition(statement, model, alias, read.where);
  return readLevel(send, read, (columns) => levelStatement(read, columns, where), undefined).then((rows) => rows.map(({ row }) => row));
}

/** The rows whose unique `column` holds one of `keys` (findUnique's calls of one tick), each with its key. */
export function readByKeys(send: Send, read: Read, column: Column, keys: unknown[]): Promise<Joined[]> {
  const where = (statement: Statement, alias: string) => `${alias}.${quote(column.name)} = ANY(${statement.param(column, keys, true)})`;
  return readLevel(send, read, (columns) => levelStatement(read, columns, where), column.name);
}

export type { Read };
