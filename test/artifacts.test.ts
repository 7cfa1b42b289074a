import { readFile } from 'node:fs/promises';
import { generate } from '@graphql-codegen/cli';
import { expect, test } from 'vitest';
import codegenConfig from '../codegen.js';
import { printSchemaSDL } from '../src/modules/index.js';

test('schema.graphql is printed from the current schema (npm run schema:print)', async () => {
  expect(await readFile('schema.graphql', 'utf8')).toBe(printSchemaSDL());
});

test('the generated operation types are fresh (npm run codegen)', async () => {
  const outputs = (await generate({ ...codegenConfig, silent: true }, false)) as { filename: string; content: string }[];
  expect(outputs.length).toBeGreaterThan(0);
  for (const output of outputs) {
    expect(await readFile(output.filename, 'utf8'), output.filename).toBe(output.content);
  }
}, 60_000);
