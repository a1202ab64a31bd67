import DOMPurify from 'dompurify';

/**
 * The only tags a pasted page keeps: the structure the story schema can hold. Everything
 * else is unwrapped (its text kept) or, for script/style/iframe/svg and the like, dropped
 * with its content. `style` survives only to be read for bold/italic by the mapper (it is
 * never put into the live page); `class` is kept for Word's list paragraphs (MsoList…).
 */
const ALLOWED_TAGS = [
  'p',
  'div',
  'br',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'blockquote',
  'b',
  'strong',
  'i',
  'em',
  'span',
  'font',
];

/** Removed together with everything inside them, whatever DOMPurify's defaults are. */
const FORBID_CONTENTS = [
  'script',
  'style',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'math',
  'noscript',
  'head',
  'title',
  'xml',
];

/**
 * Sanitizes pasted HTML into an inert fragment (parsed in DOMPurify's own document: nothing
 * in it loads or runs). The caller maps it to story nodes and then drops it.
 */
export function sanitizePastedHtml(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, {
    ALLOWED_TAGS,
    ALLOWED_ATTR: ['style', 'class'],
    ALLOW_DATA_ATTR: false,
    ALLOW_ARIA_ATTR: false,
    FORBID_CONTENTS,
    KEEP_CONTENT: true,
    WHOLE_DOCUMENT: false,
    RETURN_DOM_FRAGMENT: true,
  });
}
