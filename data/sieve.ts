/**
 * The content script's first look (core/sieve.ts): the expressions for every specific topic's
 * alias and every China–US anchor, written at build time. Apart from data/index.ts so that the
 * small first-stage script bundles nothing else of the index.
 */
import type { SieveSource } from '../core/sieve';
import sieveJson from './generated/sieve.json';

export const sieveSource: SieveSource = sieveJson;
