// Rule 4: set lines become HTML with one absolutely positioned element per line and
// explicit spacing, with the browser's own adjustments switched off; text is escaped.

import { describe, expect, it } from 'vitest';
import { flowFrame } from './column-flow';
import { escapeHtml, renderLines, spansOf } from './render-lines';
import { fonts, setEm } from './test-support';
import { DEFAULT_SETTINGS } from './types';

describe('render lines', () => {
  it('groups glyphs with equal gaps into one span with that letter spacing', () => {
    const [line] = setEm('一二三四五六七八九“十”', 10);
    // nine Han glyphs, each followed by 1.125 pt: one span (the last gap is free).
    expect(spansOf(line?.glyphs ?? [])).toEqual([{ from: 0, to: 9, spacing: 1.125 }]);
  });

  it('writes one positioned element per line with explicit spacing, escaped', () => {
    const story = {
      blocks: [
        { kind: 'paragraph' as const, style: 'body' as const, runs: [{ text: '甲<b>&"乙"' }] },
      ],
    };
    const r = flowFrame(
      story,
      { columns: 1, columnWidth: 90, gutter: 0, heightLines: 3 },
      DEFAULT_SETTINGS,
      fonts,
    );
    const html = renderLines(r.lines, fonts, { leading: DEFAULT_SETTINGS.leading });
    expect(html.match(/data-line=/g)).toHaveLength(r.lines.length);
    expect(html).toContain('data-line="0"');
    expect(html).toContain('甲&lt;');
    expect(html).toContain('b&gt;&amp;&quot;乙&quot;');
    expect(html).not.toContain('<b>');
    expect(html).toContain("font-feature-settings:'kern' 0,'liga' 0,'palt' 0");
    expect(html).toContain('font-kerning:none;font-variant-ligatures:none');
    expect(html).toContain('left:18pt'); // 2-em indent of the first line
    expect(html).toContain("font-family:'Synthetic Serif'");
  });

  it('escapes all HTML-special characters', () => {
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
  });
});
