import type {Feed, FeedAccess, FeedIndex, FeedRegister, FeedSection} from './feed.types.js';
import {FeedError} from './feed-error.js';
import {safeUrl} from './urls.js';

/** Options of {@link parseFeed}. */
export interface ParseFeedOptions {
  /** The feed's own URL: relative URLs inside the feed resolve against it. */
  baseUrl: string | URL;
}

/** The longest text kept for each kind of field; longer text is cut (with `…`) and a warning. */
export const textLimits = {
  title: 200,
  short: 300,
  long: 2000,
  url: 2048,
} as const;

// The schema's pattern for index.language: a 2- or 3-letter language and optional subtags.
const languagePattern = /^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/;
const sectionIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const updatedPattern = /^(\d{4})-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?$/;
const maxConversations = 1_000_000;
const maxSections = 1000;

type Problems = {errors: string[]; warnings: string[]};

/** Names a value's type the way a feed editor would say it. */
function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') {
    const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return `the text ${JSON.stringify(shown)}`;
  }
  if (typeof value === 'object') return 'an object';
  return String(value);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The object's own fields in an object with no prototype, so that a name a page added to
 * `Object.prototype` (`url`, `register`) never reads as a field of the feed.
 */
function fields(value: Record<string, unknown>): Record<string, unknown> {
  return Object.assign(Object.create(null) as Record<string, unknown>, value);
}

function cut(text: string, limit: number, path: string, p: Problems): string {
  if (text.length <= limit) return text;
  p.warnings.push(`${path}: longer than ${limit} characters; it was shortened`);
  return `${text.slice(0, limit - 1)}…`;
}

/** A required, non-empty text. */
function requiredText(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  limit: number,
  p: Problems,
) {
  const value = obj[key];
  if (value === undefined) {
    p.errors.push(`${path}.${key}: missing; it is required`);
    return '';
  }
  if (typeof value !== 'string') {
    p.errors.push(`${path}.${key}: expected a string, got ${describe(value)}`);
    return '';
  }
  if (!value.trim()) {
    p.errors.push(`${path}.${key}: must not be empty`);
    return '';
  }
  return cut(value.trim(), limit, `${path}.${key}`, p);
}

/** An optional text: a wrong type is dropped with a warning, so one bad field hides one line. */
function optionalText(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  limit: number,
  p: Problems,
) {
  const value = obj[key];
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') {
    p.warnings.push(`${path}.${key}: expected a string, got ${describe(value)}; it was left out`);
    return undefined;
  }
  return value.trim() ? cut(value.trim(), limit, `${path}.${key}`, p) : undefined;
}

function optionalUrl(
  obj: Record<string, unknown>,
  key: string,
  path: string,
  base: string | URL,
  p: Problems,
) {
  const raw = optionalText(obj, key, path, Infinity, p);
  if (raw === undefined) return undefined;
  const url = raw.length <= textLimits.url ? safeUrl(raw, base) : undefined;
  if (url === undefined) {
    p.warnings.push(
      `${path}.${key}: ${describe(raw)} is not an http, https or mailto link; it was left out`,
    );
  }
  return url;
}

/**
 * Copies only the keys whose value is defined, so absent fields stay absent, into an object with
 * no prototype: a name a page added to `Object.prototype` (`url`, `register`) must not read as a
 * field the feed left out. (A copy rather than `delete`, which makes objects slow to read.)
 */
function defined<T extends object>(obj: T): T {
  const copy = Object.create(null) as T;
  for (const key in obj) if (obj[key] !== undefined) copy[key] = obj[key];
  return copy;
}

function parseIndex(input: unknown, p: Problems): FeedIndex {
  const value = isObject(input) ? fields(input) : input;
  if (!isObject(value)) {
    p.errors.push(
      value === undefined
        ? 'index: missing; it is required'
        : `index: expected an object, got ${describe(value)}`,
    );
    return {title: ''};
  }
  let access: FeedAccess | undefined;
  if (isObject(value.access)) {
    const fieldsOfAccess = fields(value.access);
    access = defined({
      label: optionalText(fieldsOfAccess, 'label', 'index.access', textLimits.title, p),
      detail: optionalText(fieldsOfAccess, 'detail', 'index.access', textLimits.short, p),
    });
    if (!access.label && !access.detail) access = undefined;
  } else if (value.access !== undefined && value.access !== null) {
    p.warnings.push(
      `index.access: expected an object, got ${describe(value.access)}; it was left out`,
    );
  }
  let language = optionalText(value, 'language', 'index', 35, p);
  if (language !== undefined && !languagePattern.test(language)) {
    p.warnings.push(
      `index.language: expected a BCP 47 language tag like "en" or "pt-BR", got ${describe(language)}; it was left out`,
    );
    language = undefined;
  }
  return defined({
    title: requiredText(value, 'title', 'index', textLimits.title, p),
    tagline: optionalText(value, 'tagline', 'index', textLimits.short, p),
    description: optionalText(value, 'description', 'index', textLimits.long, p),
    access,
    language,
  });
}

function parseRegister(input: unknown, base: string | URL, p: Problems): FeedRegister | undefined {
  if (input === undefined || input === null) return undefined;
  if (!isObject(input)) {
    p.warnings.push(`register: expected an object, got ${describe(input)}; it was left out`);
    return undefined;
  }
  const value = fields(input);
  return defined({
    url: optionalUrl(value, 'url', 'register', base, p),
    eyebrow: optionalText(value, 'eyebrow', 'register', textLimits.title, p),
    heading: optionalText(value, 'heading', 'register', textLimits.short, p),
    body: optionalText(value, 'body', 'register', textLimits.long, p),
    label: optionalText(value, 'label', 'register', textLimits.title, p),
  });
}

function parseSection(
  input: unknown,
  path: string,
  base: string | URL,
  p: Problems,
): FeedSection | undefined {
  if (!isObject(input)) {
    p.errors.push(`${path}: expected an object, got ${describe(input)}`);
    return undefined;
  }
  const value = fields(input);
  let id = '';
  if (value.id === undefined) p.errors.push(`${path}.id: missing; it is required`);
  else if (typeof value.id !== 'string')
    p.errors.push(`${path}.id: expected a string, got ${describe(value.id)}`);
  else if (!sectionIdPattern.test(value.id) || value.id.length > 100)
    p.errors.push(
      `${path}.id: ${describe(value.id)} must be lowercase words joined by hyphens, like "brief-writing"`,
    );
  else id = value.id;

  const title = requiredText(value, 'title', path, textLimits.title, p);

  const status = requiredText(value, 'status', path, 40, p);

  const summary = optionalText(value, 'summary', path, textLimits.long, p);

  let conversations: number | undefined;
  const c = value.conversations;
  if (c !== undefined && c !== null) {
    if (typeof c === 'number' && Number.isInteger(c) && c >= 0 && c <= maxConversations)
      conversations = c;
    else
      p.warnings.push(
        `${path}.conversations: expected a whole number from 0 to ${maxConversations}, got ${describe(c)}; it was left out`,
      );
  }

  let updated = optionalText(value, 'updated', path, 10, p);
  if (updated !== undefined && !updatedPattern.test(updated)) {
    p.warnings.push(
      `${path}.updated: expected a year-month like "2026-05" or a date like "2026-05-14", got ${describe(updated)}; it was left out`,
    );
    updated = undefined;
  }

  return defined({
    id,
    title,
    status,
    summary,
    conversations,
    updated,
    url: optionalUrl(value, 'url', path, base, p),
  });
}

/**
 * Checks an untrusted value (parsed JSON) against feed format version 1 and returns a normalized
 * {@link Feed}: texts trimmed, unknown fields left out, relative URLs resolved against
 * `options.baseUrl`, and every URL http(s) or mailto (others are dropped with a warning).
 *
 * @throws {FeedError} of kind `schema` listing every problem found, each with its path.
 */
export function parseFeed(input: unknown, options: ParseFeedOptions): Feed {
  const p: Problems = {errors: [], warnings: []};
  const base = options.baseUrl;
  if (!isObject(input)) {
    throw schemaError([`feed: expected an object, got ${describe(input)}`]);
  }
  const value = fields(input);

  let version = 1;
  if (value.version === undefined) p.errors.push('version: missing; it is required (write 1)');
  else if (
    typeof value.version !== 'number' ||
    !Number.isInteger(value.version) ||
    value.version < 1
  )
    p.errors.push(`version: expected 1, got ${describe(value.version)}`);
  else {
    version = value.version;
    if (version > 1)
      p.warnings.push(
        `version: ${version} is newer than this widget knows; it was read as version 1`,
      );
  }

  const index = parseIndex(value.index, p);
  const register = parseRegister(value.register, base, p);

  const sections: FeedSection[] = [];
  if (!Array.isArray(value.sections)) {
    p.errors.push(
      value.sections === undefined
        ? 'sections: missing; it is required (a list, which may be empty)'
        : `sections: expected a list, got ${describe(value.sections)}`,
    );
  } else {
    if (value.sections.length > maxSections) {
      p.warnings.push(
        `sections: ${value.sections.length} sections; only the first ${maxSections} are read`,
      );
    }
    const seen = new Set<string>();
    const reported = new Set<string>();
    value.sections.slice(0, maxSections).forEach((raw: unknown, i: number) => {
      const section = parseSection(raw, `sections[${i}]`, base, p);
      if (!section) return;
      if (section.id && seen.has(section.id) && !reported.has(section.id)) {
        p.errors.push(`sections: two sections have the id "${section.id}"`);
        reported.add(section.id);
      }
      seen.add(section.id);
      sections.push(section);
    });
  }

  if (p.errors.length) throw schemaError(p.errors);
  return defined<Feed>({version, index, register, sections, warnings: p.warnings});
}

function schemaError(problems: string[]): FeedError {
  const count = problems.length === 1 ? 'a problem' : `${problems.length} problems`;
  return new FeedError('schema', `The feed has ${count}:\n${problems.join('\n')}`, {problems});
}
