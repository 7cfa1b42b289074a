import { RestFailure } from '../route.js';

/** A Voucherify error: the status, its `key` and the `details`, with `resource_id`/`resource_type` where it names an object. */
export function voucherifyError(status: number, key: string, details?: string, resource?: { id: string; type: string }): RestFailure {
  const extra = resource ? { resource_id: resource.id, resource_type: resource.type } : undefined;
  return new RestFailure(status, details ?? '', undefined, 'application', key, extra);
}

/** Voucherify's full 404 (compat §9 #8): `Cannot find <type> with id <id>`, naming the object. */
export function notFound(type: string, id: string, details = `Cannot find ${type} with id ${id}`): RestFailure {
  return voucherifyError(404, 'not_found', details, { id, type });
}
