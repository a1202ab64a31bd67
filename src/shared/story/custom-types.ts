// Slate's custom types, declared once for the whole app (as in Slate's examples'
// custom-types.d.ts). Import this file for its side effect wherever Slate nodes are used.
//
// The Editor is typed as Base + History only: slate-react's ReactEditor pulls in DOM types,
// which src/shared must not see. The renderer gets ReactEditor from withReact's return type.

import type { BaseEditor } from 'slate';
import type { HistoryEditor } from 'slate-history';
import type { StoryElement, StoryText } from './elements';

export type StoryEditor = BaseEditor & HistoryEditor;

declare module 'slate' {
  interface CustomTypes {
    Editor: StoryEditor;
    Element: StoryElement;
    Text: StoryText;
  }
}
