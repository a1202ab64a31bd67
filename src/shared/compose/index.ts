// Page composition: masthead and folio, the module grid, headline stacks, jumps and
// auto-layout, producing positioned boxes and set lines for the renderer.
//
// Mapping from the issue model (src/shared/model, being written alongside): an issue's
// date, number and page count plus the paper settings (paper.*) give PaperFurniture;
// paperSize(settings) gives the trim and margins of PageGeometry (columns from
// page.columns, leading from type.leading); each page record gives PageInfo; each
// placement gives a PlacedStoryInput (story id as a string, its module when the editor
// fixed one, jumpTo, and for continuations the stored break token and source page).

export { BUILTIN_TEMPLATES, builtinTemplate } from './builtin-templates';
export {
  type ComposedIssue,
  type ComposeIssueInput,
  composeIssue,
  type PageReuse,
} from './compose-issue';
export { type ComposeOptions, composePage } from './compose-page';
export { type Copyfit, type CopyfitInput, copyfitOf, copyfitPlaced } from './copyfit';
export {
  type FolioText,
  folioText,
  jumpFromText,
  jumpToText,
  type MastheadText,
  mastheadText,
} from './furniture-text';
export {
  type BodyGrid,
  bodyGrid,
  columnWidth,
  geometryFromPaper,
  moduleRect,
  type PaperSizeLike,
  pageRows,
} from './geometry';
export { headlineSize } from './headline-sizes';
export { type IsPinned, type JumpProposal, jumpTarget, proposeJumps } from './jump-proposals';
export { lunarDateEn } from './lunar-en';
export {
  fillSlots,
  type PageTemplateData,
  planTemplate,
  scaleSlot,
  type TemplateSlot,
  templateFromPage,
} from './page-template';
export { planTemplateOnPage, type TemplateStory } from './template-on-page';
export * from './types';
