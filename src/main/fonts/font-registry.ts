// Where the body and headline faces live: the npm font packages (the same files the
// export embeds). A resources folder can override this in a packaged app.

import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { FontKey } from '../../shared/typeset/font-metrics';

export interface FontFile {
  key: FontKey;
  /** CSS family name used when painting. */
  family: string;
  weight: 400 | 700;
  /** Module specifier of the TTF inside node_modules. */
  module: string;
  fileName: string;
}

export const FONT_FILES: readonly FontFile[] = [
  {
    key: 'serif-400',
    family: 'Noto Serif SC',
    weight: 400,
    module: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
    fileName: 'NotoSerifSC_400Regular.ttf',
  },
  {
    key: 'serif-700',
    family: 'Noto Serif SC',
    weight: 700,
    module: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
    fileName: 'NotoSerifSC_700Bold.ttf',
  },
  {
    key: 'sans-400',
    family: 'Noto Sans SC',
    weight: 400,
    module: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
    fileName: 'NotoSansSC_400Regular.ttf',
  },
  {
    key: 'sans-700',
    family: 'Noto Sans SC',
    weight: 700,
    module: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
    fileName: 'NotoSansSC_700Bold.ttf',
  },
  // Latin faces: English papers set all their text in them, Chinese papers their Latin
  // runs when type.latinFace says so.
  {
    key: 'latin-serif-400',
    family: 'Source Serif 4',
    weight: 400,
    module: '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf',
    fileName: 'SourceSerif4_400Regular.ttf',
  },
  {
    key: 'latin-serif-700',
    family: 'Source Serif 4',
    weight: 700,
    module: '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf',
    fileName: 'SourceSerif4_700Bold.ttf',
  },
  {
    key: 'latin-sans-400',
    family: 'Libre Franklin',
    weight: 400,
    module: '@expo-google-fonts/libre-franklin/400Regular/LibreFranklin_400Regular.ttf',
    fileName: 'LibreFranklin_400Regular.ttf',
  },
  {
    key: 'latin-sans-700',
    family: 'Libre Franklin',
    weight: 700,
    module: '@expo-google-fonts/libre-franklin/700Bold/LibreFranklin_700Bold.ttf',
    fileName: 'LibreFranklin_700Bold.ttf',
  },
];

/** The registered file of a face; a key without one is a programming error. */
export function registeredFont(key: FontKey): FontFile {
  const file = FONT_FILES.find((f) => f.key === key);
  if (!file) throw new Error(`no font registered for ${key}`);
  return file;
}

/** Absolute path of a font file: in `fontDir` when given, else resolved from node_modules. */
export function fontPath(file: FontFile, fontDir?: string): string {
  if (fontDir) return join(fontDir, file.fileName);
  return createRequire(import.meta.url).resolve(file.module);
}
