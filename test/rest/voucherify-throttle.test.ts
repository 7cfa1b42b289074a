import { expect, test } from 'vitest';
import { testEnvironment } from '../support/environment.js';
import { restClient } from '../support/rest.js';
import { createTenant } from '../support/tenant.js';
import { managementHeaders } from '../support/voucherify.js';
import { ErrorBody } from './voucherify-models.js';

const { database, gateway } = await testEnvironment({ limits: { requests: 2, windowSeconds: 60 } });

test('over its budget a key gets 429 in Voucherify’s words, with Retry-After and the X-Rate-Limit-* headers', async () => {
  const tenant = await createTenant(database);
  const rest = restClient(gateway);
  const call = () => rest('GET', '/management/v1/projects', { headers: managementHeaders(tenant.managementKey) });
  const first = await call();
  expect(first.status).toBe(200);
  expect(first.headers.get('x-rate-limit-limit')).toBe('2');
  expect(first.headers.get('x-rate-limit-remaining')).toBe('1');
  expect(first.headers.get('x-rate-limit-type')).toBeNull();
  expect((await call()).status).toBe(200);

  const throttled = await call();
  expect(throttled.status).toBe(429);
  expect(ErrorBody.parse(throttled.body)).toMatchObject({ code: 429, key: 'too_many_requests', message: 'Too many requests hit the API too quickly.' });
  const wait = Number(throttled.headers.get('retry-after'));
  expect(wait).toBeGreaterThan(0);
  expect(throttled.headers.get('x-rate-limit-remaining')).toBe('0');
  expect(throttled.headers.get('x-rate-limit-type')).toBe('api_calls');
  expect(Number(throttled.headers.get('x-rate-limit-retry'))).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) + wait - 2);
});
