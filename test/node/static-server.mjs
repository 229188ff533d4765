// A small static file server for the node-side tests, with the strict policy a trust would send.
import {readFile} from 'node:fs/promises';
import {createServer} from 'node:http';
import {extname, join, normalize} from 'node:path';
import {STRICT_CSP} from '../pages/strict-csp.js';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/**
 * Serves `root` on `host` (a free port). `pages` maps a path to generated content, looked up on each
 * request. Every HTML response carries `csp` (the strict policy unless told; a function of the path
 gives each page its own, or none) as a header. With
 * `base` (such as `/coordinator-check/`), `root` is served under that sub-path only, as GitHub Pages
 * serves a project site, and every other path answers 404. A path ending in `/` serves its
 * index.html. Resolves to {origin, close()}.
 */
export function serve(root, {host = '127.0.0.1', pages = {}, csp = STRICT_CSP, base = '/'} = {}) {
  const server = createServer(async (request, response) => {
    let path = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    if (!path.startsWith(base)) return response.writeHead(404).end();
    path = `/${path.slice(base.length)}`;
    if (path.endsWith('/')) path += 'index.html';
    let body = pages[path];
    if (body === undefined) {
      const file = normalize(join(root, path));
      if (!file.startsWith(normalize(root))) return response.writeHead(403).end();
      body = await readFile(file).catch(() => undefined);
    }
    if (body === undefined) return response.writeHead(404).end();
    const type = TYPES[extname(path)] ?? 'text/html; charset=utf-8';
    const policy = typeof csp === 'function' ? csp(path) : csp;
    response.writeHead(200, {'Content-Type': type, ...(type.startsWith('text/html') && policy ? {'Content-Security-Policy': policy} : {})});
    response.end(body);
  });
  return new Promise((resolve) =>
    server.listen(0, host, () => resolve({origin: `http://${host}:${server.address().port}`, close: () => new Promise((r) => server.close(r))})),
  );
}
