/**
 * `cpi-feed build [FEED] --out DIR --base URL [--cdn URL]`: writes the static site (see
 * publish/build-site.ts) and says what it wrote and how long it took.
 */
import {relative, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {FeedError} from '../feed/feed-error.js';
import type {SiteFile} from '../publish/build-site.js';
import {normalizeBase} from '../publish/html.js';
import {usageError, type CliContext, type Command} from './main.js';
import {readFeedArgument} from './read-feed.js';

export const buildCommand: Command = {
  usage: 'build [FEED] --out DIR --base URL [--cdn URL]',
  summary: 'write the static site: section pages, unfurl images, embeds, oEmbed',
  help: [
    '  FEED          a feed file or URL (default: the official feed)',
    '  --out DIR     where to write the site',
    '  --base URL    the public URL the site is deployed at (absolute URLs in meta tags need it)',
    '  --cdn URL     where cpi.js and feed.json are published (default: cdn/ under --base)',
  ],
  run: build,
};

function kilobytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(1)} MB`
    : `${Math.round(bytes / 1024)} KB`;
}

/** What was written, a line per kind of file rather than a line per file. */
function summarize(files: SiteFile[]): string[] {
  const count = (test: (path: string) => boolean) => files.filter((f) => test(f.path)).length;
  const top = files.filter((f) => !f.path.includes('/')).map((f) => f.path);
  const pages = count((p) => /^sections\/[^/]+\/index\.html$/.test(p));
  const images = count((p) => /^sections\/[^/]+\/og\.png$/.test(p));
  const embeds = count((p) => /^embed\/[^/]+\.html$/.test(p));
  const oembed = count((p) => /^oembed\/[^/]+\.json$/.test(p) && p !== 'oembed/sizes.json');
  return [
    `  ${top.join(', ')}`,
    `  sections/<id>/: ${pages} pages (index.html), ${images} unfurl images (og.png)`,
    `  embed/: ${embeds} pages for iframes (<id>.html, index.html, register.html), frame.js`,
    `  oembed/: ${oembed} oEmbed responses (<id>.json, index.json, register.json), sizes.json`,
  ];
}

async function build(args: string[], context: CliContext): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({values, positionals} = parseArgs({
      args,
      options: {
        out: {type: 'string'},
        base: {type: 'string'},
        cdn: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
      allowPositionals: true,
    }));
  } catch (error) {
    return usageError('build', (error as Error).message, context);
  }
  if (values.help) {
    context.out(`usage: cpi-feed ${buildCommand.usage}`);
    buildCommand.help?.forEach((line) => context.out(line));
    return 0;
  }
  if (positionals.length > 1) return usageError('build', 'one feed at a time', context);
  if (!values.out) return usageError('build', 'where to? --out DIR is missing', context);
  if (!values.base) {
    return usageError('build', '--base URL is missing: the public URL of the site', context);
  }
  if (!normalizeBase(values.base)) {
    return usageError(
      'build',
      `--base must be an absolute http(s) URL, not "${values.base}"`,
      context,
    );
  }

  const [feedArg] = positionals;
  const read = await readFeedArgument(feedArg, context);
  if (!read) return 2;
  const {data, src} = read;

  const cwd = context.cwd ?? process.cwd();
  const out = resolve(cwd, values.out);
  let built;
  try {
    // Loaded only when building: the image and bundling tools are needed for nothing else.
    const {buildSite} = await import('../publish/build-site.js');
    built = await buildSite({feed: data, out, base: values.base, cdn: values.cdn, src});
  } catch (error) {
    if (error instanceof FeedError) {
      const name = feedArg ?? 'the official feed';
      context.err(`${name}: not a feed the site can be built from (cpi-feed validate tells more):`);
      const problems = error.problems.length ? error.problems : [error.message];
      problems.forEach((problem) => context.err(`  ${problem}`));
      return 1;
    }
    context.err(`cpi-feed build: ${(error as Error).message}`);
    return 2;
  }
  const bytes = built.files.reduce((sum, file) => sum + file.bytes, 0);
  const shorter = relative(cwd, out);
  const where = shorter.startsWith('..') ? out : shorter || '.';
  context.out(
    `wrote ${built.files.length} files (${kilobytes(bytes)}) to ${where} in ${(built.ms / 1000).toFixed(1)} s`,
  );
  summarize(built.files).forEach((line) => context.out(line));
  context.out(`  for ${built.base}, with cpi.js and feed.json from ${built.cdn}`);
  return 0;
}
