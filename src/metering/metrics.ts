import type { PrismaClient } from '../generated/prisma/client.js';

/** Process counters in Prometheus' text format, served at /metrics. */
export class Metrics {
  private sqlStatements = 0;
  private readonly requests = new Map<string, number>();

  /** Counts every SQL statement the client sends; it must have been created with query events on. */
  observe(prisma: PrismaClient): void {
    prisma.$on('query' as never, () => this.sqlStatements++);
  }

  countRequest(api: string): void {
    this.requests.set(api, (this.requests.get(api) ?? 0) + 1);
  }

  text(): string {
    const memory = process.memoryUsage();
    const lines = [
      '# HELP steward_sql_statements_total SQL statements sent to the database.',
      '# TYPE steward_sql_statements_total counter',
      `steward_sql_statements_total ${this.sqlStatements}`,
      '# HELP steward_http_requests_total Requests by API.',
      '# TYPE steward_http_requests_total counter',
      ...[...this.requests].map(([api, count]) => `steward_http_requests_total{api="${api}"} ${count}`),
      '# HELP process_resident_memory_bytes Resident memory size in bytes.',
      '# TYPE process_resident_memory_bytes gauge',
      `process_resident_memory_bytes ${memory.rss}`,
      '# HELP nodejs_heap_used_bytes V8 heap in use, in bytes.',
      '# TYPE nodejs_heap_used_bytes gauge',
      `nodejs_heap_used_bytes ${memory.heapUsed}`,
    ];
    return `${lines.join('\n')}\n`;
  }
}
