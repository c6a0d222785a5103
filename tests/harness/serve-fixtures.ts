/** Serves tests/fixtures for Playwright's webServer. */
import { fileURLToPath } from 'node:url';
import { startStaticServer } from '../../tools/static-server';

const port = Number(process.env.FIXTURE_PORT ?? 4179);
const root = fileURLToPath(new URL('../fixtures', import.meta.url));
await startStaticServer(root, port);
console.log(`fixtures on http://127.0.0.1:${port}/`);
