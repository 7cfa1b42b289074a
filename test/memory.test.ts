import { describe, expect, test } from 'vitest';
import { memoryFlags } from '../src/memory.js';

describe('the V8 flags a server sets for itself', () => {
  test('heap growth and WebAssembly in the baseline tier', () => {
    expect(memoryFlags('')).toEqual(['--heap-growing-percent=50', '--liftoff-only']);
  });

  test('a flag given to Node.js wins, in either spelling', () => {
    expect(memoryFlags('--heap-growing-percent=20 --enable-source-maps')).toEqual(['--liftoff-only']);
    expect(memoryFlags('--no-liftoff-only --heap_growing_percent=100')).toEqual([]);
  });
});
