import { afterAll } from 'vitest';
import { openTestDatabase } from './database.js';
import { testGateway } from './gateway.js';
import { expectNoSecretsStored } from './secrets.js';

/** The database and gateway of one test file (top-level await); after the file, a scan for stored secrets, then both close. */
export async function testEnvironment(options: Parameters<typeof testGateway>[1] = {}, databaseOptions: Parameters<typeof openTestDatabase>[0] = {}) {
  const database = await openTestDatabase(databaseOptions);
  const gateway = testGateway(database, options);
  afterAll(async () => {
    await gateway.close();
    await expectNoSecretsStored(database.prisma);
    await database.close();
  });
  return { database, gateway };
}
