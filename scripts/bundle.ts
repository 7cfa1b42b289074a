// Bundles the server from src/ into a few files: `npm start` then loads about 20 modules instead of
// about 1,100, which takes a start on an existing embedded database from 2.0 s to 1.5 s (bench/README.md).
import { rm } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const BUNDLE_DIRECTORY = 'dist/server';

/**
 * Packages left to Node's resolution: each finds files next to its own modules (PGlite's WebAssembly,
 * Prisma's query compiler, pino's transport worker, GraphiQL's assets) or is only loaded for one
 * configuration (PostgreSQL, Redis, a terminal).
 */
const EXTERNAL = ['@electric-sql/pglite', '@prisma/client', 'pglite-prisma-adapter', '@prisma/adapter-pg', 'pg', 'ioredis', 'pino', 'pino-pretty', '@graphql-yoga/render-graphiql'];

/** Writes the bundle into `directory`, which must lie inside the project so that its packages resolve. */
export async function bundleSteward(directory = BUNDLE_DIRECTORY) {
  await rm(directory, { recursive: true, force: true });
  await build({
    entryPoints: { cli: 'src/cli.ts' },
    outdir: directory,
    bundle: true,
    // Dynamic imports stay separate files, so only the configured database driver is loaded.
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // A package's ES module build where it has one (graphql's, say): in its CommonJS build every use of
    // an imported name would go through a getter that esbuild's interop adds, 4 % of a request's CPU.
    mainFields: ['module', 'main'],
    external: EXTERNAL.flatMap((name) => [name, `${name}/*`]),
    // Whitespace and syntax only: stack traces keep the code's own names.
    minifyWhitespace: true,
    minifySyntax: true,
    sourcemap: 'linked',
    // CommonJS packages inside the bundle call require() for Node's own modules.
    banner: { js: "import { createRequire as createRequireForBundle } from 'node:module'; const require = createRequireForBundle(import.meta.url);" },
    logLevel: 'warning',
  });
  return path.join(directory, 'cli.js');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bundleSteward();
