import type { BuilderConfig } from '../sync-reads.js';
import type { DocumentNode, ExecutionArgs, ExecutionResult, GraphQLSchema } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { executePlan } from './execute.js';
import { planOperation, type OperationPlan } from './plan.js';

/** How a query was answered: by its plan, by the executor (not covered), or by the executor after its plan bailed. */
export type ReadPath = 'compiled' | 'executed' | 'fell back';

/**
 * Answers query operations through a plan made once per document (plan.ts, execute.ts) instead of
 * graphql-js's executor, which builds a resolve info, a path and an argument map for every field of
 * every object. The plan calls the same resolvers and type checks wherever they can tell the
 * difference; what it reads without them are an object's exposed columns, node ids, plain
 * properties and resolvers that declare only the parent. A document it does not cover (a directive,
 * an abstract type, introspection), and any request whose plan meets an error, a refused rule or a
 * null the schema forbids, goes to the executor, which answers with the errors as before.
 */
export function useCompiledReads(schema: GraphQLSchema, builder: BuilderConfig, answered: (path: ReadPath, bail?: unknown) => void): Plugin {
  // Yoga's parser cache hands every request of the same text the same document.
  const plans = new WeakMap<DocumentNode, Map<string, OperationPlan | null>>();

  function planFor(document: DocumentNode, operationName: string | null | undefined): OperationPlan | null {
    let byOperation = plans.get(document);
    if (!byOperation) plans.set(document, (byOperation = new Map()));
    const name = operationName ?? '';
    if (!byOperation.has(name)) byOperation.set(name, planOperation(schema, builder, document, operationName));
    return byOperation.get(name)!;
  }

  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      const plan = planFor(args.document, args.operationName);
      if (!plan) {
        answered('executed');
        return;
      }
      setExecuteFn(async (executionArgs: ExecutionArgs) => {
        try {
          const result = await executePlan(plan, executionArgs);
          answered('compiled');
          return result;
        } catch (bail) {
          answered('fell back', bail);
          return executeFn(executionArgs) as Promise<ExecutionResult>;
        }
      });
    },
  };
}
