// `npm start` builds the site (`npm run site`) and serves it, the demo at /demo/, on the port PORT
// names, and does not try to open a browser.
import assert from 'node:assert/strict';
import {execFileSync, spawn} from 'node:child_process';
import {readFileSync} from 'node:fs';
import {createServer} from 'node:net';
import {describe, it} from 'node:test';
import {fileURLToPath} from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const {scripts} = JSON.parse(readFileSync(`${root}package.json`, 'utf8'));

const freePort = () =>
  new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
  });

describe('npm start', () => {
  it('builds the site, then serves it, demo and check page, on the port PORT names, without opening a browser', async () => {
    const [build, serve] = scripts.start.split(' && ');
    assert.equal(build, 'npm run site');
    // The site is built here as `npm run site` builds it (npm test has built dist/ already).
    execFileSync('node', ['scripts/site.mjs'], {cwd: root, stdio: 'pipe'});
    assert.doesNotMatch(serve, /--open\b/);
    // The build has run (npm test builds first): start the server part as npm would, through sh.
    const port = await freePort();
    const child = spawn('sh', ['-c', `exec ${serve.replace(/^wds\b/, 'node_modules/.bin/wds')}`], {
      cwd: root,
      env: {...process.env, PORT: String(port)},
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    try {
      // Until the server answers; a 5xx while it is still starting up (seen once, under load) is asked again.
      let response;
      for (let i = 0; i < 100 && !(response && response.status < 500); i++) {
        if (response) await new Promise((r) => setTimeout(r, 200));
        response = await fetch(`http://localhost:${port}/demo/`).catch(() => new Promise((r) => setTimeout(r, 200)));
      }
      assert.ok(response, `nothing answered on port ${port}:\n${output}`);
      assert.equal(response.status, 200, `GET /demo/ answered ${response.status}:\n${output}`);
      assert.match(await response.text(), /Make your snippet/);
      const check = await fetch(`http://localhost:${port}/dist/check.html`);
      assert.equal(check.status, 200);
      assert.match(await check.text(), /<coordinator-check/);
      assert.match(output, new RegExp(`localhost:${port}`));
    } finally {
      child.kill('SIGTERM');
    }
  });
});
