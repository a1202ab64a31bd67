// Public surface of the typesetting engine.

export { frameWidth } from './baseline-grid';
export { parseBreakToken } from './break-token';
export { type FlowOptions, flowFrame, type Story } from './column-flow';
export type { FontFamilyKind, FontKey, FontMetrics, FontSet, FontWeight } from './font-metrics';
export { setHeadlineStack } from './headline-stack';
export { newsroomCount } from './newsroom-count';
export { type PreparedText, prepareText } from './prepare-text';
export {
  escapeHtml,
  fontClass,
  LINE_CLASS,
  lineCss,
  NO_SHAPING_CSS,
  renderLine,
  renderLines,
} from './render-lines';
export { setParagraph } from './set-paragraph';
export { setText } from './set-text';
export * from './types';
