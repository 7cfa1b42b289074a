import { getOperationAST, getVariableValues, type DocumentNode, type ExecutionArgs, type ExecutionResult, type GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import type { BuilderConfig } from '../sync-reads.js';
import { executePlan, QueryMismatch } from './execute.js';
import { conditionVariables, planOperation, type OperationPlan } from './plan.js';

/** How a query was answered: by its plan, by the executor (not covered), or by the executor after its plan bailed. */
export type ReadPath = 'compiled' | 'executed' | 'fell back';

/** An operation's plans, one for each set of values its @skip and @include conditions take. */
interface Plans {
  conditions: string[];
  byCondition: Map<string, OperationPlan | null>;
}

/**
 * Answers query operations through a plan made once per document (plan.ts, execute.ts) instead of
 * the executor, which builds a resolve info, a path and an argument map for every field of every
 * object. The plan calls the same resolvers and type checks wherever they can tell the difference;
 * what it reads without them are an object's exposed columns, node ids, plain properties, resolvers
 * that declare only the parent, and the relations and connections plugin-prisma's plan loaded; for
 * a root prismaField, it builds the Prisma query that plugin-prisma would walk the selection for
 * (root-query.ts). A document it does not cover (a directive other than @skip and @include,
 * introspection), and any request whose plan meets an error, a refused rule or a null the schema
 * forbids, goes to the executor, which answers with the errors as before. With `verifyQueries`
 * (tests), each query the plan builds is compared with plugin-prisma's, and a difference is an error.
 */
export function useCompiledReads(schema: GraphQLSchema, builder: BuilderConfig, answered: (path: ReadPath, bail?: unknown) => void, verifyQueries = false): Plugin {
  // Yoga's parser cache hands every request of the same text the same document.
  const plans = new WeakMap<DocumentNode, Map<string, Plans | null>>();

  function plansOf(document: DocumentNode, operationName: string): Plans | null {
    let byOperation = plans.get(document);
    if (!byOperation) plans.set(document, (byOperation = new Map()));
    if (!byOperation.has(operationName)) {
      const conditions = getOperationAST(document, operationName || undefined)?.operation === 'query' ? conditionVariables(document) : null;
      byOperation.set(operationName, conditions && { conditions, byCondition: new Map() });
    }
    return byOperation.get(operationName)!;
  }

  function planFor(args: ExecutionArgs): OperationPlan | null {
    const operationName = args.operationName ?? '';
    const found = plansOf(args.document, operationName);
    if (!found) return null;
    let variables: Record<string, unknown> = {};
    if (found.conditions.length > 0) {
      const operation = getOperationAST(args.document, args.operationName);
      const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], args.variableValues ?? {});
      // Variables the executor refuses are its to report.
      if (coerced.errors) return null;
      variables = coerced.coerced;
    }
    const key = found.conditions.map((name) => String(variables[name])).join(' ');
    if (!found.byCondition.has(key)) found.byCondition.set(key, planOperation(schema, builder, args.document, args.operationName, variables));
    return found.byCondition.get(key)!;
  }

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const plan = planFor(args);
      if (!plan) {
        answered('executed');
        return;
      }
      setExecuteFn(async (executionArgs: ExecutionArgs) => {
        try {
          const result = await executePlan(plan, executionArgs, verifyQueries);
          answered('compiled');
          return result;
        } catch (bail) {
          if (bail instanceof QueryMismatch) throw bail;
          answered('fell back', bail);
          return executeFn(executionArgs) as Promise<ExecutionResult>;
        }
      });
    },
  };
}
