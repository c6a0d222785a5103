/**
 * Store images into docs/store/: the 440×280 promo tile rendered from assets/icon.svg, and
 * 1280×800 screenshots of the built extension (npm run build) on the bundled demo articles.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { Resvg } from '@resvg/resvg-js';
import { extensionArgs, findChromium } from '../tools/chromium';
import { startStaticServer } from '../tools/static-server';
import { iconSvg } from './icons';

const root = resolve(import.meta.dirname, '..');
const out = join(root, 'docs', 'store');
mkdirSync(out, { recursive: true });

// The promo tile: the mark beside the name (system fonts: the tile is an image, not a build output).
const icon = iconSvg()
  .replace(/<svg[^>]*>/, '')
  .replace('</svg>', '');
const tile = `<svg xmlns="http://www.w3.org/2000/svg" width="440" height="280" viewBox="0 0 440 280">
  <rect width="440" height="280" fill="#fdfcf9"/>
  <g transform="translate(28 76) scale(1)">${icon}</g>
  <text x="176" y="128" font-family="Noto Serif CJK SC, serif" font-size="44" font-weight="700" fill="#1f1e1c">原文</text>
  <text x="178" y="160" font-family="DejaVu Sans, sans-serif" font-size="22" fill="#1f1e1c">Yuanwen</text>
  <text x="178" y="192" font-family="DejaVu Sans, sans-serif" font-size="13" fill="#6b675f">The 1997 China–US Joint Statement,</text>
  <text x="178" y="210" font-family="DejaVu Sans, sans-serif" font-size="13" fill="#6b675f">checked on the page you read.</text>
</svg>`;
writeFileSync(join(out, 'promo-440x280.png'), new Resvg(tile).render().asPng());

const server = await startStaticServer(join(root, 'tests', 'fixtures'), 0);
const base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
const profile = mkdtempSync(join(tmpdir(), 'yuanwen-shots-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: findChromium(),
  headless: true,
  viewport: { width: 1280, height: 800 },
  args: extensionArgs(join(root, '.output', 'chrome-mv3')),
});
try {
  const shoot = async (path: string, highlight: string, text: string, file: string) => {
    const page = await context.newPage();
    await page.goto(`${base}${path}`);
    await page.waitForFunction((name) => (CSS.highlights.get(name)?.size ?? 0) > 0, highlight);
    const point = await page.evaluate(
      ({ highlight, text }) => {
        for (const r of CSS.highlights.get(highlight) ?? []) {
          const range = new Range();
          range.setStart(r.startContainer, r.startOffset);
          range.setEnd(r.endContainer, r.endOffset);
          if (!range.toString().startsWith(text)) continue;
          (r.startContainer.parentElement as HTMLElement).scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0]!;
          return { x: rect.left + 8, y: rect.top + rect.height / 2 };
        }
        return null;
      },
      { highlight, text },
    );
    if (point) await page.mouse.move(point.x, point.y);
    await page.waitForTimeout(800);
    await page.screenshot({ path: join(out, file) });
    await page.close();
  };
  await shoot('/articles/zh-hans-summit.html', 'yuanwen-mention', '台湾问题', 'screenshot-marks.png');
  await shoot('/articles/zh-hans-quotes.html', 'yuanwen-quote-altered', '自一九七九年', 'screenshot-quotes.png');
} finally {
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
}
console.log(`store images in ${out}`);
