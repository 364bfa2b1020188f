import {readFileSync} from 'node:fs';
import fc from 'fast-check';
import {describe, expect, it} from 'vitest';
import {
  editDistance,
  exitCode,
  firstBadOffset,
  nearest,
  syntaxProblem,
  validateFeed,
  validateResponse,
  widgetMaxBytes,
  type FetchedFeed,
  type ValidationReport,
} from '../../src/cli/validate.js';
import {defaultFeedLoadSettings} from '../../src/feed/load-feed.js';

const officialText = readFileSync(new URL('../../feed.json', import.meta.url), 'utf8');
const official = JSON.parse(officialText);

/** The official feed with one change made by `change`. */
function changed(change: (feed: typeof official) => void): string {
  const feed = structuredClone(official);
  change(feed);
  return JSON.stringify(feed, null, 2);
}

/** Every problem as the line the command prints, without the severity. */
function lines(problems: ValidationReport['errors']): string[] {
  return problems.map((p) => `${p.path}: ${p.message}`);
}

function syntaxOf(text: string) {
  try {
    JSON.parse(text);
  } catch (error) {
    return syntaxProblem(text, error as SyntaxError);
  }
  throw new Error(`valid JSON: ${text}`);
}

describe('validateFeed', () => {
  it('finds nothing in the official feed and counts its figures', () => {
    expect(validateFeed(officialText)).toEqual({
      errors: [],
      warnings: [],
      summary: {sections: 22, live: 1},
    });
  });

  it('reports a missing required field as an error with its path', () => {
    const report = validateFeed(changed((f) => delete f.index.title));
    expect(lines(report.errors)).toEqual(['index.title: missing; it is required']);
    expect(report.summary).toBeUndefined();
    expect(exitCode(report)).toBe(1);
  });

  it('names the known status nearest a misspelled one', () => {
    const report = validateFeed(changed((f) => (f.sections[4].status = 'comming-soon')));
    expect(report.errors).toEqual([]);
    expect(lines(report.warnings)).toEqual([
      'sections[4].status: "comming-soon" is not a status this version knows; did you mean "coming-soon"?',
    ]);
  });

  it('ignores case when it suggests a status, and counts what the widget would count', () => {
    const report = validateFeed(
      changed((f) => {
        const live = f.sections.findIndex((s: {status: string}) => s.status === 'live');
        f.sections[live].status = 'Live';
      }),
    );
    expect(lines(report.warnings)).toEqual([
      'sections[1].status: "Live" is not a status this version knows; did you mean "live"?',
    ]);
    // The widget shows no live section for this feed; the check says so rather than hiding it.
    expect(report.summary).toEqual({sections: 22, live: 0});
  });

  it('lists the known statuses when nothing is close, and lets a newer status pass as a warning', () => {
    const report = validateFeed(changed((f) => (f.sections[0].status = 'archived')));
    expect(lines(report.warnings)).toEqual([
      'sections[0].status: "archived" is not a status this version knows; it shows as a neutral badge (known: "live", "coming-soon")',
    ]);
    expect(exitCode(report)).toBe(0);
    expect(exitCode(report, true)).toBe(1);
  });

  it('warns about unknown fields at every level, with the nearest known name where one is close', () => {
    const report = validateFeed(
      changed((f) => {
        f.versoin = 1;
        f.index.titel = 'x';
        f.index.access.lable = 'x';
        f.register.heding = 'x';
        f.sections[3].summmary = f.sections[3].summary;
        delete f.sections[3].summary;
        f.sections[7].colour = 'red';
        f.sections[7]['data-x'] = 1;
      }),
    );
    expect(report.errors).toEqual([]);
    expect(lines(report.warnings)).toEqual([
      'index.titel: not a field this version knows; did you mean "title"?',
      'index.access.lable: not a field this version knows; did you mean "label"?',
      'register.heding: not a field this version knows; did you mean "heading"?',
      'sections[3].summmary: not a field this version knows; did you mean "summary"?',
      'sections[7].colour: not a field this version knows; the widget ignores it',
      'sections[7]["data-x"]: not a field this version knows; the widget ignores it',
      'versoin: not a field this version knows; did you mean "version"?',
    ]);
  });

  it('passes on the parser warnings for fields the widget drops', () => {
    const report = validateFeed(
      changed((f) => {
        f.sections[5].updated = 'May 2026';
        f.register.url = 'javascript:alert(1)';
      }),
    );
    expect(report.errors).toEqual([]);
    expect(lines(report.warnings)).toEqual([
      'register.url: the text "javascript:alert(1)" is not an http, https or mailto link; it was left out',
      'sections[5].updated: expected a year-month like "2026-05" or a date like "2026-05-14", got the text "May 2026"; it was left out',
    ]);
  });

  it('reports errors and warnings together, even those the parser drops when it throws', () => {
    const report = validateFeed(
      changed((f) => {
        delete f.index.title;
        f.version = 'one';
        f.sections[2] = 'not a section';
        f.sections[4].id = f.sections[3].id;
        f.sections[5].title = '';
        f.sections[5].updated = 'May 2026';
        f.sections[6].status = 42;
        f.sections[6].url = 'javascript:alert(1)';
        f.register.url = 'data:text/html,hi';
        f.sections[8].status = 'Live';
      }),
    );
    expect(lines(report.errors)).toEqual([
      'version: expected 1, got the text "one"',
      'index.title: missing; it is required',
      'sections[2]: expected an object, got the text "not a section"',
      'sections: two sections have the id "brief-writing"',
      'sections[5].title: must not be empty',
      'sections[6].status: expected a string, got 42',
    ]);
    expect(lines(report.warnings)).toEqual([
      'register.url: the text "data:text/html,hi" is not an http, https or mailto link; it was left out',
      'sections[5].updated: expected a year-month like "2026-05" or a date like "2026-05-14", got the text "May 2026"; it was left out',
      'sections[6].url: the text "javascript:alert(1)" is not an http, https or mailto link; it was left out',
      'sections[8].status: "Live" is not a status this version knows; did you mean "live"?',
    ]);
  });

  it('still reports warnings when the index or the sections are not objects at all', () => {
    const report = validateFeed(
      JSON.stringify({version: 2, index: 'x', sections: {}, register: {url: 'ftp://x', lable: 1}}),
    );
    expect(lines(report.errors)).toEqual([
      'index: expected an object, got the text "x"',
      'sections: expected a list, got an object',
    ]);
    expect(lines(report.warnings)).toEqual([
      'version: 2 is newer than this widget knows; it was read as version 1',
      'register.url: the text "ftp://x" is not an http, https or mailto link; it was left out',
      'register.lable: not a field this version knows; did you mean "label"?',
    ]);
  });

  it('reports a feed that is not an object', () => {
    expect(lines(validateFeed('[]').errors)).toEqual(['feed: expected an object, got a list']);
  });

  it.each(['en', 'pt-BR', 'zh-Hant-TW', 'de-CH-1996', 'EN-us'])(
    'accepts %j as index.language',
    (language) => {
      expect(validateFeed(changed((f) => (f.index.language = language))).warnings).toEqual([]);
    },
  );

  it.each([
    ['english', '"english" is not a BCP 47 language tag such as "en" or "pt-BR"'],
    ['en_US', '"en_US" is not a BCP 47 language tag such as "en" or "pt-BR"'],
    ['', '"" is not a BCP 47 language tag such as "en" or "pt-BR"'],
    [42, 'expected a BCP 47 language tag such as "en" or "pt-BR", got 42'],
  ])('warns about %j as index.language', (language, message) => {
    const report = validateFeed(changed((f) => (f.index.language = language)));
    expect(lines(report.warnings)).toEqual([`index.language: ${message}`]);
  });

  it('warns over 100 kB and refuses over the widget’s 1 MB', () => {
    expect(lines(validateFeed(officialText, {bytes: 100_000}).warnings)).toEqual([]);
    expect(lines(validateFeed(officialText, {bytes: 150_000}).warnings)).toEqual([
      "size: 150 kB; over 100 kB, it slows every page that embeds it (the widget's limit is 1 MB)",
    ]);
    expect(lines(validateFeed(officialText, {bytes: 1_000_000}).errors)).toEqual([]);
    expect(lines(validateFeed(officialText, {bytes: 1_200_000}).errors)).toEqual([
      "size: 1.2 MB; the widget reads at most 1 MB, so partners' pages would show an error instead of the index",
    ]);
  });

  it('measures the size in UTF-8 bytes when it is not given', () => {
    const padded = changed((f) => (f.index.description = 'é'.repeat(49_000)));
    expect(padded.length).toBeLessThan(100_000);
    expect(lines(validateFeed(padded).warnings)[0]).toMatch(/^size: 10\d(\.\d)? kB;/);
  });

  it('uses the widget’s own size limit', () => {
    expect(widgetMaxBytes).toBe(defaultFeedLoadSettings.maxBytes);
  });
});

describe('JSON syntax errors', () => {
  it('gives line:column, the line and a caret', () => {
    const text = '{\n  "version": 1,\n  "index": {"title": "x",},\n  "sections": []\n}\n';
    expect(validateFeed(text)).toEqual({
      errors: [
        {
          path: '3:26',
          message:
            'not valid JSON: expected double-quoted property name (JSON allows no comma before a closing bracket)',
          excerpt: ['  "index": {"title": "x",},', '                         ^'],
        },
      ],
      warnings: [],
    });
  });

  it('finds the place of an error V8 gives no position for', () => {
    const text = '{\r\n  "version": 1,\r\n  "index": {"title": tru},\r\n  "sections": []\r\n}';
    expect(syntaxOf(text)).toEqual({
      path: '3:25',
      message: "not valid JSON: unexpected token '}'",
      excerpt: ['  "index": {"title": tru},', '                        ^'],
    });
  });

  it('points after the last character when the text ends early', () => {
    expect(syntaxOf('{\n  "version": 1,\n  "index": {"title": "x"\n\n')).toEqual({
      path: '3:25',
      message:
        "not valid JSON: expected ',' or '}' after property value; the text ends before the JSON does (a closing }, ] or \" may be missing)",
      excerpt: ['  "index": {"title": "x"', '                        ^'],
    });
    expect(syntaxOf('[1,\n').message).toBe(
      'not valid JSON: the text ends before the JSON does (a closing }, ] or " may be missing)',
    );
    expect(syntaxOf('{"a": "x').message).toBe(
      'not valid JSON: unterminated string; the text ends before the JSON does (a closing }, ] or " may be missing)',
    );
  });

  it('suggests the comma missing at the end of the line before', () => {
    expect(syntaxOf('{\n\t"version": 1\n\t"index": {}\n}')).toEqual({
      path: '3:2',
      message:
        "not valid JSON: expected ',' or '}' after property value (is a comma missing at the end of line 2?)",
      excerpt: ['\t"index": {}', '\t^'],
    });
  });

  it('names text after the JSON', () => {
    expect(syntaxOf('{"a": 1} x')).toMatchObject({
      path: '1:10',
      message: 'not valid JSON: unexpected non-whitespace character after JSON',
    });
  });

  it('says so when the file is empty', () => {
    expect(syntaxOf(' \n')).toEqual({path: '1:1', message: 'not valid JSON: the file is empty'});
  });

  it('shows a window of a long line, with the caret in it', () => {
    const text = JSON.stringify(official).replace('"status":"live"', "'status':'live'");
    const problem = syntaxOf(text);
    const column = text.indexOf("'status'") + 1;
    expect(problem.path).toBe(`1:${column}`);
    const [line, caret] = problem.excerpt ?? [];
    expect(line.length).toBeLessThanOrEqual(102);
    expect(line.startsWith('…') && line.endsWith('…')).toBe(true);
    expect(line[caret.length - 1]).toBe("'");
    expect(caret.trimStart()).toBe('^');
  });

  it('is not misled by text in the feed that looks like a position', () => {
    const text = '{"a": "in JSON at position 1", "b": tru}';
    expect(syntaxOf(text).path).toBe(`1:${text.indexOf('}') + 1}`);
  });

  it('finds the same place as V8 wherever V8 names one', () => {
    const errorOf = (text: string) => {
      try {
        JSON.parse(text);
        return undefined;
      } catch (error) {
        return (error as Error).message;
      }
    };
    let compared = 0;
    fc.assert(
      fc.property(
        fc.json(),
        fc.nat(),
        fc.constantFrom('}', ']', ',', ':', 'x', '"', '1'),
        (json, at, junk) => {
          const i = at % (json.length + 1);
          const text = json.slice(0, i) + junk + json.slice(i);
          const named = / at position (\d+)$/.exec(errorOf(text) ?? '');
          if (named && Number(named[1]) < text.length) {
            compared++;
            expect(firstBadOffset(text)).toBe(Number(named[1]));
          }
        },
      ),
    );
    expect(compared).toBeGreaterThan(10);
  });
});

describe('validateResponse', () => {
  function response(headers: Record<string, string>, fields: Partial<FetchedFeed> = {}) {
    const map = new Headers({
      'content-type': 'application/json',
      'access-control-allow-origin': '*',
      ...headers,
    });
    for (const [name, value] of Object.entries(headers)) if (!value) map.delete(name);
    return {
      url: 'https://feeds.example/feed.json',
      status: 200,
      headers: map,
      text: officialText,
      bytes: officialText.length,
      complete: true,
      ...fields,
    };
  }
  const origin = 'https://check.example';

  it('finds nothing in a feed served as partners need it', () => {
    expect(validateResponse(response({}), origin)).toEqual(validateFeed(officialText));
    expect(
      validateResponse(
        response({
          'access-control-allow-origin': origin,
          'content-type': 'application/feed+json; charset=utf-8',
        }),
        origin,
      ).warnings,
    ).toEqual([]);
  });

  it('counts a missing Access-Control-Allow-Origin as an error', () => {
    const report = validateResponse(response({'access-control-allow-origin': ''}), origin);
    expect(lines(report.errors)).toEqual([
      'Access-Control-Allow-Origin: missing, so pages on other sites cannot read this feed; send "Access-Control-Allow-Origin: *"',
    ]);
    expect(exitCode(report)).toBe(1);
  });

  it('warns when only one other origin may read the feed, and refuses a list', () => {
    expect(
      lines(
        validateResponse(
          response({'access-control-allow-origin': 'https://publisher.example'}),
          origin,
        ).warnings,
      ),
    ).toEqual([
      "Access-Control-Allow-Origin: only pages on https://publisher.example may read this feed (this check asked as https://check.example); partners' pages elsewhere cannot, unless the server answers each origin",
    ]);
    expect(
      lines(
        validateResponse(
          response({'access-control-allow-origin': 'https://a.example, https://b.example'}),
          origin,
        ).errors,
      ),
    ).toEqual([
      'Access-Control-Allow-Origin: "https://a.example, https://b.example" names more than one origin, which browsers refuse; send "*"',
    ]);
  });

  it.each([
    [
      'text/plain; charset=utf-8',
      'Content-Type: "text/plain" is not a JSON type; serve the feed as "application/json"',
    ],
    ['', 'Content-Type: missing; serve the feed as "application/json"'],
  ])('warns about the content type %j', (type, warning) => {
    const report = validateResponse(response({'content-type': type}), origin);
    expect(lines(report.warnings)).toEqual([warning]);
    expect(exitCode(report)).toBe(0);
  });

  it('checks the size read from the network', () => {
    expect(lines(validateResponse(response({}, {bytes: 1_500_000}), origin).errors)).toEqual([
      "size: 1.5 MB; the widget reads at most 1 MB, so partners' pages would show an error instead of the index",
    ]);
  });

  it('checks no content it stopped reading', () => {
    const report = validateResponse(
      response({}, {text: '{"version', bytes: 10_000_000, complete: false}),
      origin,
    );
    expect(lines(report.errors)).toEqual([
      'size: more than 10 MB; reading stopped there, so its content was not checked (the widget reads at most 1 MB)',
    ]);
  });

  it('calls an HTTP error unreadable, and checks nothing else', () => {
    const report = validateResponse(
      response(
        {'access-control-allow-origin': ''},
        {status: 404, statusText: 'Not Found', text: ''},
      ),
      origin,
    );
    expect(report).toEqual({errors: [], warnings: [], unreadable: 'HTTP 404 Not Found'});
    expect(exitCode(report, true)).toBe(2);
  });
});

describe('nearest', () => {
  it.each([
    ['summmary', 'summary'],
    ['titel', 'title'],
    ['Title', 'title'],
    ['URL', 'url'],
    ['comingsoon', 'coming-soon'],
    ['coming_soon', 'coming-soon'],
    ['desc', undefined],
    ['colour', undefined],
    ['ab', undefined],
    ['idea', undefined],
    ['lv', undefined],
    ['urls', 'url'],
  ])('%j → %j', (word, expected) => {
    expect(nearest(word, ['id', 'title', 'summary', 'url', 'coming-soon', 'live'])).toBe(expected);
  });

  it('counts a swap of neighbours as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('kitten', 'sitting')).toBe(3);
  });
});

describe('exitCode', () => {
  const problem = {path: 'x', message: 'y'};
  it.each([
    [{errors: [], warnings: []}, false, 0],
    [{errors: [], warnings: [problem]}, false, 0],
    [{errors: [], warnings: [problem]}, true, 1],
    [{errors: [problem], warnings: []}, false, 1],
    [{errors: [], warnings: [], unreadable: 'HTTP 500'}, false, 2],
  ] as const)('%j, strict %j → %j', (report, strict, code) => {
    expect(
      exitCode({...report, errors: [...report.errors], warnings: [...report.warnings]}, strict),
    ).toBe(code);
  });
});
