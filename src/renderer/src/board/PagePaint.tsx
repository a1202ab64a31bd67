import { memo } from 'react';
import type {
  DisplayFaceWire,
  DisplayPageWire,
  DisplayRunWire,
} from '../../../shared/contract/wire/display';
import { AssetImage } from './AssetImage';

/**
 * A run's glyphs as SVG text, each at its pen x on the baseline the engine set: no font
 * metrics needed (SVG text stands on its baseline). A glyph of several code points ends a
 * chunk, so its later code points (a combining mark) follow it unpositioned.
 */
function chunks(run: DisplayRunWire): { text: string; x: number[] }[] {
  const out: { text: string; x: number[] }[] = [];
  let current = { text: '', x: [] as number[] };
  run.text.forEach((text, k) => {
    current.text += text;
    current.x.push(run.x[k] ?? 0);
    if ([...text].length > 1) {
      out.push(current);
      current = { text: '', x: [] };
    }
  });
  if (current.text !== '') out.push(current);
  return out;
}

// Memoized, as are the pages: an action's reply keeps every unchanged run and page as the
// same object (the query cache's structural sharing), so only what changed is drawn again.
const Run = memo(function Run(props: { run: DisplayRunWire; face: DisplayFaceWire | undefined }) {
  const { run, face } = props;
  return (
    <text
      className="paint-run"
      y={run.baseline}
      fontSize={run.size}
      fontFamily={face ? `'${face.family}'` : undefined}
      fontWeight={face?.weight}
      data-face={run.face}
    >
      {chunks(run).map((c, k) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: chunks are positional
        <tspan key={k} x={c.x.join(' ')}>
          {c.text}
        </tspan>
      ))}
    </text>
  );
});

const greyFill = (grey: number) => {
  const v = Math.round(255 * (1 - grey));
  return `rgb(${v} ${v} ${v})`;
};

/**
 * One page painted from its display list, as the HTML export and the PDF paint it: photos
 * and logos (HTML images, clipped to their boxes), then rules, stand-in boxes and every set
 * line in one SVG in page coordinates (pt).
 */
export const PagePaint = memo(function PagePaint(props: { page: DisplayPageWire; label: string }) {
  const { page } = props;
  const size = { width: `${page.width}pt`, height: `${page.height}pt` };
  return (
    <div className="page-paint" style={size}>
      {page.items.map((item, k) =>
        item.kind === 'image' ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: one asset may show twice on a page
          <AssetImage key={`${item.asset}-${k}`} image={item} />
        ) : null,
      )}
      <svg
        className="page-paint-svg"
        viewBox={`0 0 ${page.width} ${page.height}`}
        style={size}
        lang="zh-Hans"
      >
        <title>{props.label}</title>
        {page.items.map((item, k) => {
          switch (item.kind) {
            case 'line':
              return (
                <g key={`line-${item.index}`} data-line={item.index}>
                  {item.runs.map((run, r) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: runs are positional
                    <Run key={r} run={run} face={page.faces[run.face]} />
                  ))}
                </g>
              );
            case 'rule':
              return (
                <line
                  // biome-ignore lint/suspicious/noArrayIndexKey: rules are positional
                  key={`rule-${k}`}
                  className="paint-rule"
                  x1={item.x1}
                  y1={item.y1}
                  x2={item.x2}
                  y2={item.y2}
                  strokeWidth={item.weight}
                />
              );
            case 'box':
              return (
                <rect
                  // biome-ignore lint/suspicious/noArrayIndexKey: boxes are positional
                  key={`box-${k}`}
                  x={item.rect.x}
                  y={item.rect.y}
                  width={item.rect.width}
                  height={item.rect.height}
                  fill={greyFill(item.grey)}
                />
              );
            default:
              return null;
          }
        })}
      </svg>
    </div>
  );
});
