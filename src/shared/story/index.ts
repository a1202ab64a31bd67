// Public surface of the story document: types, schemas, normalization, serializers.

import './custom-types';

export { blockTexts, leavesText } from './block-text';
export type { StoryEditor } from './custom-types';
export { isContainer, isList, isTextBlock } from './element-kinds';
export * from './elements';
export { FRONT_MATTER_KEYS } from './markdown/front-matter';
export type { PhotoSource } from './markdown/read-body';
export {
  readStoryMarkdown,
  type StoryFile,
  type StoryFileResult,
} from './markdown/read-story-markdown';
export type { PhotoSrc } from './markdown/write-body';
export { type WriteMarkdownOptions, writeStoryMarkdown } from './markdown/write-story-markdown';
export { withStoryNormalization } from './normalize/with-story-normalization';
export { normalizeDocument } from './normalize-document';
export { type PhotoAsset, type ResolvedPhotos, resolvePhotoRefs } from './photo-refs';
export { storyToPlainText } from './plain-text';
export { readStoryText, type TextFileResult } from './read-story-text';
export {
  ImportedDocumentSchema,
  MAX_BODY_CHARS,
  PhotoRefSchema,
  PhotoSchema,
  StoryDocumentSchema,
  StoryTextSchema,
} from './schema';
export {
  documentFromPlainBody,
  documentFromStored,
  plainBodyFromDocument,
} from './stored-document';
export { type CountedFields, storyChars } from './story-chars';
export type { LineError } from './text-file';
export { storyToTypeset } from './typeset-story';
export {
  type DocumentProblem,
  formatPath,
  type Validated,
  validateDocument,
  validateImportedDocument,
} from './validate-document';
