/**
 * Structured data inside Markdown bodies, read the same way by the API (which stores it) and the
 * web app (which renders it).
 *
 * - A mention is written `@[Display Name](person-id)`: the composer inserts it from the
 *   autocomplete, so a mention names one person exactly even when two share a name.
 * - A hashtag is `#` followed by a letter and up to 49 letters, digits, `_` or `-`, at the start of
 *   the text or after a space or punctuation; it is compared lower-cased. `# Heading` is not one.
 *
 * Neither is recognised inside code (fenced blocks or `inline code`).
 */
import { LIMITS } from './limits';

export const MENTION_PATTERN =
  /@\[([^\]\n]{1,80})\]\(([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)/gi;
export const HASHTAG_PATTERN = /(^|[^\p{L}\p{N}_&#/-])#(\p{L}[\p{L}\p{N}_-]{0,49})/gu;

export interface Mention {
  userId: string;
  name: string;
}

/** The text outside code, where mentions and hashtags count. */
export function stripCode(markdown: string): string {
  return markdown
    .replace(/^(```|~~~)[^\n]*\n[\s\S]*?(^\1[^\n]*$|(?![\s\S]))/gm, ' ')
    .replace(/(`+)[^`]*?\1/g, ' ');
}

/** Mentioned people, in order of first appearance, each once. */
export function parseMentions(markdown: string): Mention[] {
  const seen = new Map<string, Mention>();
  for (const m of stripCode(markdown).matchAll(MENTION_PATTERN)) {
    const userId = (m[2] ?? '').toLowerCase();
    if (!seen.has(userId)) seen.set(userId, { userId, name: m[1] ?? '' });
    if (seen.size >= LIMITS.mentionsPerText) break;
  }
  return [...seen.values()];
}

/** Hashtags lower-cased, in order of first appearance, each once. */
export function parseHashtags(markdown: string): string[] {
  // Mentions' bracketed names and link targets are not hashtags.
  const text = stripCode(markdown)
    .replace(MENTION_PATTERN, ' ')
    .replace(/\]\([^)]*\)/g, '] ');
  const tags = new Set<string>();
  for (const m of text.matchAll(HASHTAG_PATTERN)) {
    tags.add(normaliseHashtag(m[2] ?? ''));
    if (tags.size >= LIMITS.hashtagsPerText) break;
  }
  return [...tags];
}

/** `#Launch-2026` and `launch-2026` name the same hashtag. */
export function normaliseHashtag(tag: string): string {
  return tag.replace(/^#/, '').normalize('NFC').toLowerCase();
}

export const HASHTAG_NAME = /^\p{L}[\p{L}\p{N}_-]{0,49}$/u;
