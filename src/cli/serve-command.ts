/**
 * `cpi-feed serve DIR [--port N] [--host H] [--cdn-dir DIR]`: serves a built site and its live
 * oEmbed endpoint (`/oembed?url=…`) until interrupted (see publish/serve-site.ts).
 */
import {existsSync, statSync} from 'node:fs';
import type {AddressInfo} from 'node:net';
import {join, resolve} from 'node:path';
import {parseArgs} from 'node:util';
import {serveSite} from '../publish/serve-site.js';
import {usageError, type CliContext, type Command} from './main.js';

export {serveSite, type ServeSiteOptions} from '../publish/serve-site.js';

export const serveCommand: Command = {
  usage: 'serve DIR [--port N] [--host H] [--cdn-dir DIR]',
  summary: 'serve a built site with its oEmbed endpoint (/oembed?url=…)',
  help: [
    '  DIR            the site cpi-feed build wrote',
    '  --port N       the port (default 8080; 0 picks a free one)',
    '  --host H       the address to listen on (default 127.0.0.1: this machine only)',
    '  --cdn-dir DIR  also serve these CDN files (cpi.js, feed.json) at /cdn/, to preview',
  ],
  run: serve,
};

async function serve(args: string[], context: CliContext): Promise<number> {
  let values;
  let positionals: string[];
  try {
    ({values, positionals} = parseArgs({
      args,
      options: {
        port: {type: 'string'},
        host: {type: 'string'},
        'cdn-dir': {type: 'string'},
        help: {type: 'boolean', short: 'h'},
      },
      allowPositionals: true,
    }));
  } catch (error) {
    return usageError('serve', (error as Error).message, context);
  }
  if (values.help) {
    context.out(`usage: cpi-feed ${serveCommand.usage}`);
    serveCommand.help?.forEach((line) => context.out(line));
    return 0;
  }
  if (positionals.length !== 1) return usageError('serve', 'which site? give one DIR', context);
  const port = Number(values.port ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    return usageError('serve', '--port is a whole number from 0 to 65535', context);
  }
  const cwd = context.cwd ?? process.cwd();
  const dir = resolve(cwd, positionals[0]);
  if (!existsSync(join(dir, 'oembed', 'sizes.json'))) {
    context.err(`cpi-feed serve: ${dir} is not a site built by cpi-feed build`);
    return 2;
  }
  const cdnDir = values['cdn-dir'] && resolve(cwd, values['cdn-dir']);
  if (cdnDir && !(existsSync(cdnDir) && statSync(cdnDir).isDirectory())) {
    context.err(`cpi-feed serve: --cdn-dir ${cdnDir} is not a directory`);
    return 2;
  }
  let server;
  try {
    server = await serveSite({dir, port, host: values.host, cdnDir});
  } catch (error) {
    context.err(`cpi-feed serve: cannot listen (${(error as Error).message})`);
    return 2;
  }
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  const origin = `http://${host}:${address.port}`;
  context.out(`serving ${dir} at ${origin}/`);
  context.out(`  oEmbed: ${origin}/oembed?url=…&maxwidth=…&maxheight=…`);
  context.out('  Ctrl-C stops it');
  return new Promise<number>((done) => {
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      server.close(() => done(0));
      server.closeAllConnections();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}
