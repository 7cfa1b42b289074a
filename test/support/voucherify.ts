import { expect } from 'vitest';
import type { z } from 'zod';
import type { TestGateway } from './gateway.js';
import { restClient, type RestResponse } from './rest.js';
import type { Tenant } from './tenant.js';

export interface VoucherifyKey {
  id: string;
  token: string;
}

/** Voucherify's 503, as the dialect answers while the database cannot. */
export async function expectVoucherifyUnavailable(response: Response) {
  expect(response.status).toBe(503);
  expect(response.headers.get('retry-after')).toBe('5');
  expect(await response.json()).toEqual({
    code: 503,
    key: 'service_unavailable',
    message: 'Service unavailable',
    details: 'the database is unavailable; retry shortly',
    request_id: expect.stringMatching(/^v-[0-9a-f]{18}$/),
  });
}

/** The key pair Voucherify's SDKs send. */
export function managementHeaders(key: VoucherifyKey): Record<string, string> {
  return { 'X-Management-Id': key.id, 'X-Management-Token': key.token };
}

/**
 * Calls the Voucherify dialect as its SDKs do, with the tenant's management key, and checks the body
 * against the model the call answers with (a 204 has none).
 */
export function voucherifyClient(gateway: TestGateway, tenant: Tenant) {
  const rest = restClient(gateway);
  const key = { id: tenant.managementKey.id, token: tenant.managementKey.token };
  return async (method: string, path: string, expected: { status: number; model?: z.ZodType }, body?: unknown, as: VoucherifyKey = key): Promise<RestResponse> => {
    const response = await rest(method, `/management/v1${path}`, { body, headers: managementHeaders(as) });
    response.expectStatus(expected.status);
    if (expected.model) {
      const checked = expected.model.safeParse(response.body);
      if (!checked.success) throw new Error(`${method} ${path}: the body is not Voucherify's model\n${JSON.stringify(response.body, null, 2)}\n${checked.error.message}`);
    } else {
      expect(response.body).toBeNull();
    }
    expect(response.headers.get('x-rate-limit-limit')).toMatch(/^\d+$/);
    expect(response.headers.get('x-rate-limit-remaining')).toMatch(/^\d+$/);
    expect(Number(response.headers.get('x-rate-limit-retry'))).toBeGreaterThanOrEqual(Math.floor(Date.now() / 1000) - 5);
    return response;
  };
}
