import { afterAll } from 'vitest';
import { openTestDatabase } from './database.js';
import { testGateway } from './gateway.js';

/** The database and gateway of one test file (top-level await); the database closes after the file. */
export async function testEnvironment(options: Parameters<typeof testGateway>[1] = {}) {
  const database = await openTestDatabase();
  afterAll(() => database.close());
  return { database, gateway: testGateway(database, options) };
}
