import { quoteForMessage } from './json.js';

/** Resolves relative URLs when no base is given, only to learn what they would become. */
const PLACEHOLDER_BASE = 'https://invalid.invalid/';

const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;

/** The authority of `scheme://…`, `scheme:…` (which WHATWG reads as `scheme://…` for http) or `//…`. */
const AUTHORITY = /^(?:[A-Za-z][A-Za-z0-9+.-]*:\/*|\/\/)([^/?#]*)/;

/** Zero-width and direction-control characters, which make a link read as something it is not. */
const INVISIBLE = /[\u00AD\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/**
 * Decides whether a URL from the data may become a link, and what its `href` is. Only http,
 * https and relative URLs pass; anything an attacker could use to smuggle another scheme past a
 * reader or a parser (control characters, inner whitespace, backslashes, HTML character
 * references, credentials) is refused with a reason that quotes the value.
 *
 * Spaces around the value are trimmed. With a `base` (the data file's URL) a relative URL is
 * resolved against it; without one it is returned as written, after checking what it would
 * resolve to. A protocol-relative URL (`//host/path`) is treated as relative: it takes the base's
 * scheme, so it passes only when that scheme is http or https. A base that is not a URL is
 * treated as absent.
 */
export function checkUrl(value: string, base?: string): { href: string } | { reason: string } {
  const text = value.replace(/^ +| +$/g, '');
  const refuse = (why: string) => ({ reason: `${quoteForMessage(value)} is not an allowed link: ${why}` });
  if (text === '') return refuse('it is empty');
  if (/[\u0000-\u001F\u007F-\u009F]/.test(text)) return refuse('it contains a control character');
  if (/\s/.test(text)) return refuse('it contains whitespace');
  if (INVISIBLE.test(text)) return refuse('it contains an invisible formatting character');
  if (text.includes('\\')) return refuse('it contains a backslash');
  if (/&(#|[A-Za-z][A-Za-z0-9]*;)/.test(text)) return refuse('it contains an HTML character reference');

  const usableBase = base !== undefined && isUrl(base) ? base : undefined;
  // One parse and one read of its href: each read of a URL's part makes a new string.
  let href: string;
  try {
    href = new URL(text, usableBase ?? PLACEHOLDER_BASE).href;
  } catch {
    return refuse('it is not a valid URL');
  }
  const protocol = SCHEME.exec(href)![0];
  if (protocol !== 'http:' && protocol !== 'https:') {
    return refuse(`it uses ${protocol}, and only http, https and relative links are allowed`);
  }
  // An http(s) href has a user name or password exactly when its authority holds an "@".
  if (AUTHORITY.exec(href)![1].includes('@') || AUTHORITY.exec(text)?.[1].includes('@')) {
    return refuse('it contains a user name or password');
  }
  return { href: usableBase === undefined && !SCHEME.test(text) ? text : href };
}

let lastBase: string | undefined;
let isLastBaseUrl = false;

/** Whether `base` parses as a URL; every link of a file has the same base, so the last answer is kept. */
function isUrl(base: string): boolean {
  if (base !== lastBase) {
    lastBase = base;
    isLastBaseUrl = URL.canParse(base);
  }
  return isLastBaseUrl;
}
