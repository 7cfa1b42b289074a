import v8 from 'node:v8';

/**
 * With memory to spare, V8 lets the old generation grow to four times its live data before it collects
 * it in full; at 1.5 times, a server on PostgreSQL holds about 150 MB less after load, for about a
 * tenth more CPU (bench/README.md, "Memory").
 */
const HEAP_GROWING_PERCENT = 50;

/**
 * Prisma's query compiler (WebAssembly) runs once per new shape of query. Hot functions of it went on
 * to V8's optimizing tier, whose compilation left about 10 MB in malloc's arenas and sped up nothing
 * that runs per request. A budget this high keeps them in the baseline tier. Not on the embedded
 * database, where PGlite answers every query in WebAssembly: one run there showed no change in CPU,
 * too little to take its optimizing tier away on.
 */
const WASM_TIERING_BUDGET = 1_000_000_000;

/** The V8 flags a server sets for itself: each unless the flags Node.js was started with (`given`) name it. */
export function memoryFlags({ onPostgres, given }: { onPostgres: boolean; given: string }): string[] {
  const wanted: [string, number][] = [['heap-growing-percent', HEAP_GROWING_PERCENT]];
  if (onPostgres) wanted.push(['wasm-tiering-budget', WASM_TIERING_BUDGET]);
  const named = given.replaceAll('_', '-');
  return wanted.filter(([flag]) => !named.includes(`--${flag}`)).map(([flag, value]) => `--${flag}=${value}`);
}

/** Sets V8's memory behaviour for a server; call it before anything large loads. */
export function tuneMemory(onPostgres: boolean): void {
  const given = `${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  for (const flag of memoryFlags({ onPostgres, given })) v8.setFlagsFromString(flag);
}
