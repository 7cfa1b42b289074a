import { describe, expect, test } from 'vitest';
import { memoryFlags } from '../src/memory.js';

describe('the V8 flags a server sets for itself', () => {
  test('on PostgreSQL: heap growth and the WebAssembly tiering budget', () => {
    expect(memoryFlags({ onPostgres: true, given: '' })).toEqual(['--heap-growing-percent=50', '--wasm-tiering-budget=1000000000']);
  });

  test('on the embedded database, PGlite keeps the optimizing tier', () => {
    expect(memoryFlags({ onPostgres: false, given: '' })).toEqual(['--heap-growing-percent=50']);
  });

  test('a flag given to Node.js wins', () => {
    expect(memoryFlags({ onPostgres: true, given: '--heap-growing-percent=20 --enable-source-maps' })).toEqual(['--wasm-tiering-budget=1000000000']);
    expect(memoryFlags({ onPostgres: true, given: '--wasm-tiering-budget=5 --heap-growing-percent=100' })).toEqual([]);
  });
});
