import serifBoldUrl from '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf?url';

let loading: Promise<void> | null = null;

/**
 * The one engine face the app shell does not load (fonts/bundled-fonts.ts): Noto Serif SC
 * Bold, used for headlines. Registered once, when the board first opens, so the large page
 * paints headlines in the face the engine measured instead of a synthesized bold.
 */
export function loadBoardFonts(): Promise<void> {
  if (!loading) {
    const face = new FontFace('Noto Serif SC', `url("${serifBoldUrl}") format("truetype")`, {
      weight: '700',
      style: 'normal',
      display: 'block',
    });
    document.fonts.add(face);
    loading = face.load().then(
      () => undefined,
      (error: unknown) => console.error('board font failed to load', error),
    );
  }
  return loading;
}
