/**
 * The feed a command works on: the official feed published with the package (beside the build,
 * or in the repository), a file, or a URL (which a snippet then also uses as the element's `src`).
 */
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import type {CliContext} from './main.js';

async function officialFeedFile(): Promise<unknown> {
  for (const path of ['../feed.json', '../../feed.json']) {
    try {
      return JSON.parse(await readFile(new URL(path, import.meta.url), 'utf8'));
    } catch {
      // Not here: try the next place.
    }
  }
  throw new Error('the official feed (feed.json) is not beside the command');
}

/**
 * The feed named by a command's argument, and its URL when it is one; `undefined` after saying
 * why it cannot be read (the command then exits 2).
 */
export async function readFeedArgument(
  feedArg: string | undefined,
  context: CliContext,
): Promise<{data: unknown; src?: string} | undefined> {
  try {
    if (feedArg === undefined) return {data: await officialFeedFile()};
    if (/^https?:\/\//i.test(feedArg)) {
      const response = await fetch(feedArg, {
        headers: {accept: 'application/json'},
        signal: AbortSignal.timeout(context.timeoutMs ?? 10_000),
      });
      if (!response.ok) throw new Error(`HTTP ${response.status}`);
      return {data: await response.json(), src: feedArg};
    }
    const path = resolve(context.cwd ?? process.cwd(), feedArg);
    return {data: JSON.parse(await readFile(path, 'utf8'))};
  } catch (error) {
    context.err(`${feedArg ?? 'the official feed'}: cannot be read (${(error as Error).message})`);
    return undefined;
  }
}
