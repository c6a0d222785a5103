/**
 * The project's layers and which may import which (README, "Layout"). Data flows one way:
 * data → core → page → components → entrypoints. Checked by tests/layering.test.ts.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';

export type Layer =
  | 'core'
  | 'data'
  | 'data/build'
  | 'platform'
  | 'components'
  | 'page'
  | 'entrypoints'
  | 'scripts'
  | 'tests'
  | 'tools'
  | 'public';

/** Which project layers each layer may import (npm packages are always allowed). */
export const ALLOWED: Record<Layer, readonly Layer[] | 'any'> = {
  core: ['core'],
  data: ['core', 'data'],
  'data/build': ['core', 'data', 'data/build'],
  platform: ['core', 'platform'],
  // The interface strings (public/_locales) are data the components read.
  components: ['core', 'components', 'public'],
  page: ['core', 'page'],
  entrypoints: ['core', 'data', 'platform', 'components', 'page', 'entrypoints', 'public'],
  scripts: 'any',
  tests: 'any',
  // Node tooling shared by scripts/ and tests/ (finding Chromium, serving fixtures): nothing of the product.
  tools: ['tools'],
  public: [],
};

/** The one page module that assembles the card from components. */
export const CARD_ASSEMBLY = 'page/yuanwen-page.ts';

/** The layer a project-relative path belongs to, or null for files outside the layers (configs). */
export function layerOf(path: string): Layer | null {
  const parts = path.split('/');
  if (parts[0] === 'data') return parts[1] === 'build' && parts.length > 2 ? 'data/build' : 'data';
  const top = parts[0] as Layer;
  return top in ALLOWED && parts.length > 1 ? top : null;
}

/** Module specifiers imported by a source file (static imports, re-exports and dynamic imports). */
export function importsOf(source: string): string[] {
  const found: string[] = [];
  const pattern =
    /(?:^|[^\w.])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|(?:^|[^\w.])import\s*\(?\s*['"]([^'"]+)['"]/gm;
  for (const match of source.matchAll(pattern)) found.push((match[1] ?? match[2])!);
  return found;
}

/** The project-relative path an import resolves to, or null for a package. */
export function resolveImport(fromFile: string, specifier: string): string | null {
  const bare = specifier.replace(/\?.*$/, '');
  if (bare.startsWith('@/')) return bare.slice(2);
  if (bare.startsWith('.'))
    return normalize(join(dirname(fromFile), bare))
      .split(sep)
      .join('/');
  return null;
}

export interface Violation {
  file: string;
  specifier: string;
  reason: string;
}

/** Checks one file's imports against the table. Unit tests beside a module may import anything. */
export function checkFile(file: string, source: string): Violation[] {
  const layer = layerOf(file);
  if (!layer || /\.test\.tsx?$/.test(file)) return [];
  const allowed = ALLOWED[layer];
  if (allowed === 'any') return [];
  const violations: Violation[] = [];
  for (const specifier of importsOf(source)) {
    const target = resolveImport(file, specifier);
    if (target === null) continue;
    const targetLayer = layerOf(target);
    if (targetLayer === null) continue;
    if (allowed.includes(targetLayer)) continue;
    if (file === CARD_ASSEMBLY && targetLayer === 'components') continue;
    violations.push({ file, specifier, reason: `${layer}/ may not import ${targetLayer}/` });
  }
  return violations;
}

const SKIP = new Set(['node_modules', '.output', '.wxt', '.git', 'generated', 'test-results', 'playwright-report']);

/** Every TypeScript source file under the project root, project-relative. */
export function sourceFiles(root: string, dir = root): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (SKIP.has(entry.name)) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(root, path);
    return /\.tsx?$/.test(entry.name) ? [relative(root, path).split(sep).join('/')] : [];
  });
}

export function checkProject(root: string): Violation[] {
  return sourceFiles(root).flatMap((file) => checkFile(file, readFileSync(join(root, file), 'utf8')));
}
