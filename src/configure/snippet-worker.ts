/**
 * The configurator's worker: makes the snippet for the page's choices with the same function as
 * `cpi-feed snippet` (src/cli/snippet.ts), server render included, so that what the page shows
 * is exactly what the command prints. Bundled with Lit's server build (scripts/build-configurator.js).
 */
import {makeSnippet, type SnippetOptions} from '../cli/snippet.js';

addEventListener('message', async (event: MessageEvent<SnippetOptions & {id: number}>) => {
  const {id, ...options} = event.data;
  try {
    postMessage({id, snippet: await makeSnippet(options)});
  } catch (error) {
    postMessage({id, error: (error as Error).message});
  }
});
