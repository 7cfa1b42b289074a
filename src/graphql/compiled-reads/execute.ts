import {
  defaultFieldResolver,
  defaultTypeResolver,
  getArgumentValues,
  getVariableValues,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLObjectType,
  type GraphQLResolveInfo,
} from 'graphql';
import type { Path } from 'graphql/jsutils/Path.js';
import { formatPrismaCursor, queryFromInfo } from '@pothos/plugin-prisma';
import { getLoaderMapping, setLoaderMappings, setRowMappings } from '@pothos/selection-mapper';
import { UNANSWERED } from '../sync-reads.js';
import type { Completion, FieldPlan, FieldRule, FieldSource, Mappings, ObjectPlan, OperationPlan } from './plan.js';
import { buildQuery, NotPlanned } from './root-query.js';

type MaybePromise<T> = T | Promise<T>;

/**
 * Something the compiled path does not answer as the executor would: an error, a null where the
 * schema promises a value, a value of the wrong type. The caller executes the request anew.
 */
class Bail extends Error {}

interface Run {
  plan: OperationPlan;
  args: ExecutionArgs;
  variables: Record<string, unknown>;
  /** The scope loaders of this request, made when a rule first needs them. */
  scopes?: Record<string, unknown>;
  /** Each field's arguments, the same for every parent in this request. */
  fieldArgs: Map<FieldPlan, Record<string, unknown>>;
  /** Each connection's page size and cursor column in this request; null where its resolver must run. */
  pages: Map<FieldPlan, Page | null>;
  /** The rows each connection's query took, where the plan built that query. */
  takes: Map<object, number>;
  /** Tests: each query the plan builds is compared with plugin-prisma's own. */
  verifyQueries: boolean;
}

/** What plugin-prisma asked of a relation for a connection: `take` rows (one more than the page, negative backwards), ordered and cursored by one column. */
interface Page {
  take: number;
  cursorColumn: string;
}

/** A field being completed: its path and, made when first needed, its resolve info. */
interface Site {
  field: FieldPlan;
  parentType: GraphQLObjectType;
  path: Path;
  info?: GraphQLResolveInfo;
  /** The mappings its value's fields find theirs in (plan.ts, mappingKeysOf); undefined where they look them up as plugin-prisma's resolvers do. */
  mappings: Mappings | undefined;
}

const ignore = () => {};

function isPromise(value: unknown): value is Promise<unknown> {
  // Primitives first: looking `then` up on a string goes through String.prototype.
  const type = typeof value;
  return (type === 'object' || type === 'function') && value !== null && typeof (value as { then?: unknown }).then === 'function';
}

/** A promise whose rejection the caller collects later: marked handled now, so a sibling's failure first leaves no unhandled rejection. */
function pending<T>(promise: Promise<T>): Promise<T> {
  promise.catch(ignore);
  return promise;
}

function addPath(prev: Path | undefined, key: string | number, typename: string | undefined): Path {
  return { prev, key, typename };
}

/** The resolve info graphql-js would build for this field at this path. */
function infoOf(run: Run, site: Site): GraphQLResolveInfo {
  return (site.info ??= {
    fieldName: site.field.field.name,
    fieldNodes: site.field.nodes,
    returnType: site.field.field.type,
    parentType: site.parentType,
    path: site.path,
    schema: run.args.schema,
    fragments: run.plan.fragments,
    rootValue: run.args.rootValue,
    operation: run.plan.operation,
    variableValues: run.variables,
  });
}

/*
 * The continuations of promises live in functions of their own (…Later): a function that creates a
 * closure keeps the variables it captures in a context object allocated on every call, promise or not,
 * and the functions below run for every field of every object.
 */

function completeList(run: Run, site: Site | undefined, of: Completion, value: unknown, path: Path | undefined): MaybePromise<unknown[]> {
  if (typeof value !== 'object' || value === null || !(Symbol.iterator in value)) throw new Bail();
  const items = Array.isArray(value) ? value : [...(value as Iterable<unknown>)];
  const completed = new Array<unknown>(items.length);
  let waiting = false;
  for (let index = 0; index < items.length; index++) {
    const result = complete(run, site, of, items[index], path && addPath(path, index, undefined));
    if (isPromise(result)) {
      pending(result);
      waiting = true;
    }
    completed[index] = result;
  }
  return waiting ? Promise.all(completed) : completed;
}

/**
 * Whether any scope of the map grants, as scope-auth's default strategy (any) decides it; null for
 * what scope-auth must decide itself: a map with its combinators ($any, $all, $granted), a map or
 * scopes still to come.
 */
function grants(run: Run, map: unknown): MaybePromise<boolean> | null {
  if (typeof map === 'boolean') return map;
  if (typeof map !== 'object' || map === null) return null;
  const scopes = (run.scopes ??= run.plan.scopesOf(run.args.contextValue) as Record<string, unknown>);
  if (isPromise(scopes)) return null;
  let waiting: Promise<unknown>[] | undefined;
  for (const name in map) {
    if (name.startsWith('$')) return null;
    const scope = scopes[name];
    const granted = typeof scope === 'function' ? (scope as (argument: unknown) => unknown).call(scopes, (map as Record<string, unknown>)[name]) : scope;
    if (isPromise(granted)) (waiting ??= []).push(pending(granted));
    else if (granted) return true;
  }
  return waiting ? Promise.all(waiting).then((results) => results.some(Boolean)) : false;
}

/** scope-auth's own check, through the type's isTypeOf. */
function checkedByIsTypeOf(run: Run, site: Site, plan: ObjectPlan, value: unknown): MaybePromise<boolean> {
  return (plan.type.isTypeOf?.(value, run.args.contextValue, infoOf(run, site)) ?? true) as MaybePromise<boolean>;
}

function typeRuleLater(run: Run, site: Site, plan: ObjectPlan, value: unknown, map: Promise<unknown>) {
  return map.then((settled) => grants(run, settled) ?? checkedByIsTypeOf(run, site, plan, value));
}

/** graphql-js's check of an object against its type, where scope-auth's type rules run: the plan's evaluation of the rule, or isTypeOf. */
function isTypeOf(run: Run, site: Site, plan: ObjectPlan, value: unknown): MaybePromise<boolean> {
  if (!plan.type.isTypeOf) return true;
  if (plan.rule === null) return checkedByIsTypeOf(run, site, plan, value);
  const map = typeof plan.rule === 'function' ? plan.rule(value, run.args.contextValue) : plan.rule;
  if (isPromise(map)) return typeRuleLater(run, site, plan, value, map);
  return grants(run, map) ?? checkedByIsTypeOf(run, site, plan, value);
}

/** A field rule's verdict, null where the field's resolver must decide: a map scope-auth must read, or one still to come (the resolver asks the rule again). */
function fieldRuleGrants(run: Run, rule: FieldRule, parent: unknown, args: Record<string, unknown>): MaybePromise<boolean> | null {
  const map = typeof rule === 'function' ? rule(parent, args, run.args.contextValue) : rule;
  if (isPromise(map)) {
    pending(map);
    return null;
  }
  return grants(run, map);
}

function completeObjectLater(run: Run, site: Site, plan: ObjectPlan, value: unknown, path: Path, matches: Promise<boolean>) {
  return matches.then((settled) => {
    if (!settled) throw new Bail();
    return executeObject(run, plan, value, path, site.mappings);
  });
}

function completeObject(run: Run, site: Site, plan: ObjectPlan, value: unknown, path: Path): MaybePromise<Record<string, unknown>> {
  const matches = isTypeOf(run, site, plan, value);
  if (isPromise(matches)) return completeObjectLater(run, site, plan, value, path, matches);
  if (!matches) throw new Bail();
  return executeObject(run, plan, value, path, site.mappings);
}

function planOfType(completion: Extract<Completion, { kind: 'abstract' }>, typeName: unknown): ObjectPlan {
  // graphql-js accepts only the name of a type the abstract type may be; anything else is its error.
  const plan = typeof typeName === 'string' ? completion.plans.get(typeName) : undefined;
  if (!plan) throw new Bail();
  return plan;
}

function completeAbstractLater(run: Run, site: Site, completion: Extract<Completion, { kind: 'abstract' }>, value: unknown, path: Path, typeName: Promise<unknown>) {
  return typeName.then((settled) => completeObject(run, site, planOfType(completion, settled), value, path));
}

/** graphql-js's completeAbstractValue: the type's resolveType names the object's type, whose plan completes it. */
function completeAbstract(run: Run, site: Site, completion: Extract<Completion, { kind: 'abstract' }>, value: unknown, path: Path): MaybePromise<Record<string, unknown>> {
  const resolveType = completion.type.resolveType ?? defaultTypeResolver;
  const typeName = resolveType(value, run.args.contextValue, infoOf(run, site), completion.type);
  if (isPromise(typeName)) return completeAbstractLater(run, site, completion, value, path, typeName);
  return completeObject(run, site, planOfType(completion, typeName), value, path);
}

function completeLater(run: Run, site: Site | undefined, completion: Completion, value: Promise<unknown>, path: Path | undefined) {
  return value.then((settled) => complete(run, site, completion, settled, path));
}

function nonNullLater(completed: Promise<unknown>) {
  return completed.then((settled) => {
    if (settled == null) throw new Bail();
    return settled;
  });
}

/**
 * graphql-js's completeValue for what the planner covers; anything it would report as an error bails.
 * Site and path are left out for a field whose completion reaches no object (FieldPlan.leafOnly).
 */
function complete(run: Run, site: Site | undefined, completion: Completion, value: unknown, path: Path | undefined): MaybePromise<unknown> {
  if (isPromise(value)) return completeLater(run, site, completion, value, path);
  if (value instanceof Error) throw new Bail();
  if (completion.kind === 'nonNull') {
    const completed = complete(run, site, completion.of, value, path);
    if (isPromise(completed)) return nonNullLater(completed);
    if (completed == null) throw new Bail();
    return completed;
  }
  if (value == null) return null;
  switch (completion.kind) {
    case 'leaf': {
      const serialized = completion.type.serialize(value);
      if (serialized == null) throw new Bail();
      return serialized;
    }
    case 'list':
      return completeList(run, site, completion.of, value, path);
    case 'object':
      return completeObject(run, site!, completion.plan, value, path!);
    case 'abstract':
      return completeAbstract(run, site!, completion, value, path!);
  }
}

function argsOf(run: Run, field: FieldPlan): Record<string, unknown> {
  let args = run.fieldArgs.get(field);
  if (!args) run.fieldArgs.set(field, (args = getArgumentValues(field.field, field.nodes[0]!, run.variables)));
  return args;
}

/**
 * The page plugin-prisma planned for this connection in this request: what the query the plan built
 * took, or read off the selection plugin-prisma makes for the parent's query. The cursor's columns
 * are the field's own: they are learnt once.
 */
function pageOf(run: Run, field: FieldPlan, source: Extract<FieldSource, { kind: 'connection' }>, args: Record<string, unknown>): Page | null {
  let page = run.pages.get(field);
  if (page !== undefined) return page;
  const take = run.takes.get(field);
  if (take !== undefined && source.cursorColumn !== undefined) {
    page = source.cursorColumn === null ? null : { take, cursorColumn: source.cursorColumn };
    run.pages.set(field, page);
    return page;
  }
  const selection = source.select(
    args,
    run.args.contextValue,
    (query) => (isPromise(query) ? query : { ...(query as object), select: {} }),
    () => new Set(['edges']),
  ) as { select?: Record<string, { take?: unknown; select?: object }> } | Promise<unknown>;
  const query = isPromise(selection) ? undefined : selection.select?.[source.relation];
  const cursor = Object.keys(query?.select ?? {});
  if (query) source.cursorColumn = cursor.length === 1 ? cursor[0]! : null;
  page = typeof query?.take === 'number' && cursor.length === 1 ? { take: query.take, cursorColumn: cursor[0]! } : null;
  run.pages.set(field, page);
  return page;
}

/**
 * A connection of loaded rows, as plugin-prisma's relatedConnection makes it: the extra row tells of
 * the next (or previous) page. Cursors are made only where the selection reads them.
 */
function connectionOf(parent: unknown, rows: unknown[], args: Record<string, unknown>, { take, cursorColumn }: Page, cursors: { edges: boolean; page: boolean }) {
  const full = rows.length === Math.abs(take);
  const backward = args.before != null || args.last != null;
  const nodes = full ? rows.slice(take < 0 ? 1 : 0, take < 0 ? rows.length : -1) : rows;
  const cursorOf = (node: unknown) => formatPrismaCursor(node as Record<string, unknown>, cursorColumn);
  const pageInfo = {
    startCursor: cursors.page && nodes.length ? cursorOf(nodes[0]) : null,
    endCursor: cursors.page && nodes.length ? cursorOf(nodes.at(-1)) : null,
    hasPreviousPage: args.after != null ? true : backward ? full : false,
    hasNextPage: args.before != null ? true : args.last != null ? false : full,
  };
  const connection = { parent, args, totalCount: undefined, edges: [] as { connection: unknown; cursor: string | null; node: unknown }[], pageInfo };
  connection.edges = nodes.map((node) => ({ connection, cursor: cursors.edges ? cursorOf(node) : null, node }));
  return connection;
}

/** A relation's or connection's value once its own rule allows it (the function runs once); UNANSWERED where the field's resolver must decide. */
function underRule(run: Run, rule: FieldRule | undefined, parent: unknown, args: Record<string, unknown>, answer: () => unknown): unknown {
  if (rule === undefined) return answer();
  const granted = fieldRuleGrants(run, rule, parent, args);
  if (granted === null) return UNANSWERED;
  if (isPromise(granted)) {
    return granted.then((allowed) => {
      if (!allowed) throw new Bail();
      return answer();
    });
  }
  if (!granted) throw new Bail();
  return answer();
}

/** The loader mapping of the field at this site: from the mappings above it where the plan has them, else as plugin-prisma's resolvers look it up. */
function mappingOf(run: Run, site: Site, source: Extract<FieldSource, { kind: 'connection' | 'relation' }>, parent: unknown): { nested?: Mappings } | null {
  if (site.mappings && source.mappingKeys) {
    for (const key of source.mappingKeys) {
      const mapping = site.mappings[key];
      if (mapping) return mapping;
    }
    return null;
  }
  for (const type of source.mappedAs) {
    const mapping = getLoaderMapping(run.args.contextValue as object, site.path, type, parent as object);
    if (mapping) return mapping as { nested?: Mappings };
  }
  return null;
}

/**
 * Whether plugin-prisma's planned query loaded this relation onto the parent for this field, as its
 * own resolver asks before reading it: a row that another resolver made (with a partial relation of
 * its own, say) has no mapping. The mapping's nested part is recorded for the rows below, as that
 * resolver records it, and kept on the site for the fields of its value.
 */
function loadedByPlan(run: Run, site: Site, source: Extract<FieldSource, { kind: 'connection' | 'relation' }>, parent: unknown): boolean {
  const mapping = mappingOf(run, site, source, parent);
  if (!mapping) return false;
  setRowMappings(run.args.contextValue as object, { path: site.path } as GraphQLResolveInfo, mapping.nested as never);
  site.mappings = mapping.nested;
  return true;
}

/** A connection from the rows its parent was loaded with, once its rule allows; UNANSWERED where the resolver must decide. */
function loadedConnection(run: Run, site: Site, source: Extract<FieldSource, { kind: 'connection' }>, parent: unknown): unknown {
  const rows = property(parent, source.relation);
  if (!Array.isArray(rows) || !loadedByPlan(run, site, source, parent)) return UNANSWERED;
  const args = argsOf(run, site.field);
  const page = pageOf(run, site.field, source, args);
  if (!page) return UNANSWERED;
  return underRule(run, source.rule, parent, args, () => connectionOf(parent, rows, args, page, source.cursors));
}

/**
 * A relation the parent was loaded with, once its rule allows; UNANSWERED where the resolver must
 * decide: a relation not loaded. A null goes to t.relation's own resolver, for its `onNull`.
 */
function loadedRelation(run: Run, site: Site, source: Extract<FieldSource, { kind: 'relation' }>, parent: unknown): unknown {
  const loaded = property(parent, source.relation);
  if (loaded === undefined || !loadedByPlan(run, site, source, parent)) return UNANSWERED;
  const args = argsOf(run, site.field);
  return underRule(run, source.rule, parent, args, () => (loaded === null ? source.resolve(parent, args, run.args.contextValue, undefined) : loaded));
}

/** Thrown in tests when a query the plan built differs from plugin-prisma's: a fault of the plan, which must not fall back quietly. */
export class QueryMismatch extends Error {}

/** A query's content, keys in order, a timestamp as such (a filter may read the clock). */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return 'a Date';
  if (Array.isArray(value)) return value.map(canonical);
  if (typeof value !== 'object' || value === null) return value;
  const keys = Object.keys(value).filter((key) => (value as Record<string, unknown>)[key] !== undefined);
  return Object.fromEntries(keys.sort().map((key) => [key, canonical((value as Record<string, unknown>)[key])]));
}

function verifyQuery(query: object, info: GraphQLResolveInfo, context: object) {
  const expected = queryFromInfo({ context, info, awaitSelections: true });
  if (isPromise(expected)) return;
  const [ours, theirs] = [query, expected].map((built) => JSON.stringify(canonical(built)));
  if (ours !== theirs) throw new QueryMismatch(`${info.parentType.name}.${info.fieldName}: the plan built ${ours}, plugin-prisma ${theirs}`);
}

/**
 * A prismaField's value: its resolver called with the query the plan built (root-query.ts), the
 * mappings of that query recorded as plugin-prisma records its own; UNANSWERED where the plan cannot
 * build it for this request and plugin-prisma's resolver must.
 */
function plannedQueryRead(run: Run, site: Site, source: Extract<FieldSource, { kind: 'prismaQuery' }>, parent: unknown): unknown {
  const context = run.args.contextValue as object;
  let query: object;
  try {
    query = buildQuery({ context, argsOf: (field) => argsOf(run, field as FieldPlan), paged: (field, take) => run.takes.set(field, take) }, source.shape, undefined);
  } catch (error) {
    if (error instanceof NotPlanned) return UNANSWERED;
    throw error;
  }
  const info = infoOf(run, site);
  if (run.verifyQueries) verifyQuery(query, info, context);
  setLoaderMappings(context, info, source.mappings);
  site.mappings = source.mappings;
  return source.resolve(query, parent, argsOf(run, site.field), context, info);
}

function property(parent: unknown, name: string): unknown {
  return typeof parent === 'object' && parent !== null ? (parent as Record<string, unknown>)[name] : undefined;
}

/**
 * The field's value before completion, without a resolve info where none can be read; UNANSWERED
 * where the resolver must run. The site is there for every field whose completion reaches an object.
 */
function readWithoutInfo(run: Run, parentType: GraphQLObjectType, field: FieldPlan, parent: unknown, site: Site | undefined): unknown {
  const { source } = field;
  switch (source.kind) {
    case 'typename':
      return parentType.name;
    case 'property': {
      const value = property(parent, field.field.name);
      return typeof value === 'function' ? UNANSWERED : value;
    }
    case 'parent':
      return source.resolve(parent);
    case 'row':
      return source.read(parent as object, run.args.contextValue as object);
    case 'connection':
      return loadedConnection(run, site!, source, parent);
    case 'relation':
      return loadedRelation(run, site!, source, parent);
    case 'prismaQuery':
      return plannedQueryRead(run, site!, source, parent);
    case 'resolver':
      return UNANSWERED;
  }
}

function executeField(run: Run, parentType: GraphQLObjectType, field: FieldPlan, parent: unknown, parentPath: Path | undefined, mappings: Mappings | undefined): MaybePromise<unknown> {
  let site: Site | undefined = field.leafOnly ? undefined : { field, parentType, path: addPath(parentPath, field.key, parentType.name), mappings };
  let value = readWithoutInfo(run, parentType, field, parent, site);
  if (field.stringLeaf && typeof value === 'string') return value;
  if (value === UNANSWERED) {
    // A resolver may record mappings of its own: the fields below look theirs up as plugin-prisma's do.
    site ??= { field, parentType, path: addPath(parentPath, field.key, parentType.name), mappings: undefined };
    site.mappings = undefined;
    value = (field.field.resolve ?? defaultFieldResolver)(parent, argsOf(run, field), run.args.contextValue, infoOf(run, site));
  }
  return complete(run, site, field.completion, value, site?.path);
}

function settleLater(result: Record<string, unknown>, key: string, value: Promise<unknown>) {
  return pending(
    value.then((settled) => {
      result[key] = settled;
    }),
  );
}

/** An object's fields in the order of the selection; a promise when any of them is one. */
function executeObject(run: Run, plan: ObjectPlan, parent: unknown, path: Path | undefined, mappings: Mappings | undefined): MaybePromise<Record<string, unknown>> {
  // A copy of the plan's template has every key at once, in order: no shape changes as they are set.
  const result: Record<string, unknown> = { ...plan.template };
  let waiting: Promise<unknown>[] | undefined;
  for (const field of plan.fields) {
    const value = executeField(run, plan.type, field, parent, path, mappings);
    // The key is set now, so that the result keeps the selection's order when the value settles later.
    result[field.key] = value;
    if (isPromise(value)) (waiting ??= []).push(settleLater(result, field.key, value));
  }
  return waiting ? objectLater(result, waiting) : result;
}

function objectLater(result: Record<string, unknown>, waiting: Promise<unknown>[]) {
  return Promise.all(waiting).then(() => result);
}

/** Executes a planned query operation; throws (or rejects) where the executor's answer could differ. */
export function executePlan(plan: OperationPlan, args: ExecutionArgs, verifyQueries = false): MaybePromise<ExecutionResult> {
  const coerced = getVariableValues(args.schema, plan.operation.variableDefinitions ?? [], args.variableValues ?? {});
  if (coerced.errors) throw new Bail();
  const run: Run = { plan, args, variables: coerced.coerced, fieldArgs: new Map(), pages: new Map(), takes: new Map(), verifyQueries };
  const data = executeObject(run, plan.root, args.rootValue, undefined, undefined);
  return isPromise(data) ? data.then((settled) => ({ data: settled })) : { data };
}
