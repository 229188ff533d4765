#!/usr/bin/env node
// `npm run wordpress:zip`: the WordPress plugin, ready to upload. Assembles
// dist/wordpress/coordinator-check/ (wordpress/coordinator-check/ plus the bundle from dist/, so the
// plugin serves the script itself) and zips it as dist/coordinator-check-wordpress.zip.
import {copyFileSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync} from 'node:fs';
import {join, relative} from 'node:path';
import {fileURLToPath} from 'node:url';
import {crc32, deflateRawSync} from 'node:zlib';

const root = fileURLToPath(new URL('..', import.meta.url));
const source = join(root, 'wordpress/coordinator-check');
export const pluginDir = join(root, 'dist/wordpress/coordinator-check');
export const zipPath = join(root, 'dist/coordinator-check-wordpress.zip');

const walk = (dir) => readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));

/** Copies the plugin and the bundle it loads into dist/wordpress/coordinator-check/. */
export function assemblePlugin() {
  const bundle = join(root, 'dist/coordinator-check.iife.js');
  try {
    statSync(bundle);
  } catch {
    throw new Error('dist/coordinator-check.iife.js not found: run `npm run build` first.');
  }
  rmSync(pluginDir, {recursive: true, force: true});
  for (const file of walk(source)) {
    const to = join(pluginDir, relative(source, file));
    mkdirSync(join(to, '..'), {recursive: true});
    copyFileSync(file, to);
  }
  mkdirSync(join(pluginDir, 'assets'), {recursive: true});
  copyFileSync(bundle, join(pluginDir, 'assets/coordinator-check.iife.js'));
  // package.json holds the one version number: the plugin's headers follow it.
  const {version} = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const stamp = (file, ...patterns) => {
    let text = readFileSync(join(pluginDir, file), 'utf8');
    for (const pattern of patterns) text = text.replace(pattern, (_, before) => `${before}${version}`);
    writeFileSync(join(pluginDir, file), text);
  };
  stamp('coordinator-check.php', /^( \* Version:\s+)\S+/m, /^(const COORDINATOR_CHECK_VERSION = ')[^']+(?=')/m);
  stamp('readme.txt', /^(Stable tag: )\S+/m);
  stamp('block/block.json', /^( {2}"version": ")[^"]+(?=")/m);
  stamp('block/editor.asset.php', /^(\t'version'\s+=> ')[^']+(?=')/m);
  return pluginDir;
}

/** A plain zip (deflate, no extras) of `dir`, its entries under the folder's own name. */
function zip(dir, out) {
  const base = join(dir, '..');
  const locals = [];
  const centrals = [];
  let offset = 0;
  for (const file of walk(dir).sort()) {
    const name = Buffer.from(relative(base, file).split('\\').join('/'));
    const data = readFileSync(file);
    const packed = deflateRawSync(data, {level: 9});
    const crc = crc32(data);
    const header = (signature, extra) => {
      const b = Buffer.alloc(extra ? 46 : 30);
      b.writeUInt32LE(signature, 0);
      let at = 4;
      if (extra) {
        b.writeUInt16LE(20, at); // version made by
        at += 2;
      }
      b.writeUInt16LE(20, at); // version needed
      b.writeUInt16LE(0x0800, at + 2); // UTF-8 names
      b.writeUInt16LE(8, at + 4); // deflate
      b.writeUInt16LE(0, at + 6); // time
      b.writeUInt16LE(0x21, at + 8); // date: 1980-01-01
      b.writeUInt32LE(crc, at + 10);
      b.writeUInt32LE(packed.length, at + 14);
      b.writeUInt32LE(data.length, at + 18);
      b.writeUInt16LE(name.length, at + 22);
      if (extra) {
        b.writeUInt32LE(0o100644 * 0x10000, at + 32);
        b.writeUInt32LE(offset, at + 36);
      }
      return b;
    };
    const local = Buffer.concat([header(0x04034b50, false), name, packed]);
    centrals.push(Buffer.concat([header(0x02014b50, true), name]));
    locals.push(local);
    offset += local.length;
  }
  const central = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(centrals.length, 8);
  end.writeUInt16LE(centrals.length, 10);
  end.writeUInt32LE(central.length, 12);
  end.writeUInt32LE(offset, 16);
  writeFileSync(out, Buffer.concat([...locals, central, end]));
  return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const out = zip(assemblePlugin(), zipPath);
  console.log(`${relative(root, out)}: ${statSync(out).size} bytes`);
}
