/** Builds the extension once before the end-to-end suite (skip with YUANWEN_SKIP_BUILD=1). */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_DIR } from './extension';
import { findChromium } from '../../tools/chromium';

export default function globalSetup(): void {
  findChromium(); // fail early, with the message, rather than in every test
  if (process.env.YUANWEN_SKIP_BUILD !== '1') execSync('npm run build', { stdio: 'inherit' });
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${EXTENSION_DIR}: run \`npm run build\` first.`);
  }
}
