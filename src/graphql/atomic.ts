import { getOperationAST, type DocumentNode, type ExecutionResult } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { Access } from '../access/access.js';
import type { Principal } from '../access/principal.js';
import type { Context, Services } from '../context.js';
import type { PrismaClient } from '../generated/prisma/client.js';

/** What a caller of the gateway sets to have a mutation run as one transaction, result included. */
export interface AtomicRequest {
  principal: Principal;
  /** The REST dialects set it: their clients replay every 5xx, so one must never follow a committed change. */
  atomic?: boolean;
}

// Longer than a service's own transaction (Prisma's default 5 s): it also resolves the payload.
const TRANSACTION_TIMEOUT_MS = 15_000;

/** Thrown inside the transaction to roll it back while the result it carries is still answered. */
class RolledBack extends Error {
  constructor(readonly result: ExecutionResult) {
    super('rolled back: the result is a server error');
  }
}

// The codes of errors raised while executing that the dialects answer with a 4xx (runner.ts, failureOf).
const CLIENT_ERROR_CODES = new Set(['NOT_FOUND', 'FORBIDDEN', 'BAD_USER_INPUT', 'RATE_LIMITED']);

/**
 * Whether the result will be answered with a 5xx: an error without one of those codes (an internal
 * error, the database unavailable, both masked later) is. Errors with one (FORBIDDEN on a field the
 * caller may not read …) are 4xx answers about a change that did happen.
 */
function answersServerError(result: ExecutionResult): boolean {
  return (result.errors ?? []).some((error) => !CLIENT_ERROR_CODES.has(String(error.extensions?.code)));
}

/**
 * Runs a mutation of an atomic request, its payload's fields included, in one transaction: the
 * services' own transactions become savepoints in it, every read of the payload (loaders, relations,
 * the grants of access checks) goes through it, and its commit is the request's last statement. So
 * the database failing before the commit leaves nothing changed, and nothing after it can fail
 * (Keboola's clients replay every 5xx, compat/keboola.md §1). A result that would be a 5xx rolls
 * the change back too. Credentials the mutation changed are invalidated again after the commit, so
 * that no instance caches what it read from the database before the commit.
 */
export function useAtomicMutations(services: Services): Plugin<Context & AtomicRequest> {
  return {
    onExecute({ args, executeFn, setExecuteFn }) {
      if (!args.contextValue.atomic || getOperationAST(args.document as DocumentNode, args.operationName)?.operation !== 'mutation') return;
      setExecuteFn(async (executionArgs) => {
        const context = executionArgs.contextValue as Context & AtomicRequest;
        const changes = services.credentials.deferred();
        try {
          const result = await services.prisma.$transaction(
            async (transaction) => {
              // The transaction client lacks only $connect, $on and the like, which no request calls.
              const prisma = transaction as PrismaClient;
              const contextValue = { ...context, prisma, access: new Access(context.access.principal, prisma), credentials: changes.credentials };
              const executed = (await executeFn({ ...executionArgs, contextValue })) as ExecutionResult;
              if (answersServerError(executed)) throw new RolledBack(executed);
              return executed;
            },
            { timeout: TRANSACTION_TIMEOUT_MS },
          );
          await changes.committed();
          return result;
        } catch (error) {
          if (error instanceof RolledBack) return error.result;
          throw error;
        }
      });
    },
  };
}
