import type { LayoutLine } from '../../../shared/contract/domains/layout';
import { FAMILY, fontWeight, lineBand } from './font-metrics';

/**
 * One set line, painted as render-lines paints it: an absolutely positioned band with the
 * engine's glyph runs at their pen positions and letter-spacing, shaping switched off
 * (.set-line in board.css). Coordinates are pt relative to `origin` (the containing box).
 */
export function LineView(props: {
  line: LayoutLine;
  leading: number;
  origin: { x: number; y: number };
}) {
  const { line, origin } = props;
  const { top, band } = lineBand(line, props.leading);
  return (
    <div
      className="set-line"
      lang="zh-Hans"
      data-kind={line.kind}
      style={{
        left: `${line.x - origin.x}pt`,
        top: `${top - origin.y}pt`,
        width: `${line.measure}pt`,
        height: `${band}pt`,
        lineHeight: `${band}pt`,
        fontSize: `${line.size}pt`,
      }}
    >
      {line.spans.map((span, k) => (
        <span
          // biome-ignore lint/suspicious/noArrayIndexKey: spans are positional and never reorder
          key={k}
          style={{
            left: `${span.x}pt`,
            fontFamily: `'${FAMILY[span.font]}'`,
            fontWeight: fontWeight(span.font),
            letterSpacing: `${span.spacing}pt`,
          }}
        >
          {span.text}
        </span>
      ))}
    </div>
  );
}

/** Lines of one box whose top-left corner is `origin` on the page. */
export function LinesView(props: {
  lines: LayoutLine[];
  leading: number;
  origin: { x: number; y: number };
}) {
  return (
    <>
      {props.lines.map((line, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: lines are positional
        <LineView key={k} line={line} leading={props.leading} origin={props.origin} />
      ))}
    </>
  );
}
