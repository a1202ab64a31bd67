// A Word file into the story: mammoth turns the .docx into simple HTML (its style map names
// the paragraphs we care about), html-to-story.ts turns that into blocks. Pictures come out
// of mammoth's convertImage with their bytes, keyed by the src their photo names.

import { blockTexts } from '../../../shared/story/block-text';
import { stripInvisible } from '../../../shared/story/clean-text';
import type { ImportedDocument, StoryHead } from '../../../shared/story/elements';
import {
  type ImportProblemCode,
  type ImportWhy,
  importWhy,
} from '../../../shared/story/import-problem';
import { normalizeDocument } from '../../../shared/story/normalize-document';
import type { FileProblem } from '../import-error';
import { READ_LIMITS, type ReadLimits } from '../isolate/read-limits';
import { FIRST_PARAGRAPH_HEADLINE, invisibleNotice } from '../notices';
import { type CappedZip, openCappedZip, ZipRefused, ZipTooLarge } from './capped-zip';
import { storyFromHtml } from './html-to-story';

export interface DocxStory {
  head: StoryHead;
  /** The document's Author property (File › Info), which Word fills with the writer's name. */
  author?: string;
  document: ImportedDocument;
  /** Picture bytes by the src of their photo, in document order. */
  pictures: Map<string, Uint8Array>;
  notices: string[];
}

export type DocxResult = { ok: true; story: DocxStory } | { ok: false; problem: FileProblem };

/** StoryFields' headline ceiling: a longer first paragraph is body text, not a headline. */
const HEADLINE_MAX = 200;

const STYLE_MAP = [
  // By style id (files written without styles.xml) and by the built-in names Word uses.
  'p.Title => h1.title:fresh',
  "p[style-name='Title'] => h1.title:fresh",
  'p.Subtitle => p.subtitle:fresh',
  "p[style-name='Subtitle'] => p.subtitle:fresh",
  'p.Caption => p.caption:fresh',
  "p[style-name='caption'] => p.caption:fresh",
  "p[style-name='Caption'] => p.caption:fresh",
  "p[style-name='Quote'] => blockquote > p:fresh",
  "p[style-name='Intense Quote'] => blockquote > p:fresh",
];

export async function readDocx(
  bytes: Uint8Array,
  limits: Pick<ReadLimits, 'inflatedBytes' | 'paragraphs'> = READ_LIMITS,
): Promise<DocxResult> {
  let zip: CappedZip;
  let author: string | undefined;
  try {
    zip = await openCappedZip(bytes, limits.inflatedBytes);
    if (!zip.exists('word/document.xml')) {
      return fail('not a Word .docx file: it is a zip without word/document.xml', 'not-docx');
    }
    const paragraphs = countParagraphs(await zip.bytes('word/document.xml'));
    if (paragraphs > limits.paragraphs) {
      return fail(
        `${paragraphs} paragraphs; a story may have at most ${limits.paragraphs}`,
        importWhy('too-many-paragraphs', { count: paragraphs, max: limits.paragraphs }),
      );
    }
    if (zip.exists('docProps/core.xml')) {
      const core = new TextDecoder().decode(await zip.bytes('docProps/core.xml'));
      author = creatorOf(stripInvisible(core).text);
    }
  } catch (error) {
    if (error instanceof ZipRefused)
      return fail(`not a Word .docx file (${error.message})`, 'not-docx');
    if (error instanceof ZipTooLarge) return fail(error.message, 'unzips-too-large');
    throw error;
  }

  const pictures = new Map<string, Uint8Array>();
  let count = 0;
  let html: string;
  try {
    // Loaded on first use: mammoth and its XML stack are a tenth of every CLI start.
    const { default: mammoth } = await import('mammoth');
    // mammoth reads the zip we opened ({ file }, not in its type declarations): one unzip,
    // under the same ceiling.
    const input = { file: zip } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    const converted = await mammoth.convertToHtml(input, {
      styleMap: STYLE_MAP,
      convertImage: mammoth.images.imgElement(async (image) => {
        // Named before the await: mammoth may read several pictures at once.
        const src = `picture ${++count}`;
        pictures.set(src, await image.readAsBuffer());
        return { src };
      }),
    });
    html = converted.value;
  } catch (error) {
    if (error instanceof ZipRefused)
      return fail(`not a Word .docx file (${error.message})`, 'not-docx');
    if (error instanceof ZipTooLarge) return fail(error.message, 'unzips-too-large');
    return fail(
      `not a readable Word .docx file (${error instanceof Error ? error.message : error})`,
      'not-docx',
    );
  }

  const notices: string[] = [];
  const stripped = stripInvisible(html);
  if (stripped.removed > 0) notices.push(invisibleNotice(stripped.removed));
  const body = storyFromHtml(stripped.text);
  let headline = body.headline;
  if (!headline) {
    // Most reporters never use the Title style: their first paragraph is the headline.
    const first = body.blocks.findIndex((b) => b.type === 'paragraph' || b.type === 'crosshead');
    const block = body.blocks[first];
    headline = block ? blockTexts(block)[0]?.trim() : undefined;
    if (!headline) return fail('no headline: the file has no paragraph of text', 'no-headline');
    if (headline.length > HEADLINE_MAX) {
      return fail(
        `no headline: no paragraph has the Word style "Title" and the first paragraph is longer than ${HEADLINE_MAX} characters`,
        importWhy('bad-value', { key: 'headline' }),
      );
    }
    body.blocks.splice(first, 1);
    notices.push(FIRST_PARAGRAPH_HEADLINE);
  }
  const head: StoryHead = {
    kicker: '',
    headline,
    subhead: body.subhead ?? '',
    byline: '',
    dateline: '',
    section: '',
    priority: 'normal',
  };
  const document = normalizeDocument<ImportedDocument>({ version: 1, body: body.blocks });
  const story = { head, ...(author ? { author } : {}), document, pictures, notices };
  return { ok: true, story };
}

/** <dc:creator> of docProps/core.xml, unescaped. */
function creatorOf(xml: string): string | undefined {
  const match = /<dc:creator>([^<]*)<\/dc:creator>/.exec(xml);
  const name = match?.[1]
    ?.replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&')
    .trim();
  return name || undefined;
}

/**
 * Paragraph starts in document.xml (`<w:p>`, `<w:p …>` or `<w:p/>`, not `<w:pPr>`), counted
 * on the bytes: decoding them to a string here would be one more copy of the largest part.
 */
function countParagraphs(xml: Uint8Array): number {
  const [lt, w, colon, p] = [0x3c, 0x77, 0x3a, 0x70];
  let count = 0;
  for (let i = xml.indexOf(lt); i >= 0 && i + 4 < xml.length; i = xml.indexOf(lt, i + 1)) {
    if (xml[i + 1] !== w || xml[i + 2] !== colon || xml[i + 3] !== p) continue;
    const next = xml[i + 4];
    if (next === 0x3e || next === 0x2f || next === 0x20 || next === 0x09 || next === 0x0a) count++;
  }
  return count;
}

function fail(message: string, why: ImportProblemCode | ImportWhy): DocxResult {
  return { ok: false, problem: { message, why: typeof why === 'string' ? importWhy(why) : why } };
}
