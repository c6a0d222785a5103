/** Builds the Firefox extension once before the Firefox suite (skip with YUANWEN_SKIP_BUILD=1). */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { FIREFOX_EXTENSION_DIR, findFirefox } from './firefox';

export default function globalSetup(): void {
  findFirefox(); // fail early, with the message
  if (process.env.YUANWEN_SKIP_BUILD !== '1') execSync('npm run build:firefox', { stdio: 'inherit' });
  if (!existsSync(join(FIREFOX_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No Firefox build in ${FIREFOX_EXTENSION_DIR}: run \`npm run build:firefox\` first.`);
  }
}
