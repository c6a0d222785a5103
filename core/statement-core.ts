/**
 * The statement's comparable text (its letters, digits and ideographs, folded, numerals read as
 * figures, each unit mapped back to its paragraph and offset) and the trigram bit set that tells,
 * cheaply, whether a block shares enough with it to be worth aligning. Built at build time, packed by
 * data/packed.ts.
 */
import { normalize, normalizeTransient, type FoldTable } from './normalize';
import { isNumeralCode, readNumerals } from './numerals';
import type { Sentence, Statement } from './types';

const PARAGRAPH_BREAK = '\u0001';

export interface CoreText {
  core: string;
  /** Source offset of each core code unit. */
  offsets: number[];
}

/**
 * Runs of comparable characters: letters, digits and ideographs, and anything
 * outside the BMP (a supplementary character is compared whole, whatever it is).
 */
const CORE_RUNS = /(?:[\p{L}\p{N}\p{Cs}]|[\u{10000}-\u{10FFFF}])+/gu;

/**
 * The comparable characters of a text, folded, Chinese numerals read as figures
 * (a number in figures is the same number), with where each came from.
 */
export function coreOf(text: string, fold: FoldTable): CoreText {
  const normalized = normalize(text, fold);
  let core = '';
  const offsets: number[] = [];
  // One regex match per run of characters, not one test per character.
  for (const run of normalized.text.matchAll(CORE_RUNS)) {
    core += run[0];
    for (let i = run.index, end = run.index + run[0].length; i < end; i++) offsets.push(normalized.starts[i]!);
  }
  const read = readNumerals(core, offsets);
  return { core: read.core, offsets: read.places };
}

export interface StatementCore {
  core: string;
  /** For each core code unit: paragraph number (0 at a break) and offset in that paragraph's text. */
  paragraph: Uint16Array;
  offset: Uint32Array;
  /** Paragraph texts, to show the original passage, and their sentences. */
  texts: string[];
  sentences: Sentence[][];
  /** Every three-character run of `core`, hashed into a bit set: a cheap first test before aligning. */
  trigramBits: Uint32Array;
}

export function statementCore(statement: Statement, fold: FoldTable): StatementCore {
  let core = '';
  const paragraph: number[] = [];
  const offset: number[] = [];
  for (const p of statement.paragraphs) {
    const text = coreOf(p.text, fold);
    core += text.core + PARAGRAPH_BREAK;
    for (const at of text.offsets) {
      paragraph.push(p.n);
      offset.push(at);
    }
    paragraph.push(0);
    offset.push(p.text.length);
  }
  return {
    core,
    paragraph: Uint16Array.from(paragraph),
    offset: Uint32Array.from(offset),
    texts: statement.paragraphs.map((p) => p.text),
    sentences: statement.paragraphs.map((p) => p.sentences),
    trigramBits: trigramBitsOf(core),
  };
}

const TRIGRAM_BITS = 20;

/** A hash of three code units into TRIGRAM_BITS bits. */
function trigramHash(a: number, b: number, c: number): number {
  return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77) ^ Math.imul(c, 0xc2b2ae3d)) >>> (32 - TRIGRAM_BITS);
}

/**
 * A number is one unit for the sieve, whatever its script: the statement's core
 * has figures where a page may have Chinese numerals, or the other way round.
 */
const NUMBER_UNIT = 0x30;

export function trigramBitsOf(text: string): Uint32Array {
  const bits = new Uint32Array(1 << (TRIGRAM_BITS - 5));
  let a = -1;
  let b = -1;
  let inNumber = false;
  for (let i = 0; i < text.length; i++) {
    let code = text.charCodeAt(i);
    if (isNumeralCode(code)) {
      if (inNumber) continue;
      inNumber = true;
      code = NUMBER_UNIT;
    } else inNumber = false;
    if (a >= 0) {
      const hash = trigramHash(a, b, code);
      bits[hash >>> 5]! |= 1 << (hash & 31);
    }
    a = b;
    b = code;
  }
  return bits;
}

/** Ideographs, letters and digits, roughly: enough for a first test (the exact test is `CORE`). */
function isCoreCode(code: number): boolean {
  return (
    (code >= 0x3400 && code <= 0x9fff) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0x30 && code <= 0x39) ||
    (code >= 0x61 && code <= 0x7a) ||
    (code >= 0xc0 && code <= 0x24f)
  );
}

/**
 * How much of the text's three-character runs occur in the statement (share),
 * and the longest unbroken stretch of them. Uses `normalizeTransient`: a
 * transient fold held by the caller does not survive the call.
 */
export function trigramStats(
  text: string,
  index: StatementCore,
  fold: FoldTable,
): { share: number; longestRun: number } {
  const folded = normalizeTransient(text, fold);
  return trigramStatsOf(folded.codes, folded.length, index);
}

/** The same, over folded code units (what the scanner already has): no strings built. */
export function trigramStatsOf(
  codes: Uint16Array,
  length: number,
  index: StatementCore,
): { share: number; longestRun: number } {
  let a = -1;
  let b = -1;
  let runs = 0;
  let shared = 0;
  let run = 0;
  let longestRun = 0;
  let inNumber = false;
  for (let i = 0; i < length; i++) {
    let code = codes[i]!;
    if (!isCoreCode(code)) continue;
    if (isNumeralCode(code)) {
      if (inNumber) continue;
      inNumber = true;
      code = NUMBER_UNIT;
    } else inNumber = false;
    if (a >= 0) {
      runs++;
      const hash = trigramHash(a, b, code);
      if (index.trigramBits[hash >>> 5]! & (1 << (hash & 31))) {
        shared++;
        if (++run > longestRun) longestRun = run;
      } else run = 0;
    }
    a = b;
    b = code;
  }
  return { share: runs === 0 ? 0 : shared / runs, longestRun };
}
