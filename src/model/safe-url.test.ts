import { describe, expect, it } from 'vitest';
import { checkUrl } from './safe-url.js';

const BASE = 'https://example.org/data/timeline.json';

/** The reason a URL was refused, or a failure naming the href it was given. */
function reasonFor(value: string, base?: string): string {
  const result = checkUrl(value, base);
  if ('href' in result) throw new Error(`expected ${JSON.stringify(value)} to be refused, got ${result.href}`);
  return result.reason;
}

describe('checkUrl accepts', () => {
  it('an https URL as the parser writes it', () => {
    expect(checkUrl('https://example.com/a?b=1&c=2#d')).toEqual({ href: 'https://example.com/a?b=1&c=2#d' });
  });

  it('an http URL, with the scheme written in capitals', () => {
    expect(checkUrl('HTTP://Example.com')).toEqual({ href: 'http://example.com/' });
  });

  it('a relative URL resolved against the base', () => {
    expect(checkUrl('../docs/report.pdf', BASE)).toEqual({ href: 'https://example.org/docs/report.pdf' });
    expect(checkUrl('#top', BASE)).toEqual({ href: 'https://example.org/data/timeline.json#top' });
  });

  it('a relative URL as written when there is no base', () => {
    expect(checkUrl('docs/report.pdf')).toEqual({ href: 'docs/report.pdf' });
  });

  it('a URL with spaces around it, trimmed', () => {
    expect(checkUrl('  https://example.com/  ')).toEqual({ href: 'https://example.com/' });
  });

  it('a protocol-relative URL, which takes the scheme of the base', () => {
    expect(checkUrl('//cdn.example.net/a', BASE)).toEqual({ href: 'https://cdn.example.net/a' });
    expect(checkUrl('//cdn.example.net/a')).toEqual({ href: '//cdn.example.net/a' });
  });

  it('an absolute URL unchanged by a base', () => {
    expect(checkUrl('http://other.example/x', BASE)).toEqual({ href: 'http://other.example/x' });
  });

  it('a relative URL as written when the base is not a URL', () => {
    expect(checkUrl('a/b', 'not a url')).toEqual({ href: 'a/b' });
  });
});

describe('checkUrl refuses', () => {
  it('javascript: in any case', () => {
    expect(reasonFor('javascript:alert(1)')).toBe('"javascript:alert(1)" is not an allowed link: it uses javascript:, and only http, https and relative links are allowed');
    expect(reasonFor('JaVaScRiPt:alert(1)', BASE)).toContain('it uses javascript:');
  });

  it('javascript: behind leading spaces', () => {
    expect(reasonFor('   javascript:alert(1)')).toContain('it uses javascript:');
  });

  it('javascript: with a tab or a newline inside', () => {
    expect(reasonFor('java\tscript:alert(1)')).toBe('"java\\tscript:alert(1)" is not an allowed link: it contains a control character');
    expect(reasonFor('java\nscript:alert(1)')).toContain('it contains a control character');
  });

  it('javascript: behind a leading control character', () => {
    expect(reasonFor('\u0001javascript:alert(1)')).toBe('"\\u0001javascript:alert(1)" is not an allowed link: it contains a control character');
  });

  it('javascript: hidden by HTML character references', () => {
    expect(reasonFor('&#106;avascript:alert(1)')).toBe('"&#106;avascript:alert(1)" is not an allowed link: it contains an HTML character reference');
    expect(reasonFor('javascript&colon;alert(1)')).toContain('it contains an HTML character reference');
    expect(reasonFor('https://example.com/?a=1&amp;b=2')).toContain('it contains an HTML character reference');
  });

  it('data: and vbscript: URLs', () => {
    expect(reasonFor('data:text/html,<script>alert(1)</script>')).toContain('it uses data:');
    expect(reasonFor('VBScript:msgbox(1)')).toContain('it uses vbscript:');
  });

  it('file: and other schemes', () => {
    expect(reasonFor('file:///etc/passwd')).toContain('it uses file:');
    expect(reasonFor('mailto:a@example.com')).toContain('it uses mailto:');
  });

  it('credentials in the authority', () => {
    expect(reasonFor('https://user@evil.example')).toBe('"https://user@evil.example" is not an allowed link: it contains a user name or password');
    expect(reasonFor('https://user:pass@evil.example/')).toContain('user name or password');
    expect(reasonFor('https://@evil.example/')).toContain('user name or password');
    expect(reasonFor('//user@evil.example/', BASE)).toContain('user name or password');
  });

  it('backslashes', () => {
    expect(reasonFor('https:\\\\evil.example')).toBe('"https:\\\\\\\\evil.example" is not an allowed link: it contains a backslash');
    expect(reasonFor('/\\evil.example', BASE)).toContain('it contains a backslash');
  });

  it('whitespace inside', () => {
    expect(reasonFor('https://example.com/a b')).toContain('it contains whitespace');
    expect(reasonFor('https://example.com/a\u00a0b')).toContain('it contains whitespace');
  });

  it('invisible formatting characters', () => {
    expect(reasonFor('https://example.com/\u202egpj.exe')).toContain('it contains an invisible formatting character');
  });

  it('an empty value', () => {
    expect(reasonFor('  ')).toBe('"  " is not an allowed link: it is empty');
  });

  it('a value the URL parser cannot read', () => {
    expect(reasonFor('https://exa%mple.com')).toContain('it is not a valid URL');
  });

  it('a relative URL against a base that is not http or https', () => {
    expect(reasonFor('a/b', 'file:///home/me/timeline.json')).toContain('it uses file:');
  });

  it('with the value cut to about 80 characters in the reason', () => {
    const reason = reasonFor(`javascript:${'a'.repeat(200)}`);
    expect(reason.startsWith(`"javascript:${'a'.repeat(68)}…" is not an allowed link`)).toBe(true);
  });
});
