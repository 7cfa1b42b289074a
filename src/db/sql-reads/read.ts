import type { SqlQuery, SqlResultSet } from '@prisma/driver-adapter-utils';
import { models, quote, type Column, type Model, type Relation } from './model.js';
import { condition, isPlainObject, isValueOf, NotCovered, Statement } from './where.js';

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
 * (on the table aliased `alias`) when the arguments are read, so that a filter the statements do not
 * cover, at any level, is known before any statement is sent. A relation's read shares its parent's
 * statement: the whole tree is one statement.
 */
interface Read {
  shape: Shape;
  statement: Statement;
  alias: string;
  filter: string;
  orderBy: { column: Column; descending: boolean }[];
  /** Rows to take; negative: the last ones, read in the reverse order and returned in the read's. */
  take: number | undefined;
  skip: number;
}

type Row = Record<string, unknown>;

const READ_KEYS = new Set(['select', 'include', 'where', 'orderBy', 'take', 'skip', 'cursor']);
/**
 * The types a nested read carries in its JSON as Prisma returns them (nestedValue reads them back).
 * Not Float (PostgreSQL writes NaN as a string; no relation of the schema reaches one in an order that
 * cannot tie), nor BigInt, Decimal or Bytes, which would lose there: Prisma reads those.
 */
const NESTED_TYPES = new Set(['String', 'Int', 'Boolean', 'DateTime', 'Json']);
/** PostgreSQL's limit on a function's arguments, json_build_array's included. */
const MAX_ARGUMENTS = 100;

function relationRead(relation: Relation, args: unknown, statement: Statement): Read {
  const given = args === true ? {} : args;
  if (!isPlainObject(given)) throw new NotCovered(`the selection of ${relation.name}`);
  if (!relation.isList && Object.keys(given).some((key) => key !== 'select' && key !== 'include')) throw new NotCovered(`arguments of ${relation.name}`);
  // Prisma pages a relation by a cursor among each parent's own rows: a parent without the cursor's row gets none.
  if (given.cursor !== undefined) throw new NotCovered(`a cursor in ${relation.name}`);
  const read = readOf(models().get(relation.model)!, given, statement);
  // Rows of each parent in an order that may tie (or none) would be Prisma's pick, not one these statements can repeat.
  if (relation.isList && !read.orderBy.some(({ column }) => column.name === 'id')) throw new NotCovered(`an order of ${relation.name} that may tie`);
  return read;
}

/** Prisma's result shape: all columns in the model's order; `include` adds relations after them; `select` names each field in its own order. */
function shapeOf(model: Model, select: unknown, include: unknown, statement: Statement): Shape {
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
      fields.push({ kind: 'relation', relation, read: relationRead(relation, value, statement) });
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

function countOf(value: unknown, what: string, negative = false): number | undefined {
  if (value === undefined) return undefined;
  if (!Number.isSafeInteger(value) || ((value as number) < 0 && !negative)) throw new NotCovered(what);
  return value as number;
}

/**
 * Prisma's cursor as a condition: the rows from the cursor's row on, in the read's order (from the
 * back for a negative take), compared with the cursor row's values read by a subquery, each order
 * column in turn (where all the columns before it are equal), the last one inclusively, so that the
 * cursor's row itself is among them. Only for orders of columns that are never null.
 */
function cursorCondition(statement: Statement, model: Model, alias: string, cursor: unknown, orderBy: Read['orderBy'], reverse: boolean): string {
  const entries = isPlainObject(cursor) ? Object.entries(cursor).filter(([, value]) => value !== undefined) : [];
  const column = entries.length === 1 ? model.columns.get(entries[0]![0]) : undefined;
  if (!column?.isUnique || column.isList || !isValueOf(column, entries[0]![1])) throw new NotCovered('a cursor');
  const cursorAlias = statement.alias();
  const found = `${cursorAlias}.${quote(column.name)} = ${statement.param(column, entries[0]![1])}`;
  const order = orderBy.length > 0 ? orderBy : [{ column: model.columns.get('id')!, descending: false }];
  // Where an order column may be null, Prisma places the nulls by rules of its own.
  if (order.some(({ column }) => !column.isRequired)) throw new NotCovered('a cursor in an order of nullable columns');
  const compared = (each: Read['orderBy'][number], operator: string) =>
    `${alias}.${quote(each.column.name)} ${operator} (SELECT ${cursorAlias}.${quote(each.column.name)} FROM ${model.table} AS ${cursorAlias} WHERE ${found})`;
  const after = (each: Read['orderBy'][number], inclusive: boolean) => `${each.descending !== reverse ? '<' : '>'}${inclusive ? '=' : ''}`;
  const branches = order.map((_, index) => {
    const last = order.length - 1 - index;
    const equal = order.slice(0, last).map((each) => compared(each, '='));
    return [...equal, compared(order[last]!, after(order[last]!, index === 0))].join(' AND ');
  });
  // Prisma answers no rows for a cursor whose row is not there, whatever the order's columns hold.
  const cursorRow = `EXISTS (SELECT 1 FROM ${model.table} AS ${cursorAlias} WHERE ${found})`;
  return `${cursorRow} AND (${branches.length === 1 ? branches[0]! : branches.map((branch) => `(${branch})`).join(' OR ')})`;
}

/** A read as Prisma's arguments of findMany describe it; NotCovered for any argument these statements leave to Prisma. */
export function readOf(model: Model, args: Args, statement = new Statement()): Read {
  for (const key of Object.keys(args)) if (!READ_KEYS.has(key) && args[key] !== undefined) throw new NotCovered(`the argument ${key}`);
  const alias = statement.alias();
  const orderBy = orderOf(model, args.orderBy);
  const take = countOf(args.take, 'take', true);
  const where = condition(statement, model, alias, args.where);
  const filter = args.cursor === undefined ? where : `(${where}) AND (${cursorCondition(statement, model, alias, args.cursor, orderBy, (take ?? 0) < 0)})`;
  return { shape: shapeOf(model, args.select, args.include, statement), statement, alias, filter, orderBy, take, skip: countOf(args.skip, 'skip') ?? 0 };
}

function columnSql(alias: string, column: Column): string {
  const ref = `${alias}.${quote(column.name)}`;
  // The driver reads an enum as text but not an array of one; Prisma casts both.
  return column.isEnum ? `${ref}::text${column.isList ? '[]' : ''}` : ref;
}

/**
 * A column's value as a read returns it. A timestamp comes as its milliseconds since 1970 (rounded:
 * a double's product may fall a hair either side), from which a Date is made at once: parsing the text
 * of hundreds of them was a read's largest cost after JSON.parse. Every DateTime of the schema is a
 * timestamp(3) without time zone, read as UTC; the schema has no list of them, which Prisma reads.
 */
function valueSql(alias: string, column: Column): string {
  if (column.type !== 'DateTime') return columnSql(alias, column);
  if (column.isList) throw new NotCovered(`the list of timestamps ${column.name}`);
  return `round(date_part('epoch', ${alias}.${quote(column.name)}) * 1000)`;
}

/** The read's order, or (`reverse`) the opposite one, in which a negative take reads its page. */
function orderSql(read: Read, reverse = false): string {
  return read.orderBy.map(({ column, descending }) => `${read.alias}.${quote(column.name)} ${descending !== reverse ? 'DESC' : 'ASC'}`).join(', ');
}

const fromTheBack = (read: Read) => read.take !== undefined && read.take < 0;

/** The rows of `read` from its table that its filter (and `also`) keeps, in its order and page: for a negative take, the page from the back, in the reverse order. */
function selectSql(read: Read, columns: string, also?: string): string {
  const order = orderSql(read, fromTheBack(read));
  const page = `${read.take !== undefined ? ` LIMIT ${Math.abs(read.take)}` : ''}${read.skip > 0 ? ` OFFSET ${read.skip}` : ''}`;
  return `SELECT ${columns} FROM ${read.shape.model.table} AS ${read.alias} WHERE ${also ? `${also} AND ` : ''}(${read.filter})${order ? ` ORDER BY ${order}` : ''}${page}`;
}

/** Each row of a nested read as a JSON array of its fields' values in the shape's order, its relations nested alike. */
function nestedRowSql(read: Read): string {
  if (read.shape.fields.length > MAX_ARGUMENTS) throw new NotCovered(`a selection of ${read.shape.model.name} this wide`);
  const values = read.shape.fields.map((field) => {
    if (field.kind === 'relation') return relationSql(field.relation, field.read, read.alias);
    if (!NESTED_TYPES.has(field.column.type) && !field.column.isEnum) throw new NotCovered(`${field.column.name} in a relation`);
    return field.column.type === 'DateTime' ? valueSql(read.alias, field.column) : `${read.alias}.${quote(field.column.name)}`;
  });
  return `json_build_array(${values.join(', ')})`;
}

/**
 * A relation's rows for the parent row aliased `parent`, as one JSON value (nestedRowSql): an array
 * of rows for a list, read by the foreign key's index and paged for each parent; a row or null for
 * one related row.
 */
function relationSql(relation: Relation, read: Read, parent: string): string {
  const childKey = `${read.alias}.${quote(relation.heldHere ? 'id' : relation.column)}`;
  const joined = `${childKey} = ${parent}.${quote(relation.heldHere ? relation.column : 'id')}`;
  if (!relation.isList) return `(${selectSql(read, nestedRowSql(read), joined)})`;
  // The page keeps every column under the table's alias, so the aggregate orders by the same names.
  const page = selectSql(read, `${read.alias}.*`, joined);
  return `(SELECT COALESCE(json_agg(${nestedRowSql(read)} ORDER BY ${orderSql(read)}), '[]') FROM (${page}) AS ${read.alias})`;
}

function decode(column: Column, value: unknown): unknown {
  // A scalar list is never null to Prisma: a NULL column reads as an empty list.
  if (value === null) return column.isList ? [] : null;
  if (column.type === 'DateTime') return new Date(value as number);
  if (column.type === 'Json' && typeof value === 'string') return JSON.parse(value);
  return value;
}

/** A value of a nested read's JSON as Prisma gives it. */
function nestedValue(column: Column, value: unknown): unknown {
  if (value === null) return column.isList ? [] : null;
  if (column.type === 'DateTime') return new Date(value as number);
  return value;
}

/** A row of a nested read (nestedRowSql) in the shape Prisma returns it. */
function nestedRow(shape: Shape, values: unknown[]): Row {
  const row: Row = {};
  for (let index = 0; index < shape.fields.length; index++) {
    const field = shape.fields[index]!;
    if (field.kind === 'column') row[field.column.name] = nestedValue(field.column, values[index]);
    else row[field.relation.name] = nestedRelation(field.relation, field.read.shape, values[index]);
  }
  return row;
}

function nestedRelation(relation: Relation, shape: Shape, value: unknown): Row | Row[] | null {
  if (relation.isList) return (value as unknown[][]).map((values) => nestedRow(shape, values));
  return value === null ? null : nestedRow(shape, value as unknown[]);
}

/** Rows in Prisma's shape and, when read by keys, the key of each. */
interface Level {
  rows: Row[];
  keys: unknown[];
}

/**
 * Reads the rows of `read` in one statement: its columns, and each relation's rows as a JSON column
 * (relationSql) that PostgreSQL builds for every row, so a tree of any depth is one round trip.
 */
async function readTree(send: Send, read: Read, also: string | undefined, joinedOn: Column | undefined): Promise<Level> {
  const columns = read.shape.fields.flatMap((field) => (field.kind === 'column' ? [valueSql(read.alias, field.column)] : []));
  const relations = read.shape.fields.flatMap((field) => (field.kind === 'relation' ? [`${relationSql(field.relation, field.read, read.alias)}::text`] : []));
  const selected = [...columns, ...relations, ...(joinedOn ? [columnSql(read.alias, joinedOn)] : [])];
  const sql = selectSql(read, selected.join(', '), also);
  const { rows: values } = await send({ sql, args: read.statement.args, argTypes: read.statement.argTypes });
  const rows = values.map((row) => {
    const shaped: Row = {};
    let column = 0;
    let relation = columns.length;
    for (const field of read.shape.fields) {
      if (field.kind === 'column') shaped[field.column.name] = decode(field.column, row[column++]);
      else {
        const json = row[relation++] as string | null;
        shaped[field.relation.name] = nestedRelation(field.relation, field.read.shape, json === null ? null : JSON.parse(json));
      }
    }
    return shaped;
  });
  if (fromTheBack(read)) {
    rows.reverse();
    values.reverse();
  }
  return { rows, keys: joinedOn ? values.map((row) => row[selected.length - 1]) : [] };
}

/** findMany's rows in Prisma's shape: one statement. Throws NotCovered at once, before any statement. */
export function readRows(send: Send, model: Model, args: Args): Promise<Row[]> {
  return readTree(send, readOf(model, args), undefined, undefined).then(({ rows }) => rows);
}

/** The rows of `read` whose unique `column` holds one of `keys` (findUnique's calls of one tick), with the key of each. */
export function readByKeys(send: Send, read: Read, column: Column, keys: unknown[]): Promise<Level> {
  return readTree(send, read, `${read.alias}.${quote(column.name)} = ANY(${read.statement.param(column, keys, true)})`, column);
}

export type { Read };
