import { Client, CombinedError, fetchExchange, mapExchange } from '@urql/core';

/** What a person needs to know about a failed request, in the console's words. */
export type Failure =
  | { kind: 'signed-out' }
  | { kind: 'forbidden'; requires: string | null; message: string }
  | { kind: 'rate-limited'; retryAfterSeconds: number | null; message: string }
  | { kind: 'unavailable'; message: string }
  | { kind: 'other'; message: string };

export function describeFailure(error: CombinedError): Failure {
  const status = (error.response as Response | undefined)?.status;
  const first = error.graphQLErrors[0];
  const code = first?.extensions?.code;
  if (status === 401 || code === 'UNAUTHENTICATED') return { kind: 'signed-out' };
  if (code === 'FORBIDDEN') return { kind: 'forbidden', requires: (first?.extensions?.requires as string | undefined) ?? null, message: first!.message };
  if (status === 429 || code === 'RATE_LIMITED') {
    const retryAfter = first?.extensions?.retryAfter;
    return { kind: 'rate-limited', retryAfterSeconds: typeof retryAfter === 'number' ? retryAfter : null, message: first?.message ?? 'too many requests' };
  }
  if (status === 503 || code === 'SERVICE_UNAVAILABLE') return { kind: 'unavailable', message: first?.message ?? 'Steward is unavailable; retry shortly' };
  if (error.networkError) return { kind: 'other', message: `Steward could not be reached: ${error.networkError.message}` };
  return { kind: 'other', message: first?.message ?? error.message };
}

/**
 * A client for /graphql with the session cookie and its CSRF token. No cache: every screen shows what
 * Steward holds now, and after a change it reads again.
 */
export function createClient(csrfToken: string, onSignedOut: () => void): Client {
  return new Client({
    url: '/graphql',
    preferGetMethod: false,
    requestPolicy: 'network-only',
    fetchOptions: () => ({ credentials: 'same-origin', headers: { 'x-steward-csrf': csrfToken } }),
    exchanges: [
      mapExchange({
        onError(error) {
          if (describeFailure(error).kind === 'signed-out') onSignedOut();
        },
      }),
      fetchExchange,
    ],
  });
}
