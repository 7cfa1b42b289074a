import { RootFieldBuilder } from '@pothos/core';
import type { GraphQLResolveInfo } from 'graphql';

/**
 * The extension under which a prismaField keeps the resolver it was given. plugin-prisma wraps that
 * resolver in one that walks the selection for the field's Prisma query on every request; the plan
 * builds the query itself (see queryShapeOf) and calls the resolver with it.
 */
export const PRISMA_FIELD_RESOLVE = 'stewardPrismaFieldResolve';

export type PrismaFieldResolve = (query: object, parent: unknown, args: object, context: unknown, info: GraphQLResolveInfo) => unknown;

let kept = false;

/** Makes every prismaField defined from now on keep its own resolver in its extensions. */
export function keepPrismaFieldResolvers() {
  if (kept) return;
  kept = true;
  const fields = RootFieldBuilder.prototype as unknown as { prismaField(options: { resolve: unknown; extensions?: object }): unknown };
  const prismaField = fields.prismaField;
  fields.prismaField = function (this: unknown, options) {
    return prismaField.call(this, { ...options, extensions: { ...options.extensions, [PRISMA_FIELD_RESOLVE]: options.resolve } });
  };
}

/** plugin-prisma's selection function of a relation or relation connection (its `pothosPrismaSelect`). */
export type RelationSelect = (
  args: object,
  context: unknown,
  nested: (query: unknown, include?: unknown, typeName?: unknown) => unknown,
  selected: (path?: unknown) => Set<string>,
) => unknown;

/**
 * What an object of the plan asks of its Prisma query, known once per plan: the columns of its type's
 * and its fields' fixed selections (null: the type loads every column), and the relations whose
 * selection functions run per request, each with the shape of the objects below it.
 */
export interface QueryShape {
  columns: string[] | null;
  relations: RelationShape[];
  /** The relations of the type's model: any other key a selection function returns is a column. */
  model: { relations: ReadonlyMap<string, unknown> };
}

export interface RelationShape {
  /** The field's key in the plan, for its arguments. */
  field: object;
  select: RelationSelect;
  /** A connection's nested selection is of its edges' nodes. */
  connection: boolean;
  below: QueryShape;
  /** The names selected under the field, as plugin-prisma's selection functions ask for them. */
  names: Set<string>;
}

/** A query the plan cannot build as plugin-prisma would for this request: its own walk builds it. */
export class NotPlanned extends Error {}

type Selection = Record<string, unknown>;

const hasKeys = (value: object) => {
  for (const _ in value) return true;
  return false;
};

function isPromise(value: unknown): boolean {
  return typeof value === 'object' && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

export interface QueryInputs {
  context: unknown;
  argsOf: (field: object) => object;
  /** Told the rows a connection's query takes (one more than its page; negative: from the back). */
  paged: (field: object, take: number) => void;
}

/**
 * The Prisma query (`{ select }` or `{ include }`, behind `args`) for the objects of `shape`, as
 * plugin-prisma's plan makes it where no two selections meet: the relations each selection function
 * returns, then the columns. Throws NotPlanned for anything else.
 */
export function buildQuery(inputs: QueryInputs, shape: QueryShape, args: Selection | undefined): Selection {
  let columns = shape.columns;
  const relations: Selection = {};
  for (const relation of shape.relations) {
    const nested = (query: unknown, include?: unknown, typeName?: unknown) => nestedQuery(inputs, relation, query, include, typeName);
    const result = relation.select(inputs.argsOf(relation.field), inputs.context, nested, selectedNames(relation));
    if (typeof result !== 'object' || result === null || isPromise(result)) throw new NotPlanned('a selection to wait for');
    const { select, include, ...rest } = result as { select?: Selection; include?: Selection };
    if (hasKeys(rest)) throw new NotPlanned('arguments beside a field selection');
    if (!select) columns = null;
    for (const map of [include, select]) {
      for (const key in map) {
        const value = map[key];
        if (!value) continue;
        if (key === '_count' || key in relations) throw new NotPlanned(`${key} selected twice or counted`);
        if (!shape.model.relations.has(key)) {
          if (columns) columns = [...columns, key];
          continue;
        }
        relations[key] = typeof value === 'object' && !hasKeys(value) ? true : value;
      }
    }
  }
  const nested: Selection = relations;
  if (columns) {
    for (const column of columns) nested[column] = true;
    return { ...args, select: nested };
  }
  return hasKeys(nested) ? { ...args, include: nested } : { ...args };
}

function selectedNames(relation: RelationShape) {
  return (path?: unknown) => {
    if (path !== undefined) throw new NotPlanned('a selection asked by path');
    return relation.names;
  };
}

/** plugin-prisma's nested selection of a relation: its query's arguments, then the selection of the objects below. */
function nestedQuery(inputs: QueryInputs, relation: RelationShape, query: unknown, include: unknown, typeName: unknown): Selection {
  if (typeName !== undefined || (include === undefined) === relation.connection) throw new NotPlanned('a nested selection elsewhere');
  if (query === true || query == null) return buildQuery(inputs, relation.below, undefined);
  if (typeof query !== 'object' || isPromise(query)) throw new NotPlanned('a relation query to call or wait for');
  const { select, include: included, ...args } = query as Selection;
  if (select !== undefined || included !== undefined) throw new NotPlanned('a relation query with a selection of its own');
  if (relation.connection && typeof args.take === 'number') inputs.paged(relation.field, args.take);
  return buildQuery(inputs, relation.below, hasKeys(args) ? args : undefined);
}
