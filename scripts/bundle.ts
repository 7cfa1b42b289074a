// Bundles the server from src/ into a few files: `npm start` then loads about 20 modules instead of
// about 1,100, which takes a start on an existing embedded database from 2.0 s to 1.5 s (bench/README.md);
// beside them, the migrated database a new embedded database starts from.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build, type Plugin } from 'esbuild';
import { migratedTemplate } from '../src/db/embedded.js';

const BUNDLE_DIRECTORY = 'dist/server';

/**
 * Packages left to Node's resolution: each finds files next to its own modules (PGlite's WebAssembly,
 * Prisma's query compiler, pino's transport worker, GraphiQL's assets) or is only loaded for one
 * configuration (PostgreSQL, Redis, a terminal).
 */
const EXTERNAL = ['@electric-sql/pglite', '@prisma/client', 'pglite-prisma-adapter', '@prisma/adapter-pg', 'pg', 'ioredis', 'pino', 'pino-pretty', '@graphql-yoga/render-graphiql'];

const QUERY_COMPILER = '@prisma/client/runtime/query_compiler_small_bg.postgresql.wasm-base64.mjs';
const QUERY_COMPILER_FILE = 'query-compiler.wasm';
const COMPILER_IMPORT = `const { wasm } = await import("${QUERY_COMPILER}")\n    return await decodeBase64AsWasm(wasm)`;

/**
 * Prisma's generated client imports its query compiler as a module of base64 text, and a loaded module
 * stays loaded: the text sat in the heap twice (its source and its string, 4.4 MB) for the life of the
 * process. The bundle writes the compiler's bytes beside itself and compiles them from that file.
 */
function queryCompilerFromFile(directory: string): Plugin {
  return {
    name: 'query-compiler-from-file',
    setup(esbuild) {
      esbuild.onStart(async () => {
        const { wasm } = (await import(QUERY_COMPILER)) as { wasm: string };
        await mkdir(directory, { recursive: true });
        await writeFile(path.join(directory, QUERY_COMPILER_FILE), Buffer.from(wasm, 'base64'));
      });
      esbuild.onLoad({ filter: /generated[\\/]prisma[\\/]internal[\\/]class\.ts$/ }, async (file) => {
        const source = await readFile(file.path, 'utf8');
        if (!source.includes(COMPILER_IMPORT)) {
          return { errors: [{ text: `${file.path} no longer loads the query compiler as scripts/bundle.ts expects; update queryCompilerFromFile` }] };
        }
        const fromFile = `return new WebAssembly.Module(await (await import('node:fs/promises')).readFile(new URL('./${QUERY_COMPILER_FILE}', import.meta.url)))`;
        return { contents: source.replace(COMPILER_IMPORT, fromFile), loader: 'ts' };
      });
    },
  };
}

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
    plugins: [queryCompilerFromFile(directory)],
    logLevel: 'warning',
  });
  // Beside the module that reads it (EMBEDDED_TEMPLATE): a new embedded database starts from it.
  await writeFile(path.join(directory, 'embedded-template.tar.gz'), Buffer.from(await (await migratedTemplate()).arrayBuffer()));
  return path.join(directory, 'cli.js');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await bundleSteward();
