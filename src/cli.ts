#!/usr/bin/env node
import { randomBytes } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { eraseReveals, insertOperatorToken } from './access/issue.js';
import { OPERATOR_SCOPES } from './access/permissions.js';
import { TokenSealer } from './access/reveal.js';
import { CredentialVerifier, RedisCredentialVersions } from './access/verifier.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { DataDirLockedError } from './db/data-dir-lock.js';
import type { Database, PrismaOptions } from './db/database.js';
import { openDatabase } from './db/open.js';
import { migrate, MigrationError } from './db/migrate.js';
import { RateLimits } from './guards/rate-limit.js';
import { JobWorker } from './jobs/worker.js';
import { createLogger, logFormatFor } from './logger.js';
import { tuneMemory } from './memory.js';
import { Metrics } from './metering/metrics.js';
import { UsageMeter } from './metering/usage-meter.js';
import { forgetEndedConsoleSessions } from './modules/console-session/service.js';
import { bootstrapIfEmpty, bootstrapOrganization } from './modules/organization/bootstrap.js';
import { configureWebhooks } from './modules/webhook/settings.js';

const USAGE = `usage: steward <command>

commands:
  serve                                  migrate, then serve GraphQL on HOST:PORT (what npm start runs)
  migrate                                apply pending database migrations
  bootstrap --org NAME --email EMAIL     create an organization with its owner and credentials; prints JSON
  bootstrap --super [--scopes S1,S2]     create a platform operator token (default scope *); prints JSON
  print-schema                           print the GraphQL schema (SDL)

configuration comes from the environment; see README.md`;

/** An error whose message is all the user needs; no stack trace. */
class CommandError extends Error {}
class UsageError extends CommandError {}

async function openMigrated(config: Config, logger: Logger, options: PrismaOptions = {}): Promise<Database> {
  const database = await openDatabase(config, options);
  try {
    if (database.createdFromTemplate) logger.info('created the embedded database from its migrated template');
    const applied = await database.withMigrationSession((session) => migrate(session));
    if (applied.length > 0) logger.info({ applied }, 'applied database migrations');
    return database;
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function serve(config: Config) {
  tuneMemory();
  const logger = createLogger(config.LOG_LEVEL, 1, logFormatFor(config.LOG_FORMAT, 1, config.NODE_ENV));
  const metrics = new Metrics();
  // The schema and server modules load while the database opens: both take a good part of a second.
  const [database, { createHttpServer }] = await Promise.all([
    openMigrated(config, logger, { log: [{ emit: 'event', level: 'query' }] }),
    import('./server.js'),
  ]);
  metrics.observe(database.prisma);
  // Loaded only when configured, like the database driver: every module loaded delays the start.
  const redis = config.REDIS_URL ? new (await import('./db/redis.js')).SharedRedis(config.REDIS_URL, logger) : null;
  const credentials = new CredentialVerifier(database.prisma, logger, redis && new RedisCredentialVersions(redis));
  const secret = await serverSecret(config);
  if (!secret) logger.warn('STEWARD_SECRET is not set: new management key tokens cannot be revealed after creation, and webhooks cannot be created');
  const sealer = secret ? new TokenSealer(secret) : null;
  configureWebhooks({
    allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS,
    timeoutMs: config.WEBHOOK_TIMEOUT_SECONDS * 1000,
    retryForMs: config.WEBHOOK_RETRY_HOURS * 3600_000,
  });
  const limits = new RateLimits({
    requests: config.RATE_LIMIT_REQUESTS,
    cost: config.RATE_LIMIT_COST,
    windowSeconds: config.RATE_LIMIT_WINDOW_SECONDS,
    authFailures: config.AUTH_FAILURE_LIMIT,
    authFailureWindowSeconds: config.AUTH_FAILURE_WINDOW_SECONDS,
  }, redis);
  const usage = new UsageMeter(database.prisma, logger);
  const services = { prisma: database.prisma, logger, credentials, sealer, limits, usage, managementKeyLimit: config.MANAGEMENT_KEY_LIMIT };
  const sweep = setInterval(() => {
    eraseReveals(database.prisma).catch((error: unknown) => logger.warn({ err: error }, 'could not erase expired reveals'));
  }, 60_000).unref();
  const forgetSessions = () => forgetEndedConsoleSessions(database).catch((error: unknown) => logger.warn({ err: error }, 'could not delete ended console sessions'));
  void forgetSessions();
  const hourlySweep = setInterval(forgetSessions, 3600_000).unref();
  const created = await bootstrapIfEmpty(database.prisma, config.BOOTSTRAP_ORG_NAME, config.BOOTSTRAP_EMAIL);
  if (created) {
    // Printed once, to the terminal and not to the log: these secrets exist nowhere else.
    process.stdout.write(
      `\nSteward created the organization "${created.organization.name}" for ${created.user.email}.\n` +
        `Its credentials are shown only now:\n${JSON.stringify(created, null, 2)}\n` +
        `Open http://${config.HOST}:${config.PORT}/graphql and send the header Authorization: Bearer ${created.personalAccessToken}\n\n`,
    );
  }
  const documentLimits = {
    maxDepth: config.MAX_QUERY_DEPTH,
    maxAliases: config.MAX_QUERY_ALIASES,
    maxDirectives: config.MAX_QUERY_DIRECTIVES,
    maxTokens: config.MAX_QUERY_TOKENS,
    maxCost: config.MAX_QUERY_COST,
  };
  const hardening = {
    maxBodyBytes: config.MAX_BODY_BYTES,
    introspection: config.INTROSPECTION,
    hideSuggestions: config.HIDE_SUGGESTIONS ? config.HIDE_SUGGESTIONS === 'true' : config.NODE_ENV === 'production',
  };
  const server = createHttpServer(services, {
    database,
    metrics,
    graphiql: config.GRAPHIQL,
    documentLimits,
    hardening,
    corsOrigins: config.CORS_ORIGINS,
    trustedProxies: config.TRUSTED_PROXIES,
    redis,
    console: { enabled: config.CONSOLE, sessionHours: config.CONSOLE_SESSION_HOURS },
  });
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(config.PORT, config.HOST, resolve);
    });
  } catch (error) {
    await database.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES' || code === 'EADDRNOTAVAIL') {
      throw new CommandError(`cannot listen on ${config.HOST}:${config.PORT} (${code}); choose another PORT or HOST`);
    }
    throw error;
  }
  const address = server.address();
  logger.info({ address, database: database.kind }, 'steward is listening');
  // Every instance runs a worker; they share the jobs table (the modules registered their job kinds as they loaded).
  const jobs = new JobWorker(database.prisma, logger, credentials, { pollMs: config.JOB_POLL_SECONDS * 1000, sealer });
  jobs.start();

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    clearInterval(sweep);
    clearInterval(hourlySweep);
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    // A job running finishes within the same timeout; one cut off is claimed again after its lease.
    const timeoutMs = config.SHUTDOWN_TIMEOUT_SECONDS * 1000;
    void Promise.all([server.drain(timeoutMs), jobs.stop(timeoutMs)]).then(async () => {
      await credentials.close();
      await redis?.close();
      await usage.close();
      await database.close();
      logger.info('stopped');
      logger.flush();
      process.exit(0);
    });
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
}

/**
 * The secret that encrypts tokens for the reveal window: STEWARD_SECRET, or on the embedded database
 * one generated into DATA_DIR. Instances sharing a PostgreSQL server must share STEWARD_SECRET.
 */
async function serverSecret(config: Config): Promise<string | null> {
  if (config.STEWARD_SECRET) return config.STEWARD_SECRET;
  if (config.DATABASE_URL) return null;
  const file = path.join(config.DATA_DIR, 'server-secret');
  const generated = randomBytes(32).toString('base64url');
  await writeFile(file, generated, { flag: 'wx', mode: 0o600 }).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EEXIST') throw error;
  });
  return (await readFile(file, 'utf8')).trim();
}

async function runMigrations(config: Config) {
  const database = await openDatabase(config);
  try {
    const applied = await database.withMigrationSession((session) => migrate(session));
    process.stdout.write(applied.length > 0 ? `applied ${applied.join(', ')}\n` : 'the database is up to date\n');
  } finally {
    await database.close();
  }
}

async function bootstrapOperator(config: Config, name: string, scopes: string[]) {
  const unknown = scopes.filter((scope) => !OPERATOR_SCOPES.includes(scope));
  if (unknown.length > 0) throw new UsageError(`unknown scopes: ${unknown.join(', ')}; known: ${OPERATOR_SCOPES.join(', ')}`);
  const database = await openMigrated(config, createLogger(config.LOG_LEVEL, 2, logFormatFor(config.LOG_FORMAT, 2, config.NODE_ENV)));
  try {
    process.stdout.write(JSON.stringify(await insertOperatorToken(database.prisma, name, scopes)) + '\n');
  } finally {
    await database.close();
  }
}

async function bootstrap(config: Config, args: string[]) {
  const options = {
    org: { type: 'string' },
    email: { type: 'string' },
    super: { type: 'boolean' },
    name: { type: 'string' },
    scopes: { type: 'string' },
  } as const;
  const { values } = parseArgs({ args, options, strict: true });
  if (values.super) return bootstrapOperator(config, values.name ?? 'operator', (values.scopes ?? '*').split(',').map((scope) => scope.trim()));
  if (!values.org?.trim() || !values.email?.includes('@')) throw new UsageError('bootstrap needs --org NAME and --email EMAIL');
  if (values.org.length > 100) throw new UsageError('--org must be at most 100 characters');
  const database = await openMigrated(config, createLogger(config.LOG_LEVEL, 2, logFormatFor(config.LOG_FORMAT, 2, config.NODE_ENV)));
  try {
    const result = await bootstrapOrganization(database.prisma, values.org.trim(), values.email);
    process.stdout.write(JSON.stringify(result) + '\n');
  } finally {
    await database.close();
  }
}

async function main(argv: string[]) {
  const [command, ...args] = argv;
  switch (command) {
    case 'serve':
      return serve(loadConfig());
    case 'migrate':
      return runMigrations(loadConfig());
    case 'bootstrap':
      return bootstrap(loadConfig(), args);
    case 'print-schema':
      process.stdout.write((await import('./modules/index.js')).printSchemaSDL());
      return;
    default:
      throw new UsageError(command ? `unknown command: ${command}` : 'no command given');
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof CommandError || error instanceof ConfigError || error instanceof DataDirLockedError || error instanceof MigrationError;
  process.stderr.write(`steward: ${known ? (error as Error).message : String((error as Error)?.stack ?? error)}\n`);
  if (error instanceof UsageError) process.stderr.write(`\n${USAGE}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
