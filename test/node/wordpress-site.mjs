// A real WordPress for the plugin test: Debian's `wordpress` package (6.1), a private MariaDB on its
// own socket, PHP's built-in server on 127.0.0.1. No WP-CLI, no systemd: WordPress is driven from PHP.
//
//   apt-get install -y wordpress wordpress-theme-twentytwentythree mariadb-server php-cli php-mysql
//
// Everything lives in one scratch directory; stop() ends both servers by their PIDs and removes it.
import {execFileSync, spawn} from 'node:child_process';
import {cpSync, existsSync, mkdtempSync, rmSync, writeFileSync, copyFileSync} from 'node:fs';
import {createServer, connect} from 'node:net';
import {tmpdir} from 'node:os';
import {join} from 'node:path';
import {fileURLToPath} from 'node:url';
import {assemblePlugin} from '../../scripts/wordpress-zip.mjs';

const here = fileURLToPath(new URL('../wordpress/', import.meta.url));
const WORDPRESS = '/usr/share/wordpress';
const NEEDS = {
  [WORDPRESS]: 'wordpress',
  [`${WORDPRESS}/wp-content/themes/twentytwentythree`]: 'wordpress-theme-twentytwentythree',
  '/usr/sbin/mariadbd': 'mariadb-server',
  '/usr/bin/mariadb-install-db': 'mariadb-server',
  '/usr/bin/php': 'php-cli',
};

export function missingPackages() {
  const missing = new Set(Object.entries(NEEDS).flatMap(([path, pkg]) => (existsSync(path) ? [] : [pkg])));
  if (existsSync('/usr/bin/php')) {
    const modules = execFileSync('php', ['-m'], {encoding: 'utf8'});
    if (!/^mysqli$/m.test(modules)) missing.add('php-mysql');
  }
  return [...missing];
}

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const {port} = server.address();
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });

/** Resolves once `check()` is true, polling; rejects after `ms` with what the process said. */
async function waitFor(check, ms, what, log) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${ms / 1000} s.\n${log()}`);
}

const canConnect = (options) =>
  new Promise((resolve) => {
    const socket = connect(options, () => (socket.end(), resolve(true)));
    socket.on('error', () => resolve(false));
  });

/**
 * Installs and starts the site, activates the plugin (as `npm run wordpress:zip` builds it) and
 * publishes the test posts, with `posts` (name to post content) published by the author too.
 * Returns the site's address, what setup.php made, and stop().
 */
export async function startWordPress({posts = {}} = {}) {
  const missing = missingPackages();
  if (missing.length) throw new Error(`The WordPress test needs Debian packages: apt-get install -y ${missing.join(' ')}`);

  const dir = mkdtempSync(join(tmpdir(), 'coordinator-check-wp-'));
  const children = [];
  const logs = {mariadb: '', php: ''};
  const running = (child) => child.exitCode === null && child.signalCode === null;
  // Each server by its own PID: SIGTERM, then SIGKILL if it has not gone within 10 s.
  const end = (child) =>
    running(child) &&
    new Promise((resolve) => {
      const kill = setTimeout(() => child.kill('SIGKILL'), 10000);
      child.once('exit', () => (clearTimeout(kill), resolve()));
      child.kill('SIGTERM');
    });
  // Should the test process end early (a crash, Ctrl+C), the servers end with it.
  const onExit = () => children.forEach((child) => running(child) && child.kill('SIGKILL'));
  process.once('exit', onExit);
  const stop = async () => {
    for (const child of [...children].reverse()) await end(child);
    process.off('exit', onExit);
    rmSync(dir, {recursive: true, force: true});
  };
  try {
    // MariaDB: its own data directory and socket, no TCP, no system config.
    const data = join(dir, 'mysql');
    const socket = join(dir, 'mysql.sock');
    execFileSync(
      'mariadb-install-db',
      ['--no-defaults', `--datadir=${data}`, '--user=root', '--auth-root-authentication-method=normal', '--skip-test-db'],
      {stdio: 'pipe'},
    );
    const mariadb = spawn(
      'mariadbd',
      [
        '--no-defaults',
        `--datadir=${data}`,
        `--socket=${socket}`,
        '--skip-networking',
        '--user=root',
        `--pid-file=${join(dir, 'mysql.pid')}`,
        '--skip-log-bin',
        '--innodb-buffer-pool-size=16M',
      ],
      {stdio: ['ignore', 'pipe', 'pipe']},
    );
    children.push(mariadb);
    mariadb.stderr.on('data', (chunk) => (logs.mariadb += chunk));
    await waitFor(
      () => canConnect({path: socket}),
      30000,
      'MariaDB',
      () => logs.mariadb,
    );
    execFileSync('mariadb', ['--no-defaults', `--socket=${socket}`, '-uroot', '-e', 'CREATE DATABASE wordpress'], {stdio: 'pipe'});

    // WordPress: a real copy (Debian's tree is symlinks and picks its config by host name), with
    // its own wp-config.php and the plugin.
    const site = join(dir, 'site');
    cpSync(WORDPRESS, site, {recursive: true, dereference: true});
    rmSync(join(site, '.htaccess'), {force: true});
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    writeFileSync(
      join(site, 'wp-config.php'),
      `<?php
define('DB_NAME', 'wordpress');
define('DB_USER', 'root');
define('DB_PASSWORD', '');
define('DB_HOST', 'localhost:${socket}');
define('DB_CHARSET', 'utf8mb4');
define('WP_HOME', '${url}');
define('WP_SITEURL', '${url}');
define('WP_CONTENT_DIR', __DIR__ . '/wp-content');
define('WP_CONTENT_URL', '${url}/wp-content');
define('AUTOMATIC_UPDATER_DISABLED', true);
define('WP_HTTP_BLOCK_EXTERNAL', true);
define('DISABLE_WP_CRON', true);
$table_prefix = 'wp_';
if (!defined('ABSPATH')) define('ABSPATH', __DIR__ . '/');
require_once ABSPATH . 'wp-settings.php';
`,
    );
    cpSync(assemblePlugin(), join(site, 'wp-content/plugins/coordinator-check'), {recursive: true});
    copyFileSync(join(here, 'router.php'), join(dir, 'router.php'));
    writeFileSync(join(dir, 'posts.json'), JSON.stringify(posts));
    const setup = JSON.parse(
      execFileSync('php', [join(here, 'setup.php'), site, join(dir, 'posts.json')], {encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe']}),
    );

    // One process (no PHP_CLI_SERVER_WORKERS), so stopping it by its PID stops it all.
    const php = spawn('php', ['-S', `127.0.0.1:${port}`, '-t', site, join(dir, 'router.php')], {cwd: dir, stdio: ['ignore', 'pipe', 'pipe']});
    children.push(php);
    php.stderr.on('data', (chunk) => (logs.php += chunk));
    await waitFor(
      () => canConnect({host: '127.0.0.1', port}),
      15000,
      'PHP',
      () => logs.php,
    );
    return {url, setup, logs, stop};
  } catch (error) {
    await stop();
    throw error;
  }
}
