import franklinRegularUrl from '@expo-google-fonts/libre-franklin/400Regular/LibreFranklin_400Regular.ttf?url';
import franklinBoldUrl from '@expo-google-fonts/libre-franklin/700Bold/LibreFranklin_700Bold.ttf?url';
import serifRegularUrl from '@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf?url';
import serifBoldUrl from '@expo-google-fonts/source-serif-4/700Bold/SourceSerif4_700Bold.ttf?url';

/** The Latin faces the engine measures (font registry keys latin-*), by the same names. */
const FACES: ReadonlyArray<{ family: string; url: string; weight: string }> = [
  { family: 'Source Serif 4', url: serifRegularUrl, weight: '400' },
  { family: 'Source Serif 4', url: serifBoldUrl, weight: '700' },
  { family: 'Libre Franklin', url: franklinRegularUrl, weight: '400' },
  { family: 'Libre Franklin', url: franklinBoldUrl, weight: '700' },
];

/**
 * Registers the Latin faces without loading them: the browser fetches one when text set in
 * it is first laid out (an English paper's board, a Latin run), not on every start.
 */
export function registerLatinFonts(): void {
  for (const face of FACES) {
    document.fonts.add(
      new FontFace(face.family, `url("${face.url}") format("truetype")`, {
        weight: face.weight,
        style: 'normal',
        display: 'block',
      }),
    );
  }
}
