import type { Config } from '../config.js';
import type { Database, PrismaOptions } from './database.js';

/** Opens the configured database; only its driver is loaded (each costs start-up time). */
export async function openDatabase(config: Config, options: PrismaOptions = {}): Promise<Database> {
  if (config.DATABASE_URL) {
    const { postgresDatabase } = await import('./postgres.js');
    return postgresDatabase(config.DATABASE_URL, { poolSize: config.DATABASE_POOL_SIZE, statementCacheSize: config.DATABASE_STATEMENT_CACHE_SIZE }, options);
  }
  const { openEmbeddedDatabase } = await import('./embedded.js');
  return openEmbeddedDatabase(config.DATA_DIR, options);
}
