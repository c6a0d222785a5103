/**
 * Store packages: the index regenerated once, then the Chrome zip, the Firefox zip and the
 * Firefox sources zip (WXT), all in .output/. Then the check reviewers make: the sources,
 * unpacked on their own and built with `npm run build:firefox`, give the Firefox zip's files
 * byte for byte. (Dependencies come from the lockfile: the check links this node_modules.)
 */
import { execFileSync, execSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const { name, version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, string>;
const run = (command: string, cwd = root) => execSync(command, { cwd, stdio: 'inherit' });

run('npm run index');
run('npx wxt zip');
run('npx wxt zip -b firefox');

const zips = ['chrome', 'firefox', 'sources'].map((kind) => join(root, '.output', `${name}-${version}-${kind}.zip`));
for (const zip of zips) statSync(zip); // each exists

const listFiles = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)))
    .sort();

const work = mkdtempSync(join(tmpdir(), 'yuanwen-sources-'));
try {
  const [, firefoxZip, sourcesZip] = zips as [string, string, string];
  const shipped = join(work, 'shipped');
  const sources = join(work, 'sources');
  execFileSync('unzip', ['-q', firefoxZip, '-d', shipped]);
  execFileSync('unzip', ['-q', sourcesZip, '-d', sources]);
  symlinkSync(join(root, 'node_modules'), join(sources, 'node_modules'), 'dir');
  run('npx wxt prepare && npm run build:firefox', sources);
  const rebuilt = join(sources, '.output', 'firefox-mv2');
  const [a, b] = [listFiles(shipped), listFiles(rebuilt)];
  const differ = [
    ...a.filter((file) => !b.includes(file)).map((file) => `${file}: only in the Firefox zip`),
    ...b.filter((file) => !a.includes(file)).map((file) => `${file}: only in the rebuild`),
    ...a
      .filter((file) => b.includes(file))
      .filter((file) => !readFileSync(join(shipped, file)).equals(readFileSync(join(rebuilt, file))))
      .map((file) => `${file}: differs`),
  ];
  if (differ.length > 0) {
    console.error(`zip: the sources do not rebuild the Firefox zip:\n  ${differ.join('\n  ')}`);
    process.exitCode = 1;
  } else {
    console.log(`zip: the sources rebuild the Firefox zip byte for byte (${a.length} files)`);
    for (const zip of zips) console.log(`  ${relative(root, zip)}  ${(statSync(zip).size / 1024).toFixed(1)} KB`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
