// A small static file server for the node-side tests, with the strict policy a trust would send.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {STRICT_CSP} from '../pages/strict-csp.js';

const TYPES = {'.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json'};

/**
 * Serves `root` on `host` (a free port). `pages` maps a path to generated content, looked up on each
 * request. Every HTML response carries `csp` (the strict policy unless told) as a header. Resolves to {origin, close()}.
 */
export function serve(root, {host = '127.0.0.1', pages = {}, csp = STRICT_CSP} = {}) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    let body = pages[path];
    if (body === undefined) {
      const file = normalize(join(root, path));
      if (!file.startsWith(normalize(root))) return response.writeHead(403).end();
      body = await readFile(file).catch(() => undefined);
    }
    if (body === undefined) return response.writeHead(404).end();
    const type = TYPES[extname(path)] ?? 'text/html; charset=utf-8';
    response.writeHead(200, {'Content-Type': type, ...(type.startsWith('text/html') ? {'Content-Security-Policy': csp} : {})});
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, host, () => resolve({origin: `http://${host}:${server.address().port}`, close: () => new Promise((r) => server.close(r))})),
  );
}
