import type { ArgType } from '@prisma/driver-adapter-utils';
import { models, quote, type Column, type Model, type Relation } from './model.js';

/** Thrown for a read these statements do not cover: Prisma answers it, and reports what it rejects. */
export class NotCovered extends Error {}

const SCALAR_TYPES: Record<string, ArgType['scalarType']> = { String: 'string', Int: 'int', Float: 'float', Boolean: 'boolean', DateTime: 'datetime' };

/** One SQL statement being written: its parameters, in order, and the table aliases it has used. */
export class Statement {
  readonly args: unknown[] = [];
  readonly argTypes: ArgType[] = [];
  private aliases = 0;

  alias(): string {
    return `t${this.aliases++}`;
  }

  /** A parameter holding a value (or, `list`, values) of the column, cast to the column's enum. */
  param(column: Column, value: unknown, list = false): string {
    this.args.push(value);
    this.argTypes.push({ scalarType: column.isEnum ? 'enum' : SCALAR_TYPES[column.type]!, arity: list ? 'list' : 'scalar' });
    const placeholder = `$${this.args.length}`;
    return column.isEnum ? `${placeholder}::"public".${quote(column.type)}${list ? '[]' : ''}` : placeholder;
  }
}

/** Whether a value is one Prisma takes for the column as it is; anything else is Prisma's to coerce or refuse. */
export function isValueOf(column: Column, value: unknown): boolean {
  switch (column.isEnum ? 'enum' : column.type) {
    case 'String':
    case 'enum':
      return typeof value === 'string';
    case 'Int':
      return Number.isSafeInteger(value) && Math.abs(value as number) <= 2 ** 31 - 1;
    case 'Float':
      return typeof value === 'number' && Number.isFinite(value);
    case 'Boolean':
      return typeof value === 'boolean';
    case 'DateTime':
      return value instanceof Date && !Number.isNaN(value.getTime());
    default:
      return false;
  }
}

/** An object of arguments or filters: not an array, not a Date (a value). */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}

const COMPARISONS: Record<string, string> = { lt: '<', lte: '<=', gt: '>', gte: '>=' };

function equality(statement: Statement, column: Column, ref: string, value: unknown): string {
  if (value === null) return `${ref} IS NULL`;
  if (!isValueOf(column, value)) throw new NotCovered(`a value of ${column.name}`);
  return `${ref} = ${statement.param(column, value)}`;
}

/** A filter on one column: a value, or Prisma's equals, in, lt, lte, gt, gte and `not: null`. */
function scalarFilter(statement: Statement, column: Column, ref: string, filter: unknown): string[] {
  if (column.isList || column.type === 'Json') throw new NotCovered(`a filter on ${column.name}`);
  if (!isPlainObject(filter)) return [equality(statement, column, ref, filter)];
  const parts: string[] = [];
  for (const [operator, operand] of Object.entries(filter)) {
    if (operand === undefined) continue;
    if (operator === 'equals') parts.push(equality(statement, column, ref, operand));
    else if (operator === 'in') {
      if (!Array.isArray(operand) || !operand.every((value) => isValueOf(column, value))) throw new NotCovered(`a list of ${column.name}`);
      parts.push(operand.length === 0 ? 'FALSE' : `${ref} = ANY(${statement.param(column, operand, true)})`);
    } else if (operator in COMPARISONS) {
      if (!isValueOf(column, operand)) throw new NotCovered(`a bound of ${column.name}`);
      parts.push(`${ref} ${COMPARISONS[operator]} ${statement.param(column, operand)}`);
    } else if (operator === 'not' && operand === null) parts.push(`${ref} IS NOT NULL`);
    else throw new NotCovered(`the filter ${operator}`);
  }
  return parts;
}

/** A relation's filter as EXISTS over the related table, joined on the relation's key. */
function exists(statement: Statement, relation: Relation, alias: string, where: unknown): string {
  if (!isPlainObject(where)) throw new NotCovered(`a filter on ${relation.name}`);
  const related = models().get(relation.model)!;
  const inner = statement.alias();
  const join = relation.heldHere ? `${inner}."id" = ${alias}.${quote(relation.column)}` : `${inner}.${quote(relation.column)} = ${alias}."id"`;
  return `EXISTS (SELECT 1 FROM ${related.table} AS ${inner} WHERE ${join} AND ${condition(statement, related, inner, where)})`;
}

/** Prisma's relation filters: some and none on a list, a filter (or `is`) on one related row. */
function relationFilter(statement: Statement, relation: Relation, alias: string, filter: unknown): string[] {
  if (!isPlainObject(filter)) throw new NotCovered(`a filter on ${relation.name}`);
  if (!relation.isList && !('is' in filter) && !('isNot' in filter)) return [exists(statement, relation, alias, filter)];
  const parts: string[] = [];
  for (const [operator, operand] of Object.entries(filter)) {
    if (operand === undefined) continue;
    if (relation.isList && operator === 'some') parts.push(exists(statement, relation, alias, operand));
    else if (relation.isList && operator === 'none') parts.push(`NOT ${exists(statement, relation, alias, operand)}`);
    else if (!relation.isList && operator === 'is' && operand !== null) parts.push(exists(statement, relation, alias, operand));
    else throw new NotCovered(`the relation filter ${operator}`);
  }
  return parts;
}

function conjunction(parts: string[]): string {
  return parts.length === 0 ? 'TRUE' : parts.length === 1 ? parts[0]! : parts.map((part) => `(${part})`).join(' AND ');
}

function conditions(statement: Statement, model: Model, alias: string, where: Record<string, unknown>): string[] {
  const parts: string[] = [];
  for (const [key, value] of Object.entries(where)) {
    if (value === undefined) continue;
    if (key === 'AND') {
      for (const each of Array.isArray(value) ? value : [value]) parts.push(condition(statement, model, alias, each));
    } else if (key === 'OR') {
      if (!Array.isArray(value)) throw new NotCovered('OR of an object');
      // Parenthesized whole: a condition is joined to others with AND.
      parts.push(value.length === 0 ? 'FALSE' : `(${value.map((each) => `(${condition(statement, model, alias, each)})`).join(' OR ')})`);
    } else if (key === 'NOT') {
      const negated = Array.isArray(value) ? value : [value];
      if (negated.length === 0) throw new NotCovered('an empty NOT');
      parts.push(`NOT (${conjunction(negated.map((each) => condition(statement, model, alias, each)))})`);
    } else if (model.columns.has(key)) {
      parts.push(...scalarFilter(statement, model.columns.get(key)!, `${alias}.${quote(key)}`, value));
    } else if (model.relations.has(key)) {
      parts.push(...relationFilter(statement, model.relations.get(key)!, alias, value));
    } else throw new NotCovered(`the filter ${key}`);
  }
  return parts;
}

/** Prisma's `where` on a model as one SQL condition on the table aliased `alias`. */
export function condition(statement: Statement, model: Model, alias: string, where: unknown): string {
  if (where === undefined) return 'TRUE';
  if (!isPlainObject(where)) throw new NotCovered('a where that is not an object');
  return conjunction(conditions(statement, model, alias, where));
}
