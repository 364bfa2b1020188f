/**
 * `cpi-feed snippet <index|card|cta> [options]`: prints what to paste (see snippet.ts).
 */
import {readFile} from 'node:fs/promises';
import {parseArgs} from 'node:util';
import {closestIds} from '../feed/closest-ids.js';
import {FeedError} from '../feed/feed-error.js';
import {parseFeed} from '../feed/parse-feed.js';
import {officialFeedUrl, publishedBase} from '../published.js';
import {usageError, type CliContext, type Command} from './main.js';
import {readFeedArgument} from './read-feed.js';
import {
  makeSnippet,
  snippetElements,
  snippetForms,
  type SnippetElement,
  type SnippetForm,
} from './snippet.js';

export const snippetCommand: Command = {
  usage: 'snippet <index|card|cta> [options]',
  help: [
    '  --section ID         the section of a card',
    '  --feed PATH-OR-URL   the feed to pre-render (a URL also becomes the element’s src)',
    '  --cdn URL            where cpi.js and feed.json are published (relative works: /cdn/)',
    '  --lang L, --theme T, --partner P, --heading-level N   the element’s attributes',
    '  --form F             static (default: the finished element, then the script), script,',
    '                       iframe, link (the section page that unfurls), react, vue',
    '  --site URL           the static site, for iframe and link (default: the published site)',
    '  --pin                the script of this release, with its integrity (dist/cdn/integrity.json)',
  ],
  summary: 'print what to paste into a page',
  run: snippet,
};

async function snippet(args: string[], context: CliContext): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({values, positionals} = parseArgs({
      args,
      options: {
        section: {type: 'string'},
        feed: {type: 'string'},
        cdn: {type: 'string'},
        lang: {type: 'string'},
        theme: {type: 'string'},
        partner: {type: 'string'},
        'heading-level': {type: 'string'},
        form: {type: 'string'},
        pin: {type: 'boolean'},
        site: {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
      allowPositionals: true,
    }));
  } catch (error) {
    return usageError('snippet', (error as Error).message, context);
  }
  if (values.help) {
    context.out(`usage: cpi-feed ${snippetCommand.usage}`);
    snippetCommand.help?.forEach((line) => context.out(line));
    return 0;
  }
  const [element] = positionals;
  if (positionals.length !== 1 || !Object.hasOwn(snippetElements, element)) {
    return usageError('snippet', 'say which element: index, card or cta', context);
  }
  const form = (values.form ?? 'static') as SnippetForm;
  if (!snippetForms.includes(form)) {
    return usageError('snippet', `--form is one of ${snippetForms.join(', ')}`, context);
  }
  const theme = values.theme;
  if (theme !== undefined && !['light', 'dark', 'auto'].includes(theme)) {
    return usageError('snippet', '--theme is light, dark or auto', context);
  }
  const level = values['heading-level'] === undefined ? undefined : Number(values['heading-level']);
  if (level !== undefined && !(Number.isInteger(level) && level >= 1 && level <= 6)) {
    return usageError('snippet', '--heading-level is a whole number from 1 to 6', context);
  }

  // The data to pre-render: the official feed, a file, or a URL (which also becomes `src`).
  const feedArg = values.feed;
  const read = await readFeedArgument(feedArg, context);
  if (!read) return 2;
  const {data, src} = read;
  let sections: string[];
  try {
    sections = parseFeed(data, {baseUrl: src ?? officialFeedUrl}).sections.map((s) => s.id);
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    context.err(`${feedArg}: not a feed the widgets can show; run cpi-feed validate on it`);
    return 1;
  }
  if (element === 'card') {
    const section = values.section;
    if (!section || !sections.includes(section)) {
      const closest = closestIds(section ?? '', sections).slice(0, 3);
      context.err(
        section
          ? `cpi-feed snippet: there is no section "${section}"; did you mean ${closest.map((id) => `"${id}"`).join(', ')}?`
          : `cpi-feed snippet: a card needs --section, one of: ${sections.join(', ')}`,
      );
      return 2;
    }
  }
  let pin: {version: string; integrity: string} | undefined;
  if (values.pin) {
    try {
      const built = JSON.parse(
        await readFile(new URL('../cdn/integrity.json', import.meta.url), 'utf8'),
      ) as {version: string; files: Record<string, string>};
      const integrity = built.files[`${built.version}/cpi.js`];
      if (!integrity) throw new Error('cpi.js is not in it');
      pin = {version: built.version, integrity};
    } catch (error) {
      context.err(
        `cpi-feed snippet --pin: the CDN build's integrity.json cannot be read (${(error as Error).message}); run npm run build first`,
      );
      return 2;
    }
  }
  context.out(
    (
      await makeSnippet({
        pin,
        element: element as SnippetElement,
        section: values.section,
        feed: data,
        src,
        cdn: values.cdn ?? new URL('cdn/', publishedBase).href,
        site: values.site ?? publishedBase,
        lang: values.lang,
        theme: theme as 'light' | 'dark' | 'auto' | undefined,
        partner: values.partner,
        headingLevel: level,
        form,
      })
    ).replace(/\n$/, ''),
  );
  return 0;
}
