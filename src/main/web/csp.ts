/**
 * The Content-Security-Policy of every page the app shows. Pure on purpose, and here in web/
 * beside the static files: the Electron shell sends it as a response header, the HTTP host
 * in src/main/host sends the very same string for browser mode, and neither imports the other.
 */
const DIRECTIVES: ReadonlyArray<readonly [string, string]> = [
  ['default-src', "'self'"],
  // No 'unsafe-eval' and no remote hosts: script comes only from our own bundle.
  ['script-src', "'self'"],
  // 'unsafe-inline' for styles only: React's `style={...}` props and Slate's editable
  // (placeholder, decorations) write inline style attributes, which CSP counts as inline
  // style. Inline style cannot run code, so this is the accepted trade-off.
  ['style-src', "'self' 'unsafe-inline'"],
  // data: and blob: for images pasted or dropped into a story before they are stored.
  ['img-src', "'self' data: blob:"],
  ['font-src', "'self' data:"],
  ['connect-src', "'self'"],
  ['object-src', "'none'"],
  ['base-uri', "'none'"],
  ['form-action', "'none'"],
  ['frame-ancestors', "'none'"],
];

export const CONTENT_SECURITY_POLICY: string = DIRECTIVES.map(
  ([name, value]) => `${name} ${value}`,
).join('; ');

/**
 * Development only (`npm run dev`): the Vite dev server injects the React Refresh preamble
 * as an inline module script, which `script-src 'self'` would block. Still no eval and no
 * remote source; the packaged and `npm start` builds always get the strict policy above.
 */
export const DEV_CONTENT_SECURITY_POLICY: string = CONTENT_SECURITY_POLICY.replace(
  "script-src 'self'",
  "script-src 'self' 'unsafe-inline'",
);
