import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { useDisableIntrospection } from '@graphql-yoga/plugin-disable-introspection';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';
import { CSRF_HEADER } from '../access/console-session.js';
import { hostileInputPlugins } from './hostile-input.js';

export interface Hardening {
  /** Largest request body accepted, in bytes. */
  maxBodyBytes: number;
  introspection: boolean;
  /** Drop "Did you mean …?" from validation errors, so the schema cannot be guessed field by field. */
  hideSuggestions: boolean;
}

export const DEFAULT_HARDENING: Hardening = { maxBodyBytes: 100_000, introspection: true, hideSuggestions: false };

function withoutSuggestions<E extends Error>(error: E): E | GraphQLError {
  if (!(error instanceof GraphQLError)) return error;
  const message = error.message.replace(/ Did you mean .+\?$/, '');
  if (message === error.message) return error;
  return new GraphQLError(message, { nodes: error.nodes, source: error.source, positions: error.positions, path: error.path, extensions: error.extensions });
}

export function hardeningPlugins(hardening: Hardening): Plugin[] {
  // A GET or a form-encoded POST must carry x-graphql-yoga-csrf, or the console's x-steward-csrf; JSON POSTs are preflighted anyway.
  const plugins: Plugin[] = [useCSRFPrevention({ requestHeaders: ['x-graphql-yoga-csrf', CSRF_HEADER] }), ...hostileInputPlugins()];
  if (!hardening.introspection) plugins.push(useDisableIntrospection());
  if (hardening.hideSuggestions) {
    plugins.push({
      onValidate: () => ({ result, setResult }) => setResult(result.map((error: Error) => withoutSuggestions(error)) as GraphQLError[]),
    });
  }
  return plugins;
}

/**
 * The request with its body read up to the limit, or null when the body is larger. A declared
 * Content-Length is checked before anything is read; a streamed body is counted as it arrives.
 */
export async function withinBodyLimit(request: Request, maxBytes: number): Promise<Request | null> {
  if (!request.body) return request;
  const declared = request.headers.get('content-length');
  if (declared !== null) return Number(declared) > maxBytes ? null : request;
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = request.body.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    size += next.value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      return null;
    }
    chunks.push(next.value);
  }
  return new Request(request.url, { method: request.method, headers: request.headers, body: Buffer.concat(chunks) });
}
