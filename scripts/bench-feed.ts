/**
 * The bench's live-feed figure: a page that appends a topic paragraph every 50 ms and removes the
 * oldest, measured with the extension against the same page in a browser without it, in the same run.
 * Main-thread task time comes from the DevTools protocol (`Performance.getMetrics`: TaskDuration, and
 * ThreadTime, the CPU time, which a loaded machine inflates less).
 */
import { writeFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { feedPage } from './bench-pages';

const EVERY_MS = 50;
const FEED_MS = 8_000;
const ROUNDS = 3;

export interface FeedBench {
  pagesDir: string;
  base: string;
  launch: (withExtension: boolean) => Promise<BrowserContext>;
  row: (what: string, value: string, baseline: string, target: string, met?: boolean) => void;
}

interface FeedRun {
  task: number;
  cpu: number;
  appended: number;
  /** Ranges registered in the highlights when the feed stops, and once it has been quiet. */
  registered: number;
  registeredQuiet: number;
}

async function runFeed(page: Page, url: string, withExtension: boolean): Promise<FeedRun> {
  await page.goto(url);
  // The extension's first scan of the page is done before the feed starts.
  await page.waitForTimeout(withExtension ? 3000 : 1000);
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const metrics = async () => {
    const { metrics } = (await session.send('Performance.getMetrics')) as {
      metrics: { name: string; value: number }[];
    };
    return Object.fromEntries(metrics.map((m) => [m.name, m.value])) as Record<string, number>;
  };
  const before = await metrics();
  const appended = (await page.evaluate(
    ({ every, ms }) =>
      (window as unknown as { startFeed: (a: number, b: number) => Promise<number> }).startFeed(every, ms),
    { every: EVERY_MS, ms: FEED_MS },
  )) as number;
  const after = await metrics();
  const registered = () => page.evaluate(() => CSS.highlights.get('yuanwen-mention')?.size ?? 0);
  const during = await registered();
  await page.waitForTimeout(2500);
  await session.detach();
  return {
    task: (after.TaskDuration! - before.TaskDuration!) * 1000,
    cpu: (after.ThreadTime! - before.ThreadTime!) * 1000,
    appended,
    registered: during,
    registeredQuiet: await registered(),
  };
}

export async function feedRows({ pagesDir, base, launch, row }: FeedBench): Promise<void> {
  writeFileSync(join(pagesDir, 'feed.html'), feedPage());
  const url = `${base}/feed.html`;
  const withExtension = await launch(true);
  const without = await launch(false);
  const ext: FeedRun[] = [];
  const none: FeedRun[] = [];
  // Alternated, so that a change in the machine's load falls on both.
  for (let i = 0; i < ROUNDS; i++) {
    for (const [context, runs, isExt] of [
      [without, none, false],
      [withExtension, ext, true],
    ] as const) {
      const page = await context.newPage();
      runs.push(await runFeed(page, url, isExt));
      await page.close();
    }
  }
  await withExtension.close();
  await without.close();
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const task = { ext: median(ext.map((r) => r.task)), none: median(none.map((r) => r.task)) };
  const cpu = { ext: median(ext.map((r) => r.cpu)), none: median(none.map((r) => r.cpu)) };
  const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
  const what = `Feed, a topic paragraph every ${EVERY_MS} ms for ${FEED_MS / 1000} s (300 kept)`;
  row(
    `${what}: main-thread task time`,
    `${(task.ext / task.none).toFixed(2)}× (${s(task.ext)} with the extension)`,
    `${s(task.none)} without it, same run (medians of ${ROUNDS} alternated)`,
    '≤ 1.5×',
    task.ext / task.none <= 1.5,
  );
  row(
    `${what}: main-thread CPU time`,
    `${(cpu.ext / cpu.none).toFixed(2)}× (${s(cpu.ext)})`,
    // Task time counts the time a task waits for a core too: on a loaded machine, read it beside this.
    `${s(cpu.none)} without it; load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`,
    '—',
  );
  const last = ext[ext.length - 1]!;
  row(
    `${what}: mentions registered`,
    `${last.registered} near the viewport while it runs, ${last.registeredQuiet} once quiet`,
    `${last.appended} paragraphs appended`,
    '—',
  );
}
