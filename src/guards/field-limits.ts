import { getOperationAST, Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { rateLimited } from '../errors.js';
import type { GuardedContext } from './admission.js';

/** A limit declared on a root field, in graphql-rate-limit's model: at most `max` calls per `windowSeconds` per principal. */
export interface FieldRateLimit {
  max: number;
  windowSeconds: number;
}

/** The `extensions` that declare a field's own limit. */
export function fieldRateLimit(max: number, windowSeconds: number): { rateLimit: FieldRateLimit } {
  return { rateLimit: { max, windowSeconds } };
}

function rootFieldNames(operation: OperationDefinitionNode): string[] {
  return operation.selectionSet.selections.flatMap((selection) => (selection.kind === Kind.FIELD ? [selection.name.value] : []));
}

/**
 * Charges each limited root field of an operation to the principal before execution. Past a limit
 * the operation does not run: HTTP 429, RATE_LIMITED, the field and when to retry.
 */
export function useFieldRateLimits(): Plugin<GuardedContext> {
  return {
    async onExecute({ args, setResultAndStopExecution }) {
      const document = args.document as DocumentNode;
      const operation = getOperationAST(document, args.operationName);
      if (!operation) return;
      const rootType = operation.operation === 'mutation' ? args.schema.getMutationType() : args.schema.getQueryType();
      const context = args.contextValue;
      for (const name of rootFieldNames(operation)) {
        const limit = rootType?.getFields()[name]?.extensions?.rateLimit as FieldRateLimit | undefined;
        if (!limit) continue;
        const budget = await context.limits.consumeField(name, context.access.principal.credentialId, limit);
        if (!budget.exceeded) continue;
        setResultAndStopExecution({
          errors: [
            rateLimited(`${name} may be called at most ${limit.max} times in ${limit.windowSeconds} seconds; retry in ${budget.resetSeconds} seconds`, budget.resetSeconds, {
              field: name,
            }),
          ],
        });
        return;
      }
    },
  };
}
