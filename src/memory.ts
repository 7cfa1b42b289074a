import v8 from 'node:v8';

/**
 * V8's memory flags that `steward serve` sets for itself, each unless Node.js was started with it
 * (bench/README.md, "Memory"):
 *
 * - The heap grows to 1.5 times its live data between full collections. With memory to spare, V8's own
 *   limit is 4 times: a loaded server on PostgreSQL held 340 MB instead of 190, for a tenth less CPU.
 * - WebAssembly is compiled by V8's baseline tier only. Prisma's query compiler runs once per new shape
 *   of query and PGlite, embedded, runs every query; V8's optimizing tier compiled both again while
 *   they warmed up and left that compilation's memory in malloc's arenas: 10–25 MB on PostgreSQL, about
 *   100 MB embedded (600 MB at the peak on Node.js 24). Neither ran measurably slower in the bench
 *   without it, and PGlite starts faster.
 */
const FLAGS = ['--heap-growing-percent=50', '--liftoff-only'];

/** The flags of FLAGS that `given`, the flags Node.js was started with, leave unset. */
export function memoryFlags(given: string): string[] {
  const named = given.replaceAll('_', '-');
  return FLAGS.filter((flag) => !named.includes(flag.slice(2).split('=')[0]!));
}

/** Sets V8's memory behaviour for a server; call it before anything large loads. */
export function tuneMemory(): void {
  for (const flag of memoryFlags(`${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`)) v8.setFlagsFromString(flag);
}
