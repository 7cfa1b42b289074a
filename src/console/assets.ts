import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { projectRoot } from '../project-root.js';

/** Where `npm run build` puts the console (Vite, from src/console/app). */
export const CONSOLE_DIRECTORY = path.join(projectRoot, 'dist', 'console');

// Everything the page loads comes from Steward itself; nothing inline, nothing from another host.
const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
};

interface Asset {
  body: Buffer;
  gzipped: Buffer;
  type: string;
}

/** The built files by URL path, read and compressed once. */
async function loadAssets(directory: string): Promise<Map<string, Asset>> {
  const assets = new Map<string, Asset>();
  for (const entry of await readdir(directory, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    const body = await readFile(file);
    const urlPath = `/console/${path.relative(directory, file).split(path.sep).join('/')}`;
    assets.set(urlPath, { body, gzipped: gzipSync(body), type: TYPES[path.extname(file)] ?? 'application/octet-stream' });
  }
  return assets;
}

function notBuilt(): Response {
  return new Response('The console is not built: run `npm run build`.\n', { status: 503, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

/**
 * Serves the console's page at /console and its hashed files under /console/assets/. Routes live in the
 * URL's hash, so there is one page. Answers null for paths that are not the console's.
 */
export function consoleAssets(directory = CONSOLE_DIRECTORY) {
  let loading: Promise<Map<string, Asset>> | null = null;
  return async (request: Request, pathname: string): Promise<Response | null> => {
    if (pathname !== '/console' && pathname !== '/console/' && !pathname.startsWith('/console/assets/')) return null;
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response(null, { status: 405, headers: { allow: 'GET, HEAD' } });
    loading ??= loadAssets(directory).catch((error: NodeJS.ErrnoException) => {
      loading = null;
      if (error.code === 'ENOENT') return new Map();
      throw error;
    });
    const assets = await loading;
    if (assets.size === 0) return notBuilt();
    const page = pathname.startsWith('/console/assets/') ? pathname : '/console/index.html';
    const asset = assets.get(page);
    if (!asset) return new Response('not found\n', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    const gzip = /\bgzip\b/.test(request.headers.get('accept-encoding') ?? '');
    const headers: Record<string, string> = {
      'content-type': asset.type,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
      vary: 'Accept-Encoding',
      // File names under assets/ change with their content; the page itself must be asked for every time.
      'cache-control': page === '/console/index.html' ? 'no-cache' : 'public, max-age=31536000, immutable',
    };
    if (page === '/console/index.html') {
      headers['content-security-policy'] = CONTENT_SECURITY_POLICY;
      headers['x-frame-options'] = 'DENY';
    }
    if (gzip) headers['content-encoding'] = 'gzip';
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(gzip ? asset.gzipped : asset.body), { headers });
  };
}
