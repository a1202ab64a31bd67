import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, DEV_CONTENT_SECURITY_POLICY } from '../../src/main/web/csp';

function directives(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((part) => {
      const [name = '', ...values] = part.trim().split(/\s+/);
      return [name, values] as const;
    }),
  );
}

describe('Content-Security-Policy', () => {
  it.each([
    ['strict', CONTENT_SECURITY_POLICY],
    ['dev', DEV_CONTENT_SECURITY_POLICY],
  ])('%s policy allows no eval and no remote source', (_name, policy) => {
    expect(policy).not.toContain('unsafe-eval');
    for (const values of directives(policy).values()) {
      for (const value of values) {
        // Only keywords and the local schemes data: and blob: — no host, scheme or wildcard.
        expect(value).toMatch(/^('self'|'none'|'unsafe-inline'|data:|blob:)$/);
      }
    }
  });

  it('has the directives the app relies on', () => {
    const d = directives(CONTENT_SECURITY_POLICY);
    expect(d.get('default-src')).toEqual(["'self'"]);
    expect(d.get('script-src')).toEqual(["'self'"]);
    expect(d.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(d.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
    expect(d.get('font-src')).toEqual(["'self'", 'data:']);
    expect(d.get('connect-src')).toEqual(["'self'"]);
    for (const name of ['object-src', 'base-uri', 'form-action', 'frame-ancestors']) {
      expect(d.get(name)).toEqual(["'none'"]);
    }
  });

  it('relaxes only inline script in development (for the React Refresh preamble)', () => {
    const strict = directives(CONTENT_SECURITY_POLICY);
    const dev = directives(DEV_CONTENT_SECURITY_POLICY);
    expect(dev.get('script-src')).toEqual(["'self'", "'unsafe-inline'"]);
    dev.delete('script-src');
    strict.delete('script-src');
    expect(dev).toEqual(strict);
  });
});
