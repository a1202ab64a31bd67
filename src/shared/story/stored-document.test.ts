import { describe, expect, it } from 'vitest';
import {
  documentFromPlainBody,
  documentFromStored,
  plainBodyFromDocument,
} from './stored-document';

const p = (text: string) => ({ type: 'paragraph' as const, children: [{ text }] });

describe('stored documents', () => {
  it('upgrades the first store shape (no version) to version 1', () => {
    expect(documentFromStored({ body: [p('甲'), p('乙')] })).toEqual({
      ok: true,
      document: { version: 1, body: [p('甲'), p('乙')] },
    });
    expect(documentFromStored({ body: [] })).toEqual({
      ok: true,
      document: { version: 1, body: [p('')] },
    });
  });

  it('validates a version 1 document as it is', () => {
    expect(documentFromStored({ version: 1, body: [{ type: 'video', children: [] }] })).toEqual({
      ok: false,
      problems: [
        {
          path: 'body[0]',
          message:
            'not a body block (paragraph, crosshead, block-quote, bulleted-list, numbered-list, photo)',
        },
      ],
    });
  });

  it('converts the plain body string both ways', () => {
    const doc = documentFromPlainBody('第一段\r\n\r\n  第二段  \n\n\n');
    expect(doc).toEqual({ version: 1, body: [p('第一段'), p('第二段')] });
    expect(plainBodyFromDocument(doc)).toBe('第一段\n\n第二段');
    expect(documentFromPlainBody('')).toEqual({ version: 1, body: [p('')] });
  });

  it('flattens quotes, lists and captions into the plain body', () => {
    const doc = {
      version: 1 as const,
      body: [
        { type: 'crosshead' as const, children: [{ text: '小' }] },
        { type: 'block-quote' as const, children: [p('引一'), p('引二')] },
        {
          type: 'bulleted-list' as const,
          children: [{ type: 'list-item' as const, children: [{ text: '项' }] }],
        },
        p(''),
      ],
    };
    expect(plainBodyFromDocument(doc)).toBe('小\n\n引一\n\n引二\n\n项');
  });
});
