import { adminEn } from './en/admin';
import { deskEn } from './en/desk';
import { pagesEn } from './en/pages';
import { shellEn } from './en/shell';
import { storyEn } from './en/story';
import { errorsEn, findingsEn } from './errors.en';
import type { Messages } from './zh-CN';

/** English UI strings; typed against the Chinese file so no key can be missing. */
export const en: Messages = {
  ...shellEn,
  ...adminEn,
  ...deskEn,
  ...storyEn,
  ...pagesEn,
  errors: errorsEn,
  findings: findingsEn,
};
