import { AuthenticationError, type Principal } from '../auth/principal.js';
import type { Services } from '../context.js';
import { withinBodyLimit } from './hardening.js';
import type { Budget } from './rate-limit.js';

/** Why a request was turned away before it reached an API; each API answers these in its own dialect. */
export type Refusal =
  | { kind: 'too-large'; maximum: number }
  | { kind: 'auth-failures'; budget: Budget }
  | { kind: 'unauthenticated'; error: AuthenticationError; budget: Budget }
  | { kind: 'over-budget'; budget: Budget };

type Admission = { request: Request; principal: Principal; budget: Budget } | { refusal: Refusal };

type CredentialHeaders = { get(name: string): string | null };

/**
 * The guards every API request passes, GraphQL or REST: the body size; a client address with too
 * many failed authentications is refused before any database read; the credential is verified and
 * charged one request of its budget, and the request is metered.
 */
export async function admit(
  services: Services,
  received: Request,
  address: string,
  maxBodyBytes: number,
  credentialHeaders: CredentialHeaders = received.headers,
): Promise<Admission> {
  const request = await withinBodyLimit(received, maxBodyBytes);
  if (!request) return { refusal: { kind: 'too-large', maximum: maxBodyBytes } };
  const failures = await services.limits.authFailureBudget(address);
  if (failures.exceeded) return { refusal: { kind: 'auth-failures', budget: failures } };
  let principal: Principal;
  try {
    principal = await services.credentials.authenticate(credentialHeaders);
  } catch (error) {
    if (!(error instanceof AuthenticationError)) throw error;
    return { refusal: { kind: 'unauthenticated', error, budget: await services.limits.recordAuthFailure(address) } };
  }
  const budget = await services.limits.consumeRequest(principal);
  services.usage.record(principal, { requests: 1, throttled: budget.exceeded ? 1 : 0 });
  if (budget.exceeded) return { refusal: { kind: 'over-budget', budget } };
  return { request, principal, budget };
}
