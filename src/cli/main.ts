/// <reference types="node" />
/**
 * `cpi-feed`, the command line for feed editors: `cpi-feed <command> …`. `bin/cpi-feed.js` runs
 * {@link main} from the build. A command is one function in `commands`: it gets its arguments and
 * where to print, and returns the exit code (0 ok, 1 problems found, 2 could not run).
 */
import {readFile} from 'node:fs/promises';
import {resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {buildCommand} from './build-command.js';
import {serveCommand} from './serve-command.js';
import {snippetCommand} from './snippet-command.js';
import {
  exitCode,
  validateFeed,
  validateResponse,
  widgetMaxBytes,
  type Problem,
  type ValidationReport,
} from './validate.js';

/** Where a command prints, and the settings tests change. */
export interface CliContext {
  /** Prints one line of the command's output (stdout). */
  out(line: string): void;
  /** Prints one line about why the command could not do its work (stderr). */
  err(line: string): void;
  /** The directory relative paths resolve against; the process's own by default. */
  cwd?: string;
  /** How long fetching a feed may take, in ms; 10 s by default. */
  timeoutMs?: number;
}

/** One command of `cpi-feed`. */
export interface Command {
  /** The command and its arguments, as the usage text shows them. */
  usage: string;
  /** What it does, in a few words. */
  summary: string;
  /** Its options, one line each, for `cpi-feed <command> --help`. */
  help?: string[];
  run(args: string[], context: CliContext): Promise<number>;
}

const commands: Record<string, Command> = {
  validate: {
    usage: 'validate [--strict] PATH-OR-URL',
    summary: 'check a feed before it is published (--strict: warnings fail too)',
    run: validate,
  },
  snippet: snippetCommand,
  build: buildCommand,
  serve: serveCommand,
};

const processContext: CliContext = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
};

/** Runs `cpi-feed` with its arguments (without `node` and the script) and returns the exit code. */
export async function main(argv: string[], context: CliContext = processContext): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'help' || name === '--help' || name === '-h') {
    printUsage(context.out);
    return 0;
  }
  if (name === undefined || !Object.hasOwn(commands, name)) {
    if (name !== undefined) context.err(`cpi-feed: unknown command ${JSON.stringify(name)}`);
    printUsage(context.err);
    return 2;
  }
  return commands[name].run(args, context);
}

function printUsage(print: (line: string) => void) {
  const names = Object.values(commands);
  const width = Math.max(...names.map((c) => c.usage.length));
  print('usage: cpi-feed <command> …');
  for (const command of names) print(`  ${command.usage.padEnd(width)}  ${command.summary}`);
}

/** Says what is wrong with a command's arguments, and how it is used; exit code 2. */
export function usageError(command: string, message: string, context: CliContext): number {
  context.err(`cpi-feed ${command}: ${message}`);
  context.err(`usage: cpi-feed ${commands[command].usage}`);
  return 2;
}

// Sent with URL checks: a server that answers CORS only when asked must see a page's origin.
const checkOrigin = 'https://cpi-feed-check.example';
// The command reads well past the widget's limit, so an oversized feed is still checked, but not
// without end.
const readCap = 4 * widgetMaxBytes;

async function validate(args: string[], context: CliContext): Promise<number> {
  let strict: boolean | undefined;
  let help: boolean | undefined;
  let targets: string[];
  try {
    const parsed = parseArgs({
      args,
      options: {strict: {type: 'boolean'}, help: {type: 'boolean', short: 'h'}},
      allowPositionals: true,
    });
    ({strict, help} = parsed.values);
    targets = parsed.positionals;
  } catch (error) {
    return usageError('validate', (error as Error).message, context);
  }
  if (help) {
    context.out(`usage: cpi-feed ${commands.validate.usage}`);
    return 0;
  }
  if (targets.length !== 1) {
    return usageError('validate', targets.length ? 'one feed at a time' : 'which feed?', context);
  }
  const [target] = targets;
  const report = /^https?:\/\//i.test(target)
    ? await checkUrl(target, context)
    : await checkFile(resolve(context.cwd ?? process.cwd(), target));
  if (typeof report === 'string' || report.unreadable !== undefined) {
    context.err(
      `${target}: cannot be read (${typeof report === 'string' ? report : report.unreadable})`,
    );
    return 2;
  }
  printReport(target, report, strict ?? false, context.out);
  return exitCode(report, strict);
}

/** The report, or why the file cannot be read. */
async function checkFile(path: string): Promise<ValidationReport | string> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
  }
  // Browsers drop a UTF-8 byte order mark when they read a response as text; Node keeps it.
  const text = bytes.toString('utf8').replace(/^\uFEFF/, '');
  return validateFeed(text, {bytes: bytes.byteLength});
}

/** The report, or why the URL cannot be read. */
async function checkUrl(url: string, context: CliContext): Promise<ValidationReport | string> {
  const timeoutMs = context.timeoutMs ?? 10_000;
  const signal = AbortSignal.timeout(timeoutMs);
  const failure = (error: unknown, doing: string) => {
    if (signal.aborted) return `no answer within ${timeoutMs / 1000} s`;
    const cause = (error as {cause?: {code?: string; message?: string}}).cause;
    return `${doing}: ${cause?.code ?? cause?.message ?? (error as Error).message}`;
  };
  let response: Response;
  try {
    response = await fetch(url, {
      headers: {accept: 'application/json', origin: checkOrigin},
      credentials: 'omit',
      signal,
    });
  } catch (error) {
    return failure(error, 'the server cannot be reached');
  }
  if (!response.ok) {
    await response.body?.cancel().catch(() => {});
    return validateResponse({...fetched(response), text: '', bytes: 0, complete: true});
  }
  try {
    return validateResponse({...fetched(response), ...(await readCapped(response))}, checkOrigin);
  } catch (error) {
    return failure(error, 'the answer was cut off');
  }
}

function fetched(response: Response) {
  return {
    url: response.url,
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  };
}

/** The body as text, stopping at {@link readCap} bytes. */
async function readCapped(response: Response) {
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  if (!response.body) return {text, bytes, complete: true};
  const reader = response.body.getReader();
  for (;;) {
    const {done, value} = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > readCap) {
      await reader.cancel().catch(() => {});
      return {text, bytes: readCap, complete: false};
    }
    text += decoder.decode(value, {stream: true});
  }
  return {text: text + decoder.decode(), bytes, complete: true};
}

function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function printReport(
  target: string,
  report: ValidationReport,
  strict: boolean,
  out: (line: string) => void,
) {
  const {errors, warnings, summary} = report;
  if (exitCode(report, strict) === 0 && summary) {
    out(`ok: ${count(summary.sections, 'section')} (${summary.live} live)`);
  }
  if (!errors.length && !warnings.length) return;
  const counts = [
    errors.length ? count(errors.length, 'error') : '',
    warnings.length ? count(warnings.length, 'warning') : '',
  ].filter(Boolean);
  const strictNote = strict && !errors.length ? ' (--strict: warnings fail the check)' : '';
  out(`${target}: ${counts.join(', ')}${strictNote}`);
  const print = (severity: string, problem: Problem) => {
    out(`  ${severity.padEnd(7)} ${problem.path}: ${problem.message}`);
    for (const line of problem.excerpt ?? []) out(`      ${line}`);
  };
  for (const problem of errors) print('error', problem);
  for (const problem of warnings) print('warning', problem);
}
