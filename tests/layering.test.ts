import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { checkFile, checkProject, importsOf, layerOf } from './layering';

const root = fileURLToPath(new URL('..', import.meta.url));

describe('layering', () => {
  it('holds for the whole tree', () => {
    expect(checkProject(root)).toEqual([]);
  });

  it('finds static, type-only, re-exported and dynamic imports', () => {
    const source = [
      "import { a } from '@/core/a';",
      "import type { B } from '../page/b';",
      "export { c } from './c';",
      "const d = await import('@/data');",
      "import css from '@/components/card.css?inline';",
      "import './style.css';",
    ].join('\n');
    expect(importsOf(source)).toEqual([
      '@/core/a',
      '../page/b',
      './c',
      '@/data',
      '@/components/card.css?inline',
      './style.css',
    ]);
  });

  it.each([
    ['core/align.ts', "import { x } from '@/page/hit-test';", 'core/ may not import page/'],
    ['core/align.ts', "import { statement } from '../data';", 'core/ may not import data/'],
    ['data/index.ts', "import { parseStatement } from './build/statement';", 'data/ may not import data/build/'],
    [
      'page/hover-card.ts',
      "import { MentionCard } from '@/components/MentionCard';",
      'page/ may not import components/',
    ],
    ['components/Card.tsx', "import { CardHost } from '@/page/card-host';", 'components/ may not import page/'],
    [
      'platform/tabs.ts',
      "import { ResultList } from '@/components/ResultList';",
      'platform/ may not import components/',
    ],
    [
      'entrypoints/popup/App.tsx',
      "import { x } from '../../tests/harness/chromium';",
      'entrypoints/ may not import tests/',
    ],
    [
      'entrypoints/popup/App.tsx',
      "import { x } from '@/data/build/statement';",
      'entrypoints/ may not import data/build/',
    ],
  ])('refuses %s importing %s', (file, source, reason) => {
    expect(checkFile(file, source).map((v) => v.reason)).toEqual([reason]);
  });

  it.each([
    ['page/yuanwen-page.ts', "import { MentionCard } from '@/components/MentionCard';"],
    ['data/build/index.ts', "import { topics } from '../topics';"],
    ['core/matcher.test.ts', "import { patterns } from '../data';"],
    ['scripts/bench.ts', "import { x } from '../tools/chromium';"],
    ['core/search.ts', "import Fuse from 'fuse.js';"],
  ])('allows %s importing %s', (file, source) => {
    expect(checkFile(file, source)).toEqual([]);
  });

  it('names layers by folder', () => {
    expect(layerOf('data/build/statement.ts')).toBe('data/build');
    expect(layerOf('data/packed.ts')).toBe('data');
    expect(layerOf('wxt.config.ts')).toBeNull();
  });
});
