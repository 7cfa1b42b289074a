import type { PothosOutputFieldConfig, SchemaTypes } from '@pothos/core';
import {
  defaultFieldResolver,
  getOperationAST,
  isAbstractType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  getDirectiveValues,
  GraphQLIncludeDirective,
  GraphQLSkipDirective,
  GraphQLString,
  GraphQLID,
  Kind,
  TypeNameMetaFieldDef,
  visit,
  type DirectiveNode,
  type GraphQLAbstractType,
  type DocumentNode,
  type FieldNode,
  type FragmentDefinitionNode,
  type GraphQLField,
  type GraphQLLeafType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
  type SelectionSetNode,
} from 'graphql';
import { rowReadOf, type BuilderConfig, type RowRead } from '../sync-reads.js';
import { PRISMA_FIELD_RESOLVE, type PrismaFieldResolve, type QueryShape, type RelationSelect, type RelationShape } from './root-query.js';

/** How a field's value is had: each kind but `resolver` without building a resolve info. */
export type FieldSource =
  | { kind: 'typename' }
  /** graphql-js's default resolver on a plain value: the parent's property. */
  | { kind: 'property' }
  /** A resolver no plugin wraps that declares only the parent. */
  | { kind: 'parent'; resolve: (parent: unknown) => unknown }
  /** Read off the row (sync-reads.ts), else the resolver. */
  | { kind: 'row'; read: RowRead }
  /** A page of a Prisma relation, made from the rows the parent was loaded with, else the resolver. */
  | {
      kind: 'connection';
      relation: string;
      select: RelationSelect;
      rule: FieldRule | undefined;
      mappedAs: string[];
      cursors: { edges: boolean; page: boolean };
      /** The one column its cursors are made of, learnt from its selection function at its first page; null: none (several). */
      cursorColumn?: string | null;
      /** See mappingKeysOf. */
      mappingKeys?: string[];
    }
  /**
   * A Prisma relation (t.relation) the parent was loaded with, else the resolver. A null goes to
   * t.relation's own resolver, called without a resolve info, which gives it to its `onNull`.
   */
  | {
      kind: 'relation';
      relation: string;
      rule: FieldRule | undefined;
      mappedAs: string[];
      resolve: (parent: unknown, args: object, context: unknown, info: undefined) => unknown;
      /** See mappingKeysOf. */
      mappingKeys?: string[];
    }
  /**
   * A prismaField of the query type whose Prisma query the plan builds (root-query.ts) and gives to
   * the field's own resolver, else the resolver: plugin-prisma's walks the selection for it on every
   * request. `mappings` are the loader mappings plugin-prisma's plan would record (mappingKeysOf).
   */
  | { kind: 'prismaQuery'; resolve: PrismaFieldResolve; shape: QueryShape; mappings: Mappings }
  | { kind: 'resolver' };

/** plugin-prisma's loader mappings, `Type@relative.path` to what was loaded below (@pothos/selection-mapper). */
export type Mappings = Record<string, { nested: Mappings }>;

/** A field's own rule (scope-auth's `authScopes`): a scope map, or a function of the parent, the arguments and the context giving one. */
export type FieldRule = object | ((parent: unknown, args: object, context: unknown) => unknown);

export type Completion =
  | { kind: 'nonNull'; of: Completion }
  | { kind: 'list'; of: Completion }
  | { kind: 'leaf'; type: GraphQLLeafType }
  | { kind: 'object'; plan: ObjectPlan }
  /** An interface or union: the plan of each type it may be, picked by its resolveType. */
  | { kind: 'abstract'; type: GraphQLAbstractType; plans: Map<string, ObjectPlan> };

export interface FieldPlan {
  key: string;
  source: FieldSource;
  field: GraphQLField<unknown, unknown>;
  nodes: FieldNode[];
  completion: Completion;
  /** No object below it: completing it needs neither a path nor a resolve info. */
  leafOnly: boolean;
  /** A String or ID: graphql-js serializes a string to itself, so a string read is the answer as it is. */
  stringLeaf: boolean;
}

/** A type's read rule (scope-auth's `authScopes`): a scope map, or a function of the object giving one. */
export type TypeRule = unknown;

export interface ObjectPlan {
  type: GraphQLObjectType;
  fields: FieldPlan[];
  /** The result's keys in the selection's order, each null. */
  template: Record<string, null>;
  /**
   * The type's read rule when scope-auth's check is all its isTypeOf does: the plan evaluates it
   * without the check's per-object caches and failure records. Null: isTypeOf is called.
   */
  rule: TypeRule | null;
}

export interface OperationPlan {
  operation: OperationDefinitionNode;
  fragments: Record<string, FragmentDefinitionNode>;
  root: ObjectPlan;
  /** The scope loaders of a request (the builder's scopeAuth.authScopes). */
  scopesOf: (context: unknown) => unknown;
}

/** Thrown while planning a document the compiled path does not cover; the planner returns null. */
class NotCovered extends Error {}

/**
 * The variables that decide a document's @skip and @include, whose values a plan is made for; null
 * when it has another directive, which the plan does not know.
 */
export function conditionVariables(document: DocumentNode): string[] | null {
  const variables = new Set<string>();
  let known = true;
  visit(document, {
    Directive(directive: DirectiveNode) {
      if (directive.name.value !== GraphQLSkipDirective.name && directive.name.value !== GraphQLIncludeDirective.name) known = false;
      for (const argument of directive.arguments ?? []) {
        if (argument.value.kind === Kind.VARIABLE) variables.add(argument.value.name.value);
      }
    },
  });
  return known ? [...variables].sort() : null;
}

/** The names a selection asks of an object, if it is one. */
function selectedNames(completion: Completion): Set<string> | null {
  if (completion.kind === 'nonNull' || completion.kind === 'list') return selectedNames(completion.of);
  return completion.kind === 'object' ? new Set(completion.plan.fields.map(({ field }) => field.name)) : null;
}

/**
 * Whether no resolver runs anywhere below: plugin-prisma's resolvers of a relation's rows find what
 * was loaded for them through mappings that its own connection resolver records, so a connection
 * the plan makes itself must have nothing beneath it that asks.
 */
function answeredWithoutResolvers(completion: Completion): boolean {
  if (completion.kind === 'nonNull' || completion.kind === 'list') return answeredWithoutResolvers(completion.of);
  if (completion.kind === 'leaf') return true;
  if (completion.kind === 'abstract') return false;
  return completion.plan.fields.every(({ source, completion: below }) => source.kind !== 'resolver' && answeredWithoutResolvers(below));
}

function only(names: Set<string> | null, allowed: string[]): boolean {
  return !!names && [...names].every((name) => allowed.includes(name));
}

/** The relation a field of plugin-prisma reads from its parent's row, when the plan may read it too: no resolver of its own, a rule that reads no resolve info, and no resolver below. */
function loadedRelationOf(config: PothosOutputFieldConfig<SchemaTypes>, completion: Completion): { relation: { name: string; type: string; isList: boolean }; rule: FieldRule | undefined } | null {
  const extensions = config.extensions ?? {};
  const relation = extensions.pothosPrismaRelationField as { name?: string; type?: string; isList?: boolean } | undefined;
  const options = config.pothosOptions as { authScopes?: unknown; grantScopes?: unknown };
  const rule = options.authScopes;
  const plainRule = rule === undefined || (typeof rule === 'object' && rule !== null) || (typeof rule === 'function' && rule.length <= 3);
  if (config.kind !== 'PrismaObject' || !relation?.name || !relation.type || typeof extensions.pothosPrismaSelect !== 'function') return null;
  if (extensions.pothosPrismaFallback || options.grantScopes || !plainRule || !answeredWithoutResolvers(completion)) return null;
  return { relation: { name: relation.name, type: relation.type, isList: !!relation.isList }, rule: rule as FieldRule | undefined };
}

/** The named type a completion ends in. */
function namedTypeOf(completion: Completion): GraphQLObjectType | GraphQLAbstractType | null {
  if (completion.kind === 'nonNull' || completion.kind === 'list') return namedTypeOf(completion.of);
  return completion.kind === 'object' ? completion.plan.type : completion.kind === 'abstract' ? completion.type : null;
}

/**
 * A relation (t.relation) read from the row, or a relation connection paged from the loaded rows as
 * plugin-prisma pages them: no total count, a selection of edges (cursor, node) and pageInfo.
 */
function relationSourceOf(parentType: GraphQLObjectType, field: GraphQLField<unknown, unknown>, config: PothosOutputFieldConfig<SchemaTypes>, completion: Completion): FieldSource | null {
  const loaded = loadedRelationOf(config, completion);
  if (!loaded) return null;
  const { relation, rule } = loaded;
  // The types plugin-prisma looks the row's loader mapping up under: the parent's own, then its Prisma interfaces'.
  const mappedAs = [parentType.name, ...parentType.getInterfaces().filter((iface) => iface.extensions?.pothosPrismaModel).map((iface) => iface.name)];
  const resolve = field.extensions?.pothosOriginalResolve;
  if (namedTypeOf(completion)?.extensions?.pothosPrismaModel === relation.type) {
    return typeof resolve === 'function' ? { kind: 'relation', relation: relation.name, rule, mappedAs, resolve: resolve as Extract<FieldSource, { kind: 'relation' }>['resolve'] } : null;
  }
  const connection = completion.kind === 'nonNull' ? completion.of : completion;
  if (!relation.isList || connection.kind !== 'object' || !only(selectedNames(connection), ['edges', 'pageInfo', '__typename'])) return null;
  const edges = connection.plan.fields.find(({ field }) => field.name === 'edges');
  const edgeFields = edges ? selectedNames(edges.completion) : null;
  if (edges && !only(edgeFields, ['cursor', 'node', '__typename'])) return null;
  // Cursors are made only where the selection reads them.
  const cursors = { edges: !!edgeFields?.has('cursor'), page: connection.plan.fields.some(({ field }) => field.name === 'pageInfo') };
  return { kind: 'connection', relation: relation.name, select: config.extensions!.pothosPrismaSelect as RelationSelect, rule, mappedAs, cursors };
}

/** The field's configuration as the schema was built with it, plugins' additions included. */
function configOf(field: GraphQLField<unknown, unknown>): PothosOutputFieldConfig<SchemaTypes> | undefined {
  return field.extensions?.pothosConfig as PothosOutputFieldConfig<SchemaTypes> | undefined;
}

/** Whether the field's selection for its parent's query reads this relation: true, false, or null when it cannot be told (a selection function). */
function readsRelation(field: GraphQLField<unknown, unknown>, relation: string): boolean | null {
  const extensions = field.extensions ?? {};
  const select = extensions.pothosPrismaSelect;
  const own = (extensions.pothosPrismaRelationField as { name?: string } | undefined)?.name;
  if (own) return own === relation;
  if (typeof select === 'function') return null;
  return typeof select === 'object' && select !== null && relation in select;
}

/**
 * A relation is read, or a connection paged, from its parent's row only when nothing else in the
 * object reads the same relation: plugin-prisma loads one selection of a relation onto the row (`latestRelease` takes one
 * release, `releases` a page of them; two aliases of a connection with different pages) and answers
 * the others with queries of their own, which its connection resolver knows and the plan does not.
 */
function withoutSharedRelations(type: GraphQLObjectType, fields: FieldPlan[]): FieldPlan[] {
  const typeSelection = type.extensions ?? {};
  return fields.map((plan) => {
    if (plan.source.kind !== 'connection' && plan.source.kind !== 'relation') return plan;
    const { relation } = plan.source;
    const onType = [typeSelection.pothosPrismaSelect, typeSelection.pothosPrismaInclude].some((selection) => typeof selection === 'object' && selection !== null && relation in selection);
    const readers = fields.filter(({ field }) => readsRelation(field, relation) !== false);
    return onType || readers.length > 1 ? { ...plan, source: { kind: 'resolver' } } : plan;
  });
}

/** The one object plan a completion ends in, through lists and non-nulls. */
function objectPlanOf(completion: Completion): ObjectPlan | null {
  if (completion.kind === 'nonNull' || completion.kind === 'list') return objectPlanOf(completion.of);
  return completion.kind === 'object' ? completion.plan : null;
}

/** The plan of the one field named `name` of an object plan, if it has exactly one. */
function onlyField(plan: ObjectPlan | null, name: string): FieldPlan | null {
  const fields = plan?.fields.filter(({ field }) => field.name === name) ?? [];
  return fields.length === 1 ? fields[0]! : null;
}

/** The plan of a connection's nodes, read at edges.node. */
function nodePlanOf(connection: Completion): ObjectPlan | null {
  const edges = onlyField(objectPlanOf(connection), 'edges');
  const node = edges && onlyField(objectPlanOf(edges.completion), 'node');
  return node && objectPlanOf(node.completion);
}

const hasArgMappers = (field: GraphQLField<unknown, unknown>) => ((field.extensions?.pothosArgMappers as unknown[] | undefined)?.length ?? 0) > 0;

/**
 * What the objects of `plan` ask of their Prisma query (root-query.ts), where plugin-prisma's plan
 * would merge nothing twice: a type-level selection of columns (or every column), fixed selections of
 * columns, and the selection functions of the connections and relations the plan reads from rows,
 * each relation once (withoutSharedRelations). Null for anything else: plugin-prisma builds it.
 */
function queryShapeOf(plan: ObjectPlan): QueryShape | null {
  const extensions = plan.type.extensions ?? {};
  const model = extensions.pothosPrismaFieldMap as QueryShape['model'] | undefined;
  const typeSelection = extensions.pothosPrismaTypeSelection as { select?: object; include?: object } | undefined;
  if (!model || !typeSelection || Object.keys(typeSelection.include ?? {}).length > 0) return null;
  const columns: string[] | null = typeSelection.select ? [] : null;
  const addColumns = (selection: object) =>
    Object.entries(selection).every(([key, value]) => {
      if (!value) return true;
      if (value !== true || key === '_count' || model.relations.has(key)) return false;
      columns?.push(key);
      return true;
    });
  if (typeSelection.select && !addColumns(typeSelection.select)) return null;
  const relations: RelationShape[] = [];
  for (const field of plan.fields) {
    const select = field.field.extensions?.pothosPrismaSelect;
    if (!select || field.source.kind === 'typename') continue;
    if (typeof select === 'object') {
      if (!addColumns(select)) return null;
      continue;
    }
    const { kind } = field.source;
    if (typeof select !== 'function' || (kind !== 'connection' && kind !== 'relation') || hasArgMappers(field.field)) return null;
    const objects = kind === 'connection' ? nodePlanOf(field.completion) : objectPlanOf(field.completion);
    const below = objects && queryShapeOf(objects);
    const names = selectedNames(field.completion);
    if (!below || !names) return null;
    relations.push({ field, select: select as RelationSelect, connection: kind === 'connection', below, names });
  }
  return { columns, relations, model };
}

/** A prismaField of the query type whose query the plan can build: its own resolver, which nothing wraps, over objects queryShapeOf covers. */
function prismaQuerySourceOf(builder: BuilderConfig, field: GraphQLField<unknown, unknown>, completion: Completion): FieldSource | null {
  const resolve = field.extensions?.[PRISMA_FIELD_RESOLVE];
  if (typeof resolve !== 'function' || field.resolve !== field.extensions?.pothosOriginalResolve || hasArgMappers(field) || builder.options.prisma?.onUnusedQuery) return null;
  const objects = objectPlanOf(completion);
  const shape = objects && queryShapeOf(objects);
  return shape && { kind: 'prismaQuery', resolve: resolve as PrismaFieldResolve, shape, mappings: {} };
}

function sourceOf(builder: BuilderConfig, parentType: GraphQLObjectType, field: GraphQLField<unknown, unknown>, completion: Completion, onQueryType: boolean): FieldSource {
  if (!field.resolve || field.resolve === defaultFieldResolver) return { kind: 'property' };
  const query = onQueryType ? prismaQuerySourceOf(builder, field, completion) : null;
  if (query) return query;
  const original = field.extensions?.pothosOriginalResolve as ((parent: unknown) => unknown) | undefined;
  // An arrow function has no `arguments` (nor a prototype): one that declares only the parent reads nothing else.
  if (field.resolve === original && original.length <= 1 && !Object.hasOwn(original, 'prototype')) return { kind: 'parent', resolve: original };
  const config = configOf(field);
  if (!config) return { kind: 'resolver' };
  const options = config.pothosOptions as { authScopes?: unknown; grantScopes?: unknown };
  const read = !options.authScopes && !options.grantScopes ? rowReadOf(builder, config) : null;
  return read ? { kind: 'row', read } : (relationSourceOf(parentType, field, config, completion) ?? { kind: 'resolver' });
}

/** See ObjectPlan.rule: only for a type whose isTypeOf is scope-auth's check of its own rule and nothing else. */
function ruleOf(builder: BuilderConfig, type: GraphQLObjectType): TypeRule | null {
  if (!type.isTypeOf) return null;
  const config = builder.configStore.getTypeConfig(type.name);
  const options = config.pothosOptions as { authScopes?: unknown; grantScopes?: unknown; isTypeOf?: unknown };
  const interfaceRules = type.getInterfaces().some((iface) => (builder.configStore.getTypeConfig(iface.name).pothosOptions as { authScopes?: unknown }).authScopes);
  return options.authScopes && !options.grantScopes && !options.isTypeOf && !interfaceRules ? options.authScopes : null;
}

function isStringLeaf(completion: Completion): boolean {
  const leaf = completion.kind === 'nonNull' ? completion.of : completion;
  return leaf.kind === 'leaf' && (leaf.type === GraphQLString || leaf.type === GraphQLID);
}

function reachesObject(completion: Completion): boolean {
  if (completion.kind === 'nonNull' || completion.kind === 'list') return reachesObject(completion.of);
  return completion.kind !== 'leaf';
}

/**
 * The keys under which the loader mapping of each relation or connection the plan reads from rows is
 * found in the mappings of the nearest such field above it (plugin-prisma's `Type@relative.path`, list
 * indices left out): below a field the plan read from its row, no resolver runs (answeredWithoutResolvers),
 * so nothing records a mapping nearer than the one that field's own mapping holds, and the plan looks
 * it up there instead of building the response path of every row. A field with no such field above it
 * (or a resolver between) has no keys and is looked up as plugin-prisma's resolvers look it up.
 *
 * Below a query the plan builds (`prismaQuery`), `into` gathers the mappings plugin-prisma's plan of
 * that query would record: one for each field of a walked object with a selection, holding those
 * below it. A connection's plan walks its nodes, the objects at `via` (edges, node) beneath it.
 */
function mappingKeysOf(plan: ObjectPlan, keys: string[] | null, into: Mappings | null, via: string[] = []) {
  for (const { key, source, field, completion } of plan.fields) {
    const path = keys && [...keys, key];
    let below: string[] | null = path;
    let belowInto: Mappings | null = null;
    let belowVia: string[] = [];
    if (via.length > 0) {
      if (field.name === via[0]) [belowInto, belowVia] = [into, via.slice(1)];
    } else if (source.kind === 'connection' || source.kind === 'relation') {
      if (path) source.mappingKeys = source.mappedAs.map((type) => `${type}@${path.join('.')}`);
      if (path && into) belowInto = (into[`${plan.type.name}@${path.join('.')}`] = { nested: {} }).nested;
      if (source.kind === 'connection') belowVia = ['edges', 'node'];
      below = [];
    } else if (source.kind === 'prismaQuery') {
      below = [];
      belowInto = source.mappings;
    } else if (source.kind === 'resolver') {
      below = null;
    } else if (path && into && typeof field.extensions?.pothosPrismaSelect === 'object' && field.extensions.pothosPrismaSelect) {
      into[`${plan.type.name}@${path.join('.')}`] = { nested: {} };
    }
    for (const object of objectPlansOf(completion)) mappingKeysOf(object, below, belowInto, belowVia);
  }
}

function objectPlansOf(completion: Completion): ObjectPlan[] {
  if (completion.kind === 'nonNull' || completion.kind === 'list') return objectPlansOf(completion.of);
  return completion.kind === 'object' ? [completion.plan] : completion.kind === 'abstract' ? [...completion.plans.values()] : [];
}

/**
 * Plans a query operation, or returns null for one the compiled path leaves to the executor. A plan
 * holds for the values of its @skip and @include conditions given here (conditionVariables).
 */
export function planOperation(
  schema: GraphQLSchema,
  builder: BuilderConfig,
  document: DocumentNode,
  operationName?: string | null,
  variables: Record<string, unknown> = {},
): OperationPlan | null {
  const operation = getOperationAST(document, operationName);
  const queryType = schema.getQueryType();
  if (!operation || operation.operation !== 'query' || !queryType || !conditionVariables(document)) return null;
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }

  /** graphql-js's shouldIncludeNode; a condition it cannot read leaves the document to the executor. */
  const included = (node: SelectionNode) => {
    try {
      return getDirectiveValues(GraphQLSkipDirective, node, variables)?.if !== true && getDirectiveValues(GraphQLIncludeDirective, node, variables)?.if !== false;
    } catch {
      throw new NotCovered('a condition without its value');
    }
  };

  /** graphql-js's collectFields for a concrete type: response keys in order. */
  function collect(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): Map<string, FieldNode[]> {
    const fields = new Map<string, FieldNode[]>();
    const visited = new Set<string>();
    const applies = (typeCondition: string | undefined) => {
      if (!typeCondition || typeCondition === type.name) return true;
      const conditional = schema.getType(typeCondition);
      return !!conditional && isAbstractType(conditional) && schema.isSubType(conditional, type);
    };
    const walk = (selectionSet: SelectionSetNode) => {
      for (const selection of selectionSet.selections) {
        if (!included(selection)) continue;
        if (selection.kind === Kind.FIELD) {
          const key = selection.alias?.value ?? selection.name.value;
          fields.set(key, [...(fields.get(key) ?? []), selection]);
        } else if (selection.kind === Kind.INLINE_FRAGMENT) {
          if (applies(selection.typeCondition?.name.value)) walk(selection.selectionSet);
        } else if (!visited.has(selection.name.value)) {
          visited.add(selection.name.value);
          const fragment = fragments[selection.name.value];
          if (fragment && applies(fragment.typeCondition.name.value)) walk(fragment.selectionSet);
        }
      }
    };
    for (const selectionSet of selectionSets) walk(selectionSet);
    return fields;
  }

  function completionOf(type: GraphQLOutputType, nodes: FieldNode[]): Completion {
    if (isNonNullType(type)) return { kind: 'nonNull', of: completionOf(type.ofType, nodes) };
    if (isListType(type)) return { kind: 'list', of: completionOf(type.ofType, nodes) };
    if (isLeafType(type)) return { kind: 'leaf', type };
    const selectionSets = nodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
    if (isObjectType(type)) return { kind: 'object', plan: planObject(type, selectionSets) };
    return { kind: 'abstract', type, plans: new Map(schema.getPossibleTypes(type).map((possible) => [possible.name, planObject(possible, selectionSets)])) };
  }

  function planObject(type: GraphQLObjectType, selectionSets: readonly SelectionSetNode[]): ObjectPlan {
    const fields: FieldPlan[] = [];
    for (const [key, nodes] of collect(type, selectionSets)) {
      // graphql-js's results have no prototype; a plain object's would take this key for its prototype.
      if (key === '__proto__') throw new NotCovered('a response key __proto__');
      const name = nodes[0]!.name.value;
      const field = name === '__typename' ? (TypeNameMetaFieldDef as GraphQLField<unknown, unknown>) : type.getFields()[name];
      if (!field) throw new NotCovered(`${type.name}.${name} is introspection`);
      const completion = completionOf(field.type, nodes);
      const source: FieldSource = field === TypeNameMetaFieldDef ? { kind: 'typename' } : sourceOf(builder, type, field, completion, type === queryType);
      fields.push({ key, source, field, nodes, completion, leafOnly: !reachesObject(completion), stringLeaf: isStringLeaf(completion) });
    }
    const template = Object.fromEntries(fields.map(({ key }) => [key, null]));
    return { type, fields: withoutSharedRelations(type, fields), template, rule: ruleOf(builder, type) };
  }

  const scopeAuth = builder.options.scopeAuth;
  if (!scopeAuth) return null;
  try {
    const root = planObject(queryType, [operation.selectionSet]);
    mappingKeysOf(root, null, null);
    return { operation, fragments, root, scopesOf: (context) => scopeAuth.authScopes(context as never) };
  } catch (error) {
    if (error instanceof NotCovered) return null;
    throw error;
  }
}
