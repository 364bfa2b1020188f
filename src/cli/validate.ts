/**
 * The feed editors' check: everything the widget would refuse, drop, shorten or silently treat
 * differently, as a report. Stricter than the widget, which forgives what it can: here a misspelled
 * field or status is named, with the nearest word this version knows.
 *
 * Pure: no file, network or console access (see `main.ts` for the command around it).
 */
import {FeedError} from '../feed/feed-error.js';
import {defaultFeedLoadSettings} from '../feed/load-feed.js';
import {parseFeed} from '../feed/parse-feed.js';
import {knownStatuses, statusDefinition} from '../feed/statuses.js';

/** One problem: where it is (a field path such as `sections[3].id`, `3:12`, or a header) and what. */
export interface Problem {
  path: string;
  message: string;
  /** Lines that show the problem in place: the offending line of JSON and a caret under it. */
  excerpt?: string[];
}

/** What the feed's header figures would show. */
export interface FeedSummary {
  sections: number;
  live: number;
}

/** The result of a check. */
export interface ValidationReport {
  /** What makes the widget refuse the feed (or partners' pages unable to read it). */
  errors: Problem[];
  /** What the widget would drop, shorten, ignore or show differently from what was meant. */
  warnings: Problem[];
  /** The figures the widget would show; absent when the feed cannot be read as a feed. */
  summary?: FeedSummary;
  /** Why the feed could not be read at all (an HTTP error); nothing else was checked. */
  unreadable?: string;
}

/** Options of {@link validateFeed}. */
export interface ValidateFeedOptions {
  /** The feed's URL, for relative links. A file is checked as if published at a placeholder URL. */
  baseUrl?: string;
  /** The feed's size in bytes, if known (else the UTF-8 length of the text). */
  bytes?: number;
}

/** The parts of a fetched response the check reads (a `Response`'s headers fit). */
export interface FetchedFeed {
  /** The final URL, after redirects. */
  url: string;
  status: number;
  statusText?: string;
  headers: {get(name: string): string | null};
  /** The body as text; incomplete when `complete` is false. */
  text: string;
  /** The body's size in bytes (as far as it was read). */
  bytes: number;
  /** False when reading stopped at the command's own cap, far above the widget's limit. */
  complete: boolean;
}

/** The largest feed the widget reads, in bytes: over it, partners' pages show an error. */
export const widgetMaxBytes = defaultFeedLoadSettings.maxBytes;
/** Above this size a feed still works, but slows every page that embeds it. */
export const warnBytes = 100_000;

/** The fields feed format version 1 knows, at each level. */
export const knownFields = {
  feed: ['version', 'index', 'register', 'sections'],
  index: ['title', 'tagline', 'description', 'access', 'language'],
  access: ['label', 'detail'],
  register: ['url', 'eyebrow', 'heading', 'body', 'label'],
  section: ['id', 'title', 'status', 'summary', 'conversations', 'updated', 'url'],
} as const;

// A file has no web address yet: relative links are checked as if it were published.
const placeholderBase = 'https://feed.invalid/feed.json';

/** Checks a feed's text: JSON syntax, the format (with the widget's own parser), and what it forgives. */
export function validateFeed(text: string, options: ValidateFeedOptions = {}): ValidationReport {
  const report: ValidationReport = {errors: [], warnings: []};
  checkSize(options.bytes ?? new TextEncoder().encode(text).byteLength, report);
  checkContent(text, options.baseUrl ?? placeholderBase, report);
  return report;
}

/**
 * Checks a fetched feed as partners' pages will get it: the HTTP status, whether other origins may
 * read it (`Access-Control-Allow-Origin`), its content type and size, then its text.
 *
 * @param origin The `Origin` the request was sent with (a server may echo it in its CORS answer).
 */
export function validateResponse(response: FetchedFeed, origin?: string): ValidationReport {
  const report: ValidationReport = {errors: [], warnings: []};
  if (response.status < 200 || response.status > 299) {
    report.unreadable = `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`;
    return report;
  }
  checkCors(response.headers.get('access-control-allow-origin'), origin, report);
  checkContentType(response.headers.get('content-type'), report);
  if (!response.complete) {
    report.errors.push({
      path: 'size',
      message: `more than ${formatBytes(response.bytes)}; reading stopped there, so its content was not checked (the widget reads at most ${formatBytes(widgetMaxBytes)})`,
    });
    return report;
  }
  checkSize(response.bytes, report);
  checkContent(response.text, response.url, report);
  return report;
}

/** 0: fine (warnings allowed); 1: problems (any error, or any warning when `strict`); 2: unreadable. */
export function exitCode(report: ValidationReport, strict = false): 0 | 1 | 2 {
  if (report.unreadable !== undefined) return 2;
  if (report.errors.length || (strict && report.warnings.length)) return 1;
  return 0;
}

function checkContent(text: string, baseUrl: string, report: ValidationReport) {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    report.errors.push(syntaxProblem(text, error));
    return;
  }

  const errors: string[] = [];
  let warnings: string[] = [];
  try {
    const feed = parseFeed(value, {baseUrl});
    warnings = feed.warnings;
    report.summary = {
      sections: feed.sections.length,
      live: feed.sections.filter((s) => statusDefinition(s.status)?.live).length,
    };
  } catch (error) {
    if (!(error instanceof FeedError)) throw error;
    errors.push(...(error.problems.length ? error.problems : [error.message]));
    // The parser throws away its warnings when it finds an error. Parsing again with stand-ins for
    // the refused required fields recovers them, so one run lists every problem.
    try {
      warnings = parseFeed(withStandIns(value), {baseUrl}).warnings;
    } catch {
      // A rule the stand-ins do not cover: the errors above are still every error.
    }
  }
  report.errors.push(...errors.map(splitProblem));
  const extra: Problem[] = [];
  checkFields(value, extra);
  // The language tag is checked here more closely than the widget does (checkLanguage): one
  // warning for it, this command's.
  const parsed = warnings.map(splitProblem).filter((w) => w.path !== 'index.language');
  report.warnings.push(...sortByPlace([...parsed, ...extra]));
}

/** `sections[4].status: expected a string, got 42` → its path and its message. */
function splitProblem(problem: string): Problem {
  const at = problem.indexOf(': ');
  return at === -1
    ? {path: 'feed', message: problem}
    : {path: problem.slice(0, at), message: problem.slice(at + 2)};
}

// The parser reports field by field and the extra checks level by level; a reader wants both in
// the feed's own order, section by section.
function sortByPlace(problems: Problem[]): Problem[] {
  const top = ['version', 'index', 'register', 'sections'];
  const place = (path: string) => {
    const match = /^([^.[]*)(?:\[(\d+)\])?/.exec(path);
    const rank = top.indexOf(match?.[1] ?? '');
    return [rank === -1 ? top.length : rank, match?.[2] === undefined ? -1 : Number(match[2])];
  };
  return problems
    .map((problem, i) => ({problem, i, key: place(problem.path)}))
    .sort((a, b) => a.key[0] - b.key[0] || a.key[1] - b.key[1] || a.i - b.i)
    .map((entry) => entry.problem);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * A copy of a feed whose refused required fields are replaced by valid stand-ins (the rules of
 * PRODUCT.md: a version, an index with a title, a list of sections each with an id, title and
 * status). Optional fields are kept as written, so parsing the copy yields their warnings.
 */
function withStandIns(value: unknown): unknown {
  if (!isObject(value)) return value;
  const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v : 'x');
  const index = isObject(value.index) ? value.index : {};
  const sections = Array.isArray(value.sections) ? value.sections.slice(0, 1000) : [];
  return {
    ...value,
    version: Number.isInteger(value.version) && (value.version as number) >= 1 ? value.version : 1,
    index: {...index, title: text(index.title)},
    // Ids carry no warnings, so every section gets a fresh one: that also settles duplicates.
    sections: sections.map((s: unknown, i) => {
      const section = isObject(s) ? s : {};
      return {...section, id: `s${i}`, title: text(section.title), status: text(section.status)};
    }),
  };
}

/** Unknown fields at every level, unknown statuses, and the language tag. */
function checkFields(value: unknown, warnings: Problem[]) {
  if (!isObject(value)) return;
  unknownFields(value, knownFields.feed, '', warnings);
  if (isObject(value.index)) {
    unknownFields(value.index, knownFields.index, 'index', warnings);
    if (isObject(value.index.access))
      unknownFields(value.index.access, knownFields.access, 'index.access', warnings);
    checkLanguage(value.index.language, warnings);
  }
  if (isObject(value.register))
    unknownFields(value.register, knownFields.register, 'register', warnings);
  if (!Array.isArray(value.sections)) return;
  value.sections.forEach((section: unknown, i) => {
    if (!isObject(section)) return;
    const path = `sections[${i}]`;
    unknownFields(section, knownFields.section, path, warnings);
    const status = typeof section.status === 'string' ? section.status.trim() : '';
    if (status && !statusDefinition(status)) {
      const guess = nearest(status, knownStatuses);
      warnings.push({
        path: `${path}.status`,
        message: `${JSON.stringify(status)} is not a status this version knows; ${
          guess
            ? `did you mean ${JSON.stringify(guess)}?`
            : `it shows as a neutral badge (known: ${knownStatuses.map((s) => JSON.stringify(s)).join(', ')})`
        }`,
      });
    }
  });
}

function unknownFields(
  obj: Record<string, unknown>,
  known: readonly string[],
  path: string,
  warnings: Problem[],
) {
  for (const key of Object.keys(obj)) {
    if (known.includes(key)) continue;
    const guess = nearest(key, known);
    warnings.push({
      path: fieldPath(path, key),
      message: `not a field this version knows; ${guess ? `did you mean ${JSON.stringify(guess)}?` : 'the widget ignores it'}`,
    });
  }
}

function fieldPath(path: string, key: string): string {
  if (!/^[A-Za-z_$][\w$]*$/.test(key)) return `${path}[${JSON.stringify(key)}]`;
  return path ? `${path}.${key}` : key;
}

function checkLanguage(language: unknown, warnings: Problem[]) {
  if (language === undefined || language === null) return;
  const example = 'a BCP 47 language tag such as "en" or "pt-BR"';
  if (typeof language !== 'string') {
    warnings.push({
      path: 'index.language',
      message: `expected ${example}, got ${typeof language === 'object' ? 'an object or a list' : String(language)}`,
    });
    return;
  }
  let plausible = false;
  try {
    // Syntax alone lets through words like "english" (5–8 letters is a valid, if unused, form):
    // every language readers' browsers know has a 2- or 3-letter code.
    plausible = /^[a-z]{2,3}$/i.test(
      new Intl.Locale(Intl.getCanonicalLocales(language)[0]).language,
    );
  } catch {
    // Intl throws a RangeError for anything that is not a tag.
  }
  if (!plausible) {
    warnings.push({
      path: 'index.language',
      message: `${JSON.stringify(language)} is not ${example}`,
    });
  }
}

/** The known word nearest to `word` (ignoring case), if one is close enough to be a slip. */
export function nearest(word: string, known: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  const limit = lower.length <= 4 ? 1 : 2;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const candidate of known) {
    const d = editDistance(lower, candidate.toLowerCase());
    if (d < bestDistance && d < candidate.length) [best, bestDistance] = [candidate, d];
  }
  return best;
}

/** Insertions, deletions, substitutions and swaps of two neighbours (`titel` → `title` is one). */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: the distance between a's first i and b's first j characters.
  const rows = Array.from({length: a.length + 1}, (_, i) =>
    Array.from({length: b.length + 1}, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d = Math.min(d, rows[i - 2][j - 2] + 1);
      rows[i][j] = d;
    }
  }
  return rows[a.length][b.length];
}

function checkSize(bytes: number, report: ValidationReport) {
  if (bytes > widgetMaxBytes) {
    report.errors.push({
      path: 'size',
      message: `${formatBytes(bytes)}; the widget reads at most ${formatBytes(widgetMaxBytes)}, so partners' pages would show an error instead of the index`,
    });
  } else if (bytes > warnBytes) {
    report.warnings.push({
      path: 'size',
      message: `${formatBytes(bytes)}; over ${formatBytes(warnBytes)}, it slows every page that embeds it (the widget's limit is ${formatBytes(widgetMaxBytes)})`,
    });
  }
}

/** `1 MB`, `1.2 MB`, `150 kB` (decimal units, as the widget's limit is written). */
export function formatBytes(bytes: number): string {
  const round = (n: number) => String(Math.round(n * 10) / 10);
  if (bytes >= 1_000_000) return `${round(bytes / 1_000_000)} MB`;
  if (bytes >= 1000) return `${round(bytes / 1000)} kB`;
  return `${bytes} bytes`;
}

function checkCors(allowed: string | null, origin: string | undefined, report: ValidationReport) {
  const path = 'Access-Control-Allow-Origin';
  const value = allowed?.trim();
  if (!value) {
    report.errors.push({
      path,
      message:
        'missing, so pages on other sites cannot read this feed; send "Access-Control-Allow-Origin: *"',
    });
  } else if (value.includes(',') || value.includes(' ')) {
    report.errors.push({
      path,
      message: `${JSON.stringify(value)} names more than one origin, which browsers refuse; send "*"`,
    });
  } else if (value !== '*' && value !== origin) {
    report.warnings.push({
      path,
      message: `only pages on ${value} may read this feed (this check asked as ${origin ?? 'no origin'}); partners' pages elsewhere cannot, unless the server answers each origin`,
    });
  }
}

function checkContentType(type: string | null, report: ValidationReport) {
  const path = 'Content-Type';
  const media = type?.split(';')[0].trim().toLowerCase();
  if (!media) {
    report.warnings.push({path, message: 'missing; serve the feed as "application/json"'});
  } else if (media !== 'application/json' && !media.endsWith('+json')) {
    report.warnings.push({
      path,
      message: `${JSON.stringify(media)} is not a JSON type; serve the feed as "application/json"`,
    });
  }
}

// Anchored at the end: V8 quotes the feed's own text in some messages, and it may say anything.
// (Newer V8 adds `(line 3 column 5)` after the position.)
const jsonPosition = / (?:in JSON )?at position (\d+)(?: \(line \d+ column \d+\))?$/;

/** A JSON syntax error as `line:column`, the line, and a caret under the column. */
export function syntaxProblem(text: string, error: SyntaxError): Problem {
  if (!text.trim()) return {path: '1:1', message: 'not valid JSON: the file is empty'};
  const message = error.message;
  const at = jsonPosition.exec(message);
  let offset: number;
  let reason: string;
  const end = text.trimEnd().length;
  if (at) {
    offset = Number(at[1]);
    reason = message.slice(0, at.index);
  } else if (message.includes('Unexpected end of JSON input')) {
    offset = end;
    reason = 'the text ends before the JSON does';
  } else {
    offset = firstBadOffset(text);
    // `Unexpected token '}', "…the text, maybe cut…" is not valid JSON`: the text adds nothing here.
    reason = message.replace(/^(Unexpected token '.+?'), .* is not valid JSON$/s, '$1');
  }
  reason = reason.charAt(0).toLowerCase() + reason.slice(1);
  const before = text.slice(0, offset).trimEnd();
  if (offset >= end) {
    // Point just after the last thing written, not at a trailing newline.
    offset = end;
    if (!reason.startsWith('the text ends')) reason += '; the text ends before the JSON does';
    reason += ' (a closing }, ] or " may be missing)';
  } else if (/[}\]]/.test(text.charAt(offset)) && before.endsWith(',')) {
    reason += ' (JSON allows no comma before a closing bracket)';
  } else if (
    reason.startsWith("expected ','") &&
    /[\r\n]/.test(text.slice(before.length, offset))
  ) {
    const line = before.split(/\r\n|\r|\n/).length;
    reason += ` (is a comma missing at the end of line ${line}?)`;
  }

  const lines = text.slice(0, offset).split(/\r\n|\r|\n/);
  const line = lines.length;
  const column = lines[lines.length - 1].length + 1;
  const rest = text.slice(offset - (column - 1));
  const lineEnd = rest.search(/[\r\n]/);
  return {
    path: `${line}:${column}`,
    message: `not valid JSON: ${reason}`,
    excerpt: excerpt(lineEnd === -1 ? rest : rest.slice(0, lineEnd), column - 1),
  };
}

/**
 * The offset of the first character that makes `text` invalid JSON (`text` must be invalid).
 *
 * V8 gives no position for some errors (`Unexpected token 'x', "…" is not valid JSON`). The
 * parser reads left to right, so every prefix shorter than the error is "only unfinished" and
 * every longer one fails before its end: a binary search finds the first failing character.
 */
export function firstBadOffset(text: string): number {
  const unfinished = (prefix: string) => {
    try {
      JSON.parse(prefix);
      return true;
    } catch (error) {
      const message = (error as Error).message;
      const at = jsonPosition.exec(message);
      return message.includes('Unexpected end') || (at !== null && Number(at[1]) >= prefix.length);
    }
  };
  let good = 0;
  let bad = text.length;
  while (bad - good > 1) {
    const mid = (good + bad) >>> 1;
    if (unfinished(text.slice(0, mid))) good = mid;
    else bad = mid;
  }
  return bad - 1;
}

/** The line (cut to a window around the column when long, as in minified feeds) and a caret. */
function excerpt(line: string, index: number): string[] {
  const width = 100;
  let start = 0;
  let shown = line;
  let lead = '';
  if (line.length > width) {
    start = Math.max(0, Math.min(index - width / 2, line.length - width));
    lead = start > 0 ? '…' : '';
    shown = lead + line.slice(start, start + width) + (start + width < line.length ? '…' : '');
  }
  const caretAt = lead.length + index - start;
  // Tabs stay tabs under the line so the caret lines up whatever the terminal's tab width.
  const pad = shown.slice(0, caretAt).replace(/[^\t]/g, ' ');
  return [shown, `${pad}^`];
}
