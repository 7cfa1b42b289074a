import type { PrismaClient } from '../generated/prisma/client.js';

/** Process counters in Prometheus' text format, served at /metrics. */
export class Metrics {
  private sqlStatements = 0;
  private readonly requests = new Map<string, number>();
  private readonly operations = new Map<string, number>();

  /** Counts every SQL statement the client sends; it must have been created with query events on. */
  observe(prisma: PrismaClient): void {
    prisma.$on('query' as never, () => this.sqlStatements++);
  }

  countRequest(api: string): void {
    this.requests.set(api, (this.requests.get(api) ?? 0) + 1);
  }

  /** A GraphQL operation, by how it was answered (graphql/compiled-reads/plugin.ts). */
  countOperation(path: string): void {
    this.operations.set(path, (this.operations.get(path) ?? 0) + 1);
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
      '# HELP steward_graphql_operations_total GraphQL operations by how they were answered: a compiled plan, the executor, or the executor after the plan fell back.',
      '# TYPE steward_graphql_operations_total counter',
      ...[...this.operations].map(([path, count]) => `steward_graphql_operations_total{path="${path}"} ${count}`),
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
