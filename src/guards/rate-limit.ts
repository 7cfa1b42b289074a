import type { Principal } from '../access/principal.js';
import type { SharedRedis } from '../db/redis.js';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

export interface RateLimitOptions {
  /** Requests per window for each principal, unless its organization has its own figure. */
  requests: number;
  /** Cost points (see guards/document-limits.ts) per window for each principal, unless its organization has its own figure. */
  cost: number;
  windowSeconds: number;
  /** Failed authentications per window for each client address. */
  authFailures: number;
  authFailureWindowSeconds: number;
}

/** Where a caller stands after a request was counted. */
export interface Budget {
  policy: string;
  limit: number;
  windowSeconds: number;
  remaining: number;
  resetSeconds: number;
  exceeded: boolean;
}

function budgetOf(policy: string, limit: number, windowSeconds: number, result: RateLimiterRes, exceeded: boolean): Budget {
  return {
    policy,
    limit,
    windowSeconds,
    remaining: Math.max(0, result.remainingPoints),
    resetSeconds: Math.max(1, Math.ceil(result.msBeforeNext / 1000)),
    exceeded,
  };
}

/** The request and cost budgets a principal has: its organization's own, or the server's defaults. */
function budgetsOf(principal: Principal, defaults: { requests: number; cost: number }): { requests: number; cost: number } {
  const own = 'budgets' in principal ? principal.budgets : null;
  return { requests: own?.requests ?? defaults.requests, cost: own?.cost ?? defaults.cost };
}

/** rate-limiter-flexible's answer for a consume, whether it was allowed or refused. */
async function consume(limiter: RateLimiterAbstract, key: string, points = 1): Promise<{ result: RateLimiterRes; exceeded: boolean }> {
  try {
    return { result: await limiter.consume(key, points), exceeded: false };
  } catch (refusal) {
    if (refusal instanceof RateLimiterRes) return { result: refusal, exceeded: true };
    throw refusal;
  }
}

/**
 * The counters behind every request limit: in memory by default; with Redis, shared by every instance
 * and updated atomically there, and while Redis is unavailable counted in each instance's memory
 * (rate-limiter-flexible's insurance limiter) rather than refusing everyone.
 */
export class RateLimits {
  private readonly authFailures: RateLimiterAbstract;
  /** One limiter per policy and size: an organization with its own budget counts apart from the default. */
  private readonly limiters = new Map<string, RateLimiterAbstract>();

  constructor(
    readonly options: RateLimitOptions,
    private readonly redis: SharedRedis | null = null,
  ) {
    this.authFailures = this.limiter('auth-failures', options.authFailures, options.authFailureWindowSeconds);
  }

  private limiter(policy: string, points: number, duration: number): RateLimiterAbstract {
    const keyPrefix = `${policy}:${points}:${duration}`;
    let limiter = this.limiters.get(keyPrefix);
    if (!limiter) {
      const inMemory = new RateLimiterMemory({ keyPrefix, points, duration });
      limiter = this.redis
        ? new RateLimiterRedis({ storeClient: this.redis.client, keyPrefix: `steward:${keyPrefix}`, points, duration, rejectIfRedisNotReady: true, insuranceLimiter: inMemory })
        : inMemory;
      this.limiters.set(keyPrefix, limiter);
    }
    return limiter;
  }

  private async charge(policy: string, limit: number, windowSeconds: number, key: string, points = 1): Promise<Budget> {
    await this.redis?.ready();
    const { result, exceeded } = await consume(this.limiter(policy, limit, windowSeconds), key, points);
    return budgetOf(policy, limit, windowSeconds, result, exceeded);
  }

  /** Counts one request of a principal (key, token, client or operator) against its request budget. */
  consumeRequest(principal: Principal): Promise<Budget> {
    return this.charge('requests', budgetsOf(principal, this.options).requests, this.options.windowSeconds, principal.credentialId);
  }

  /** Charges an operation's cost to the principal's cost budget. */
  consumeCost(principal: Principal, cost: number): Promise<Budget> {
    return this.charge('cost', budgetsOf(principal, this.options).cost, this.options.windowSeconds, principal.credentialId, cost);
  }

  /** Counts one call of a root field with a limit of its own (see guards/field-limits.ts). */
  consumeField(field: string, principalKey: string, limit: { max: number; windowSeconds: number }): Promise<Budget> {
    return this.charge(`field:${field}`, limit.max, limit.windowSeconds, principalKey);
  }

  /** The failed-authentication budget of an address, without counting; exceeded when it is used up. */
  async authFailureBudget(address: string): Promise<Budget> {
    const { authFailures: limit, authFailureWindowSeconds: window } = this.options;
    await this.redis?.ready();
    const result = await this.authFailures.get(address);
    if (!result) return { policy: 'auth-failures', limit, windowSeconds: window, remaining: limit, resetSeconds: window, exceeded: false };
    return budgetOf('auth-failures', limit, window, result, result.consumedPoints >= limit);
  }

  /** Counts a failed authentication from an address. */
  async recordAuthFailure(address: string): Promise<Budget> {
    await this.redis?.ready();
    const { result, exceeded } = await consume(this.authFailures, address);
    return budgetOf('auth-failures', this.options.authFailures, this.options.authFailureWindowSeconds, result, exceeded);
  }

}

/** The budget as response headers: the IETF draft's RateLimit-Policy / RateLimit and the X-RateLimit-* trio. */
export function budgetHeaders(budget: Budget): Record<string, string> {
  const headers: Record<string, string> = {
    'RateLimit-Policy': `"${budget.policy}";q=${budget.limit};w=${budget.windowSeconds}`,
    RateLimit: `"${budget.policy}";r=${budget.remaining};t=${budget.resetSeconds}`,
    'X-RateLimit-Limit': String(budget.limit),
    'X-RateLimit-Remaining': String(budget.remaining),
    'X-RateLimit-Reset': String(budget.resetSeconds),
  };
  if (budget.exceeded) headers['Retry-After'] = String(budget.resetSeconds);
  return headers;
}
