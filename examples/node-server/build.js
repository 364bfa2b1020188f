// Bundles client.js with esbuild (Lit included, minified): node examples/node-server/build.js
import {build} from 'esbuild';
import {fileURLToPath} from 'node:url';

export const defaultClient = fileURLToPath(new URL('dist/client.js', import.meta.url));

/** Writes the client bundle to `outfile`. */
export async function buildClient(outfile = defaultClient) {
  await build({
    entryPoints: [fileURLToPath(new URL('client.js', import.meta.url))],
    bundle: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    outfile,
    logLevel: 'warning',
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildClient();
