/**
 * Chinese UI strings: the source of truth for the key set. `en.ts` must match it key for key
 * (its type is derived from this object, so a missing or extra key fails `tsc`).
 */
import { errorsZhCN, findingsZhCN } from './errors.zh-CN';
import { adminZhCN } from './zh-CN/admin';
import { deskZhCN } from './zh-CN/desk';
import { pagesZhCN } from './zh-CN/pages';
import { shellZhCN } from './zh-CN/shell';
import { storyZhCN } from './zh-CN/story';

export const zhCN = {
  ...shellZhCN,
  ...adminZhCN,
  ...deskZhCN,
  ...storyZhCN,
  ...pagesZhCN,
  errors: errorsZhCN,
  findings: findingsZhCN,
} as const;

/** Same keys as zhCN, any text: what every other language file must provide. */
type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };
export type Messages = Widen<typeof zhCN>;
