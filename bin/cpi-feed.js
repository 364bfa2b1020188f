#!/usr/bin/env node
// cpi-feed: checks a Creator Program Index feed before it is published.
//   cpi-feed validate <path-or-url>
// Prints "ok: N sections (M live)", or every problem with its path, and exits 1 on problems.
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';

const usage = 'usage: cpi-feed validate <path-or-url>';

async function main(argv) {
  const [command, target, ...rest] = argv;
  if (command === '--help' || command === '-h') {
    console.log(usage);
    return 0;
  }
  if (command !== 'validate' || !target || rest.length) {
    console.error(usage);
    return 2;
  }
  const {FeedError, parseFeed, loadFeed, countFigures} = await import('../dist/feed/index.js');
  let feed;
  try {
    if (/^https?:\/\//i.test(target)) {
      feed = (await loadFeed(target)).feed;
    } else {
      let text;
      try {
        text = await readFile(resolve(target), 'utf8');
      } catch (error) {
        console.error(`${target}: cannot be read (${error.code ?? error.message})`);
        return 2;
      }
      let raw;
      try {
        raw = JSON.parse(text);
      } catch (error) {
        console.error(`${target}: not valid JSON: ${error.message}`);
        return 1;
      }
      // A file has no web address yet: relative links are checked as if it were published.
      feed = parseFeed(raw, {baseUrl: 'https://feed.invalid/feed.json'});
    }
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    const problems = error.problems.length ? error.problems : [error.message];
    console.error(
      `${target}: ${problems.length === 1 ? '1 problem' : `${problems.length} problems`}`,
    );
    for (const problem of problems) console.error(`  ${problem}`);
    return 1;
  }
  const {sections, live} = countFigures(feed);
  if (feed.warnings.length) {
    console.error(
      `${target}: ${feed.warnings.length === 1 ? '1 problem' : `${feed.warnings.length} problems`} (the widget would drop or shorten these)`,
    );
    for (const warning of feed.warnings) console.error(`  ${warning}`);
    return 1;
  }
  console.log(`ok: ${sections} ${sections === 1 ? 'section' : 'sections'} (${live} live)`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error);
    process.exit(2);
  },
);
