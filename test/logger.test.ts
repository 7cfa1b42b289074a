import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from 'vitest';
import { createLogger, logFormatFor } from '../src/logger.js';

test('JSON lines for machines; readable lines for a person; production and pipes always get JSON', async () => {
  const dir = await mkdtemp(path.join(tmpdir(), 'steward-log-'));
  try {
    const [jsonFile, prettyFile] = [path.join(dir, 'json.log'), path.join(dir, 'pretty.log')];
    createLogger('info', jsonFile, 'json').info({ credentialId: 'mk_1' }, 'steward is listening');
    createLogger('info', prettyFile, 'pretty').info({ credentialId: 'mk_1' }, 'steward is listening');
    expect(JSON.parse(await readFile(jsonFile, 'utf8'))).toMatchObject({ level: 30, msg: 'steward is listening', credentialId: 'mk_1', service: 'steward' });
    const pretty = await readFile(prettyFile, 'utf8');
    expect(pretty).toMatch(/^\[\d\d:\d\d:\d\d\.\d{3}\] INFO: steward is listening\n\s+credentialId: "mk_1"\n$/);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  // Vitest's workers write to pipes, never a terminal.
  expect(logFormatFor('auto', 1, 'development')).toBe('json');
  expect(logFormatFor('pretty', 1, 'production')).toBe('pretty');
});
