// A Word file into the story: mammoth turns the .docx into simple HTML (its style map names
// the paragraphs we care about), html-to-story.ts turns that into blocks. Pictures come out
// of mammoth's convertImage with their bytes, keyed by the src their photo names.

import type { ImportedDocument, StoryHead } from '../../../shared/story/elements';
import { normalizeDocument } from '../../../shared/story/normalize-document';
import type { FileProblem } from '../import-error';
import { storyFromHtml } from './html-to-story';
import { NotAZip, readZipEntry, zipEntries } from './zip';

export interface DocxStory {
  head: StoryHead;
  /** The document's Author property (File › Info), which Word fills with the writer's name. */
  author?: string;
  document: ImportedDocument;
  /** Picture bytes by the src of their photo, in document order. */
  pictures: Map<string, Uint8Array>;
}

export type DocxResult = { ok: true; story: DocxStory } | { ok: false; problem: FileProblem };

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

export async function readDocx(bytes: Uint8Array): Promise<DocxResult> {
  let author: string | undefined;
  try {
    const entries = zipEntries(bytes);
    if (!entries.has('word/document.xml')) {
      return fail('not a Word .docx file: it is a zip without word/document.xml');
    }
    const core = entries.get('docProps/core.xml');
    author = core && creatorOf(new TextDecoder().decode(readZipEntry(bytes, core)));
  } catch (error) {
    if (error instanceof NotAZip) return fail(`not a Word .docx file (${error.message})`);
    throw error;
  }

  const pictures = new Map<string, Uint8Array>();
  let count = 0;
  let html: string;
  try {
    // Loaded on first use: mammoth and its zip and XML stack are a tenth of every CLI start.
    const { default: mammoth } = await import('mammoth');
    const converted = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        styleMap: STYLE_MAP,
        convertImage: mammoth.images.imgElement(async (image) => {
          // Named before the await: mammoth may read several pictures at once.
          const src = `picture ${++count}`;
          pictures.set(src, await image.readAsBuffer());
          return { src };
        }),
      },
    );
    html = converted.value;
  } catch (error) {
    return fail(
      `not a readable Word .docx file (${error instanceof Error ? error.message : error})`,
    );
  }

  const body = storyFromHtml(html);
  if (!body.headline)
    return fail('no headline: give the headline paragraph the Word style "Title"');
  const head: StoryHead = {
    kicker: '',
    headline: body.headline,
    subhead: body.subhead ?? '',
    byline: '',
    dateline: '',
    section: '',
    priority: 'normal',
  };
  const document = normalizeDocument<ImportedDocument>({ version: 1, body: body.blocks });
  return { ok: true, story: { head, ...(author ? { author } : {}), document, pictures } };
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

function fail(message: string): DocxResult {
  return { ok: false, problem: { message } };
}
