import type { Logger } from 'pino';
import type { Access } from './access/access.js';
import type { TokenSealer } from './access/reveal.js';
import type { CredentialVerifier } from './access/verifier.js';
import type { RateLimits } from './guards/rate-limit.js';
import type { PrismaClient } from './generated/prisma/client.js';
import type { UsageMeter } from './metering/usage-meter.js';

/** What outlives a request: shared by every request a server handles. */
export interface Services {
  prisma: PrismaClient;
  logger: Logger;
  credentials: CredentialVerifier;
  limits: RateLimits;
  usage: UsageMeter;
  /** Encrypts new management key tokens for the reveal window; null when no server secret is configured. */
  sealer: TokenSealer | null;
  /** Active management keys per organization unless the organization overrides it. */
  managementKeyLimit: number;
}

export interface Context extends Services {
  access: Access;
}
