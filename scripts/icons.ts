/**
 * Every icon size rendered at build time from the one source, assets/icon.svg
 * (paths only, no text: the PNGs come out byte-identical on any machine).
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';

export const ICON_SIZES = [16, 32, 48, 128] as const;
const SOURCE = new URL('../assets/icon.svg', import.meta.url);

export function iconSvg(): string {
  return readFileSync(SOURCE, 'utf8');
}

/** The mark as a PNG of `size` × `size` pixels. */
export function renderIcon(size: number): Buffer {
  return new Resvg(iconSvg(), { fitTo: { mode: 'width', value: size }, font: { loadSystemFonts: false } })
    .render()
    .asPng();
}

/** Manifest `icons` / `default_icon`: size → path in the build. */
export const iconPaths = Object.fromEntries(ICON_SIZES.map((size) => [size, `icon/${size}.png`]));
