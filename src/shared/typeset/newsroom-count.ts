// The board's over-characters count the same 字数 as the editor: one definition, in
// model/char-count.ts.
export { countChars as newsroomCount } from '../model/char-count';
