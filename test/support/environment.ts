import { afterAll } from 'vitest';
import { openTestDatabase } from './database.js';
import { testGateway } from './gateway.js';

/** The database and gateway of one test file (top-level await); both close after the file. */
export async function testEnvironment(options: Parameters<typeof testGateway>[1] = {}) {
  const database = await openTestDatabase();
  const gateway = testGateway(database, options);
  afterAll(async () => {
    await gateway.services.credentials.flush();
    await database.close();
  });
  return { database, gateway };
}
