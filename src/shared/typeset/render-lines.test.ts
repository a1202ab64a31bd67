// Rule 4: set lines become HTML with one absolutely positioned element per line and
// explicit spacing, with the browser's own adjustments switched off by the shared line
// class; text is escaped.

import { describe, expect, it } from 'vitest';
import { flowFrame } from './column-flow';
import { FONT_KEYS } from './font-metrics';
import { escapeHtml, lineCss, renderLines, spansOf } from './render-lines';
import { fonts, setEm } from './test-support';
import { DEFAULT_SETTINGS, type TextRun } from './types';

/** One body paragraph of `runs` set in a 90 pt column and rendered: its line count and HTML. */
function rendered(runs: TextRun[]): { lines: number; html: string } {
  const story = { blocks: [{ kind: 'paragraph' as const, style: 'body' as const, runs }] };
  const frame = { columns: 1, columnWidth: 90, gutter: 0, heightLines: 3 };
  const r = flowFrame(story, frame, DEFAULT_SETTINGS, fonts);
  return {
    lines: r.lines.length,
    html: renderLines(r.lines, fonts, { leading: DEFAULT_SETTINGS.leading }),
  };
}

describe('render lines', () => {
  it('groups glyphs with equal gaps into one span with that letter spacing', () => {
    const [line] = setEm('一二三四五六七八九“十”', 10);
    // nine Han glyphs, each followed by 1.125 pt: one span (the last gap is free).
    expect(spansOf(line?.glyphs ?? [])).toEqual([{ from: 0, to: 9, spacing: 1.125 }]);
  });

  it('writes one positioned element per line with explicit spacing, escaped', () => {
    const { lines, html } = rendered([{ text: '甲<b>&"乙"' }]);
    expect(html.match(/data-line=/g)).toHaveLength(lines);
    expect(html).toContain('data-line="0"');
    expect(html).toContain('甲&lt;');
    expect(html).toContain('b&gt;&amp;&quot;乙&quot;');
    expect(html).not.toContain('<b>');
  });

  it('writes a line of one run as the line element itself, its indent as text-indent', () => {
    expect(rendered([{ text: '甲乙丙' }]).html).toBe(
      '<div data-line="0" lang="zh-Hans" data-block="0" data-kind="body" class="line f-serif-400" ' +
        'style="left:0pt;top:0pt;width:90pt;height:13.5pt;line-height:13.5pt;font-size:9pt;text-indent:18pt">甲乙丙</div>',
    );
  });

  it('keeps a span per run where a line mixes faces or spacings', () => {
    const { html } = rendered([{ text: '甲乙' }, { text: '丙丁', bold: true }]);
    expect(html.match(/<span /g)).toHaveLength(2);
    expect(html).toContain('<span class="f-serif-400" style="left:18pt">甲乙</span>');
    expect(html).toContain('<span class="f-serif-700" style="left:36pt">丙丁</span>');
  });

  it('puts what every line shares in one style sheet: shaping off, one class per face', () => {
    const css = lineCss(fonts);
    expect(css).toContain(
      ".line{position:absolute;font-kerning:none;font-variant-ligatures:none;font-feature-settings:'kern' 0,'liga' 0,'palt' 0;",
    );
    expect(css).toContain(".f-serif-400{font-family:'Synthetic Serif';font-weight:400}");
    expect(css).toContain(".f-serif-700{font-family:'Synthetic Serif';font-weight:700}");
    expect(css.match(/\.f-/g)).toHaveLength(FONT_KEYS.length);
  });

  it('escapes all HTML-special characters', () => {
    expect(escapeHtml(`<a href='x'>&"`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&quot;');
  });
});
