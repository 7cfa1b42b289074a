import { z } from 'zod';

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(200).default(10),
  DATABASE_STATEMENT_CACHE_SIZE: z.coerce.number().int().min(0).max(10_000).default(100),
  REDIS_URL: z
    .string()
    .regex(/^rediss?:\/\//, 'must be a redis:// or rediss:// URL')
    .optional(),
  RATE_LIMIT_REQUESTS: z.coerce.number().int().min(1).default(20),
  RATE_LIMIT_COST: z.coerce.number().int().min(1).default(5000),
  RATE_LIMIT_WINDOW_SECONDS: z.coerce.number().int().min(1).default(10),
  AUTH_FAILURE_LIMIT: z.coerce.number().int().min(1).default(20),
  AUTH_FAILURE_WINDOW_SECONDS: z.coerce.number().int().min(1).default(60),
  MAX_QUERY_DEPTH: z.coerce.number().int().min(1).default(10),
  MAX_QUERY_ALIASES: z.coerce.number().int().min(0).default(15),
  MAX_QUERY_DIRECTIVES: z.coerce.number().int().min(0).default(10),
  MAX_QUERY_TOKENS: z.coerce.number().int().min(100).default(2000),
  MAX_QUERY_COST: z.coerce.number().int().min(1).default(1000),
  MAX_BODY_BYTES: z.coerce.number().int().min(1000).default(100_000),
  TRUSTED_PROXIES: z.coerce.number().int().min(0).max(10).default(0),
  JOB_POLL_SECONDS: z.coerce.number().min(0.05).max(60).default(1),
  SHUTDOWN_TIMEOUT_SECONDS: z.coerce.number().min(0).max(600).default(10),
  CORS_ORIGINS: z
    .string()
    .default('')
    .transform((list) => list.split(',').map((origin) => origin.trim()).filter(Boolean)),
  INTROSPECTION: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  HIDE_SUGGESTIONS: z.enum(['true', 'false']).optional(),
  NODE_ENV: z.string().default('development'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  LOG_FORMAT: z.enum(['auto', 'json', 'pretty']).default('auto'),
  GRAPHIQL: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  CONSOLE: z.enum(['true', 'false']).default('true').transform((value) => value === 'true'),
  CONSOLE_SESSION_HOURS: z.coerce.number().min(0.05).max(30 * 24).default(12),
  STEWARD_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  WEBHOOK_ALLOW_PRIVATE_TARGETS: z.enum(['true', 'false']).default('false').transform((value) => value === 'true'),
  WEBHOOK_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(30).default(5),
  WEBHOOK_RETRY_HOURS: z.coerce.number().min(0.01).max(30 * 24).default(72),
  MANAGEMENT_KEY_LIMIT: z.coerce.number().int().min(1).max(1000).default(5),
  BOOTSTRAP_ORG_NAME: z.string().min(1).max(100).default('Default organization'),
  BOOTSTRAP_EMAIL: z.email().default('owner@steward.localhost'),
});

export type Config = z.infer<typeof schema>;

export class ConfigError extends Error {}

export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = schema.safeParse(Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  return parsed.data;
}
