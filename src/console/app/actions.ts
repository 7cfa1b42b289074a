import type { CombinedError, TypedDocumentNode } from '@urql/core';
import { useMutation } from '@urql/preact';
import { useState } from 'preact/hooks';
import type { Problem } from './components.tsx';

type Payload = { userErrors: Problem[] } | null | undefined;

export interface Action<Variables, Result> {
  /** Runs the mutation; resolves to its payload when it changed something, or null. */
  run(variables: Variables): Promise<Result | null>;
  busy: boolean;
  problems: Problem[];
  error: CombinedError | undefined;
}

/**
 * A mutation following the project's conventions (one root field, a payload with userErrors): the
 * userErrors and a failed request are kept for the form to show, next to the fields they name.
 */
export function useAction<Data extends Record<string, unknown>, Variables extends Record<string, unknown>>(
  document: TypedDocumentNode<Data, Variables>,
): Action<Variables, NonNullable<Data[keyof Data]>> {
  const [state, execute] = useMutation(document);
  const [problems, setProblems] = useState<Problem[]>([]);
  const run = async (variables: Variables) => {
    const result = await execute(variables);
    const payload = result.data ? (Object.values(result.data)[0] as Data[keyof Data]) : undefined;
    const userErrors = (payload as Payload)?.userErrors ?? [];
    setProblems(userErrors);
    return result.error || !payload || userErrors.length > 0 ? null : payload;
  };
  return { run, busy: state.fetching, problems, error: state.error };
}
