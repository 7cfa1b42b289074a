import {
  getNamedType,
  getOperationAST,
  isInterfaceType,
  isObjectType,
  Kind,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { queryTooComplex, rateLimited } from '../errors.js';
import type { GuardedContext } from './admission.js';
import type { Budget } from './rate-limit.js';

export interface DocumentLimits {
  maxDepth: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
  maxCost: number;
}

export const DEFAULT_DOCUMENT_LIMITS: DocumentLimits = { maxDepth: 10, maxAliases: 15, maxDirectives: 10, maxTokens: 2000, maxCost: 1000 };

const DEFAULT_PAGE = 20;
const MAX_PAGE = 100;
const MUTATION_COST = 10;
const CONNECTION_COST = 2;

type Fragments = Map<string, FragmentDefinitionNode>;

/** Depth, aliases of real fields and directives of one operation, through its fragments. */
function shape(selectionSet: SelectionSetNode, fragments: Fragments, seen: Set<string> = new Set()) {
  let depth = 0;
  let aliases = 0;
  let directives = 0;
  for (const selection of selectionSet.selections) {
    directives += selection.directives?.length ?? 0;
    let inner: SelectionSetNode | undefined;
    if (selection.kind === Kind.FIELD) {
      // Introspection (GraphiQL's schema query nests deeply) is neither deep nor costly for us.
      if (selection.name.value.startsWith('__')) continue;
      if (selection.alias) aliases++;
      inner = selection.selectionSet;
      if (!inner) {
        depth = Math.max(depth, 1);
        continue;
      }
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      inner = selection.selectionSet;
    } else {
      const fragment = fragments.get(selection.name.value);
      if (!fragment || seen.has(fragment.name.value)) continue;
      inner = fragment.selectionSet;
      seen = new Set([...seen, fragment.name.value]);
    }
    const nested = shape(inner, fragments, seen);
    depth = Math.max(depth, nested.depth + (selection.kind === Kind.FIELD ? 1 : 0));
    aliases += nested.aliases;
    directives += nested.directives;
  }
  return { depth, aliases, directives };
}

/** Each operation's shape, measured once: Yoga's parser cache hands every request of the same text the same document. */
const shapes = new WeakMap<OperationDefinitionNode, ReturnType<typeof shape>>();

/** The first limit an operation's shape exceeds (depth, aliases of real fields, directives), if any. */
function shapeViolation(document: DocumentNode, operation: OperationDefinitionNode, limits: DocumentLimits) {
  let measured = shapes.get(operation);
  if (!measured) shapes.set(operation, (measured = shape(operation.selectionSet, fragmentsOf(document))));
  const { depth, aliases, directives } = measured;
  const checks = [
    ['depth', depth, limits.maxDepth],
    ['aliases', aliases, limits.maxAliases],
    ['directives', directives, limits.maxDirectives],
  ] as const;
  for (const [what, value, maximum] of checks) {
    if (value > maximum) return queryTooComplex(`document too complex: ${what} ${value}, more than the ${maximum} allowed`, { [what]: value, maximum });
  }
  return null;
}

function fragmentsOf(document: DocumentNode): Fragments {
  const fragments: Fragments = new Map();
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  return fragments;
}

function pageSize(value: ValueNode | undefined, variables: Record<string, unknown>): number {
  const given = value?.kind === Kind.INT ? Number(value.value) : value?.kind === Kind.VARIABLE ? variables[value.name.value] : undefined;
  return typeof given === 'number' && given >= 0 ? Math.min(given, MAX_PAGE) : DEFAULT_PAGE;
}

/**
 * The static cost of an operation: each object 1, a connection 2 + first × the cost of one node,
 * a mutation field 10; scalars are free.
 */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown>,
): number {
  const fragments = fragmentsOf(document);
  const costOf = (selectionSet: SelectionSetNode, parent: GraphQLCompositeType, seen: Set<string>): number => {
    let total = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? (schema.getType(selection.typeCondition.name.value) as GraphQLCompositeType) : parent;
        total += costOf(selection.selectionSet, type ?? parent, seen);
        continue;
      }
      if (selection.kind === Kind.FRAGMENT_SPREAD) {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || seen.has(fragment.name.value)) continue;
        const type = schema.getType(fragment.typeCondition.name.value) as GraphQLCompositeType;
        total += costOf(fragment.selectionSet, type ?? parent, new Set([...seen, fragment.name.value]));
        continue;
      }
      if (selection.name.value.startsWith('__') || !selection.selectionSet) continue;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[selection.name.value] : undefined;
      const type = field && (getNamedType(field.type) as GraphQLCompositeType);
      if (!type || type.name === 'PageInfo') continue;
      const children = costOf(selection.selectionSet, type, seen);
      if (type.name.endsWith('Connection')) {
        const first = pageSize(selection.arguments?.find((argument) => argument.name.value === 'first')?.value, variables);
        total += CONNECTION_COST + first * children;
      } else if (type.name.endsWith('Edge')) {
        total += children;
      } else {
        total += (operation.operation === 'mutation' && parent === schema.getMutationType() ? MUTATION_COST : 1) + children;
      }
    }
    return total;
  };
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  return root ? costOf(operation.selectionSet, root, new Set()) : 0;
}

/** An operation's costs by the values of the variables its page sizes read, and those variables. */
interface Costs {
  pageVariables: string[];
  byPageSizes: Map<string, number>;
}

const costs = new WeakMap<OperationDefinitionNode, Costs>();
/** Costs kept per operation: variables of many values (a page size counted up) cannot grow the map past it. */
const MAX_COSTS = 64;

/** The variables a `first` argument of the document reads: the only ones the cost depends on. */
function pageVariables(document: DocumentNode): string[] {
  const names = new Set<string>();
  visit(document, {
    Argument(argument) {
      if (argument.name.value === 'first' && argument.value.kind === Kind.VARIABLE) names.add(argument.value.name.value);
    },
  });
  return [...names];
}

/** operationCost, computed once per operation and set of page sizes. */
function cachedCost(schema: GraphQLSchema, document: DocumentNode, operation: OperationDefinitionNode, variables: Record<string, unknown>): number {
  let known = costs.get(operation);
  if (!known) costs.set(operation, (known = { pageVariables: pageVariables(document), byPageSizes: new Map() }));
  const key = known.pageVariables.map((name) => JSON.stringify(variables[name]) ?? '').join(' ');
  let cost = known.byPageSizes.get(key);
  if (cost === undefined) {
    cost = operationCost(schema, document, operation, variables);
    if (known.byPageSizes.size < MAX_COSTS) known.byPageSizes.set(key, cost);
  }
  return cost;
}

function costBudgetExhausted(budget: Budget, requested: number) {
  const message = `cost budget exhausted: this document costs ${requested}, more than is left of ${budget.limit} in this window; retry in ${budget.resetSeconds} seconds`;
  return rateLimited(message, budget.resetSeconds);
}

/**
 * Yoga plugin: the token limit while parsing; shape and cost before execution (HTTP 400,
 * QUERY_TOO_COMPLEX and the figures); then the cost is charged to the principal's cost budget
 * (HTTP 429 when it is spent) and reported, with what is left, in the result's extensions.
 */
export function useDocumentLimits(limits: DocumentLimits): Plugin<GuardedContext> {
  return {
    onParse({ setParseFn, parseFn }) {
      setParseFn((source, options) => parseFn(source, { ...options, maxTokens: limits.maxTokens }));
    },
    async onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      const operation = getOperationAST(document, args.operationName);
      if (!operation) return;
      const violation = shapeViolation(document, operation, limits);
      if (violation) {
        setResultAndStopExecution({ errors: [violation] });
        return;
      }
      const requested = cachedCost(args.schema, document, operation, (args.variableValues ?? {}) as Record<string, unknown>);
      if (requested > limits.maxCost) {
        setResultAndStopExecution({
          errors: [queryTooComplex(`document too complex: cost ${requested}, more than the ${limits.maxCost} allowed`, { cost: requested, maximum: limits.maxCost })],
          extensions: { cost: { requested, maximum: limits.maxCost } },
        });
        return;
      }
      const { principal } = args.contextValue.access;
      const budget = await args.contextValue.limits.consumeCost(principal, requested);
      const cost = {
        requested,
        maximum: limits.maxCost,
        budget: { limit: budget.limit, remaining: budget.remaining, windowSeconds: budget.windowSeconds, resetSeconds: budget.resetSeconds },
      };
      if (budget.exceeded) {
        args.contextValue.usage.record(principal, { throttled: 1 });
        setResultAndStopExecution({ errors: [costBudgetExhausted(budget, requested)], extensions: { cost } });
        return;
      }
      args.contextValue.usage.record(principal, { cost: requested });
      return {
        onExecuteDone({ result, setResult }) {
          if ('data' in result || 'errors' in result) setResult({ ...result, extensions: { ...result.extensions, cost } });
        },
      };
    },
  };
}
