import { Redis } from 'ioredis';
import type { Logger } from 'pino';

/** How long a new connection may take before work goes on without it (a Redis down at start-up). */
const FIRST_CONNECTION_WAIT_MS = 2_000;

/**
 * The connection to the Redis that instances share. It knows whether Redis answers, so that callers
 * work around an outage at once instead of queueing behind reconnection attempts, says so once per
 * outage in the log, and tells listeners when Redis is back.
 */
export class SharedRedis {
  readonly client: Redis;
  private up = false;
  private closing = false;
  private readonly firstConnection: Promise<void>;
  private readonly recoveryListeners: (() => void)[] = [];

  constructor(url: string, logger: Logger) {
    this.client = new Redis(url, { maxRetriesPerRequest: 1, retryStrategy: (attempt) => Math.min(attempt * 100, 1_000) });
    this.firstConnection = new Promise((resolve) => {
      this.client.once('ready', () => resolve());
      setTimeout(resolve, FIRST_CONNECTION_WAIT_MS).unref();
    });
    let outage = false;
    this.client.on('ready', () => {
      this.up = true;
      if (!outage) return;
      outage = false;
      logger.info('Redis is back: budgets and credential versions are shared again');
      for (const listener of this.recoveryListeners) listener();
    });
    const lost = (error?: Error) => {
      this.up = false;
      if (outage || this.closing) return;
      outage = true;
      logger.warn({ err: error }, "Redis is unavailable: budgets count in each instance's memory and every credential is verified against the database");
    };
    this.client.on('error', lost);
    this.client.on('close', () => lost());
  }

  /** Whether commands can be sent now; the first call waits briefly for the first connection. */
  async ready(): Promise<boolean> {
    await this.firstConnection;
    return this.up && this.client.status === 'ready';
  }

  get available(): boolean {
    return this.up;
  }

  /** Called each time Redis answers again after an outage. */
  onRecovery(listener: () => void): void {
    this.recoveryListeners.push(listener);
  }

  async close(): Promise<void> {
    this.closing = true;
    await this.client.quit().catch(() => this.client.disconnect());
  }
}
