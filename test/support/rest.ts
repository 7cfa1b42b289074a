import { credentialHeaders, type Credentials, type TestGateway } from './gateway.js';
import { rememberSecrets } from './secrets.js';

export class RestResponse {
  constructor(
    readonly status: number,
    readonly headers: Headers,
    /** A legacy dialect's JSON, which each test checks field by field. */
    readonly body: any,
    private readonly request: string,
  ) {}

  /** The body, after checking the status; a mismatch prints the request and the response. */
  expectStatus(status: number) {
    if (this.status !== status) {
      throw new Error(`expected HTTP ${status}\n--- request\n${this.request}\n--- response (HTTP ${this.status})\n${JSON.stringify(this.body, null, 2)}`);
    }
    return this.body;
  }
}

export interface RestRequest {
  as?: Credentials;
  /** JSON-encoded with a JSON content type; a string is sent as it is. */
  body?: unknown;
  headers?: Record<string, string>;
  address?: string;
}

/** Calls a REST dialect through the test gateway, as a legacy script would. */
export function restClient(gateway: TestGateway) {
  return async (method: string, path: string, { as = null, body, headers = {}, address = '192.0.2.1' }: RestRequest = {}) => {
    const init: RequestInit = { method, headers: { ...credentialHeaders(as), ...headers } };
    if (body !== undefined) {
      init.body = typeof body === 'string' ? body : JSON.stringify(body);
      init.headers = { 'content-type': 'application/json', ...init.headers };
    }
    const response = await gateway.send(path, init, address);
    const text = await response.text();
    rememberSecrets(text);
    const request = `${method} ${path}\nbody: ${init.body ?? '(none)'}\nheaders: ${Object.keys(init.headers as Record<string, string>).join(', ') || 'none'}`;
    return new RestResponse(response.status, response.headers, text ? JSON.parse(text) : null, request);
  };
}
