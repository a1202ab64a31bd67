import type { Descendant } from 'slate';
import type { BodyBlock } from '../../../../shared/story/elements';
import { normalizeDocument } from '../../../../shared/story/normalize-document';
import { validateDocument } from '../../../../shared/story/validate-document';
import { htmlToBlocks } from './html-to-blocks';
import { sanitizePastedHtml } from './sanitize-html';

/** Blocks from pasted HTML, sanitized, mapped and normalized; empty when nothing is left. */
export function blocksFromHtml(html: string): BodyBlock[] {
  const blocks = htmlToBlocks(sanitizePastedHtml(html));
  if (blocks.length === 0) return [];
  return normalizeDocument({ version: 1, body: blocks }).body;
}

/**
 * A Slate fragment (our own copy, or a page pretending to be one) is taken only when it is a
 * valid story document as it stands: known elements, known keys, plain text.
 */
export function blocksFromSlateFragment(encoded: string): BodyBlock[] | null {
  try {
    const nodes = JSON.parse(decodeURIComponent(window.atob(encoded))) as Descendant[];
    if (!Array.isArray(nodes)) return null;
    const document = normalizeDocument({ version: 1, body: nodes as BodyBlock[] });
    const checked = validateDocument(document);
    return checked.ok ? checked.document.body : null;
  } catch {
    return null;
  }
}
