// Public surface of the typesetting engine.

export { frameWidth } from './baseline-grid';
export { breakToken, parseBreakToken } from './break-token';
export {
  type FlowOptions,
  flowFrame,
  measureFrame,
  restOfStory,
  type Story,
} from './column-flow';
export { PULL_QUOTE_AIR } from './column-reader';
export type { FontFamilyKind, FontKey, FontMetrics, FontSet, FontWeight } from './font-metrics';
export { headlineStackRows, setHeadlineStack } from './headline-stack';
export { newsroomCount } from './newsroom-count';
export { type PreparedText, prepareText, textStyle } from './prepare-text';
export {
  escapeHtml,
  fontClass,
  LINE_CLASS,
  lineCss,
  NO_SHAPING_CSS,
  renderLine,
  renderLines,
} from './render-lines';
export {
  type PreparedEntry,
  SESSION_PARAGRAPHS,
  TypesetSession,
  textSettingsKey,
  typesetSession,
} from './session';
export { paragraphLines, setParagraph } from './set-paragraph';
export { setText } from './set-text';
export * from './types';
