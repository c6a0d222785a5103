import { expect, test } from '../harness/extension';
import { openFixture } from '../harness/page-probes';
import { resetSettings, serviceWorker, setSyncStorage, TEST_SETTINGS } from '../harness/service-worker';

const KINDS = ['yuanwen-mention', 'yuanwen-quote-verbatim', 'yuanwen-quote-altered', 'yuanwen-quote-unmatched'];

interface MarkStyle {
  line: string;
  shape: string;
  decoration: string;
  background: string;
}

/** The hue (0–360) of a computed `rgb()`/`rgba()` colour; null for a transparent one. */
function hue(color: string): number | null {
  const [r, g, b, a = 1] = color.match(/[\d.]+/g)!.map(Number);
  if (a === 0) return null;
  const [R, G, B] = [r! / 255, g! / 255, b! / 255];
  const max = Math.max(R, G, B);
  const min = Math.min(R, G, B);
  if (max === min) return 0;
  const d = max - min;
  const h = max === R ? ((G - B) / d) % 6 : max === G ? (B - R) / d + 2 : (R - G) / d + 4;
  return (h * 60 + 360) % 360;
}

const hueGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

for (const highlightStyle of ['underline', 'tint'] as const) {
  test(`in the ${highlightStyle} style every kind of mark has its own shape, and topics are not the altered amber`, async ({
    extensionContext,
    extensionId,
    fixtureUrl,
  }) => {
    const worker = serviceWorker(extensionContext, extensionId);
    await setSyncStorage(worker, { settings: { ...TEST_SETTINGS, highlightStyle } });
    try {
      const page = await openFixture(extensionContext, `${fixtureUrl}/articles/zh-hans-quotes.html`, {
        highlight: 'yuanwen-quote-verbatim',
      });
      const styles = await page.evaluate(
        ({ kinds, tint }) => {
          const read = (name: string) => {
            const s = getComputedStyle(document.body, `::highlight(${name})`);
            return {
              line: s.textDecorationLine,
              shape: s.textDecorationStyle,
              decoration: s.textDecorationColor,
              background: s.backgroundColor,
            };
          };
          const styles = kinds.map(read);
          // The tint style paints a second highlight under the topics' underline.
          if (tint) styles[0]!.background = read('yuanwen-mention-tint').background;
          return styles;
        },
        { kinds: KINDS, tint: highlightStyle === 'tint' },
      );
      const [mention, , altered] = styles as [MarkStyle, MarkStyle, MarkStyle, MarkStyle];
      // Shape, not colour alone: four underline styles, none of them the current mark's overline.
      expect(styles.map((style) => style.line)).toEqual(['underline', 'underline', 'underline', 'underline']);
      expect(new Set(styles.map((style) => style.shape)).size).toBe(4);
      // And the colours of topics and altered quotations stay apart.
      expect(hueGap(hue(mention.decoration)!, hue(altered.decoration)!)).toBeGreaterThan(60);
      if (highlightStyle === 'tint') {
        expect(hue(mention.background)).not.toBeNull();
        expect(hueGap(hue(mention.background)!, hue(altered.background)!)).toBeGreaterThan(60);
      }
      await page.close();
    } finally {
      await resetSettings(worker);
    }
  });
}
