import type { Principal } from '../access/principal.js';
import type { CredentialSource, CredentialVerifier } from '../access/verifier.js';
import { isDatabaseUnavailable } from '../db/errors.js';
import { AuthenticationError } from '../errors.js';
import type { UsageMeter } from '../metering/usage-meter.js';
import { withinBodyLimit } from './hardening.js';
import type { Budget, RateLimits } from './rate-limit.js';

/** Why a request was turned away before it reached an API; each API answers these in its own dialect. */
export type Refusal =
  | { kind: 'too-large'; maximum: number }
  | { kind: 'auth-failures'; budget: Budget }
  | { kind: 'unauthenticated'; error: AuthenticationError; budget: Budget }
  | { kind: 'over-budget'; budget: Budget }
  /** The database could not answer while the credential was read. */
  | { kind: 'database-unavailable' };

type Admission = { request: Request; principal: Principal; budget: Budget } | { refusal: Refusal };

/** What admission needs of the server's services. */
export interface AdmissionServices {
  credentials: CredentialVerifier;
  limits: RateLimits;
  usage: UsageMeter;
}

/** What the guards that run inside GraphQL execution (cost, field limits) need of its context. */
export interface GuardedContext {
  access: { principal: Principal };
  limits: RateLimits;
  usage: UsageMeter;
}

/**
 * The guards every API request passes, GraphQL or REST: the body size; a client address with too
 * many failed authentications is refused before any database read, except for credentials this
 * instance verified lately (one broken script behind a shared address locks out no one else who is
 * already working); the credential is verified and charged one request of its budget, and the
 * request is metered.
 */
export async function admit(
  services: AdmissionServices,
  received: Request,
  address: string,
  maxBodyBytes: number,
  source: CredentialSource = received.headers,
): Promise<Admission> {
  const request = await withinBodyLimit(received, maxBodyBytes);
  if (!request) return { refusal: { kind: 'too-large', maximum: maxBodyBytes } };
  let principal: Principal;
  const failures = await services.limits.authFailureBudget(address);
  if (failures.exceeded) {
    // Guesses are refused before any database read; a credential verified lately is no guess.
    const known = await services.credentials.authenticateFromCache(source);
    if (!known) return { refusal: { kind: 'auth-failures', budget: failures } };
    principal = known;
  } else {
    try {
      principal = await services.credentials.authenticate(source);
    } catch (error) {
      if (isDatabaseUnavailable(error)) return { refusal: { kind: 'database-unavailable' } };
      if (!(error instanceof AuthenticationError)) throw error;
      return { refusal: { kind: 'unauthenticated', error, budget: await services.limits.recordAuthFailure(address) } };
    }
  }
  const budget = await services.limits.consumeRequest(principal);
  services.usage.record(principal, { requests: 1, throttled: budget.exceeded ? 1 : 0 });
  if (budget.exceeded) return { refusal: { kind: 'over-budget', budget } };
  return { request, principal, budget };
}
