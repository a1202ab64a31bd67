import sansRegularUrl from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import sansBoldUrl from '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf?url';
import serifRegularUrl from '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf?url';

/** Family names used in the CSS (styles/base.css); the files ship inside the bundle. */
export const UI_FAMILY = 'Noto Sans SC';
export const TEXT_FAMILY = 'Noto Serif SC';

const FACES: ReadonlyArray<{ family: string; url: string; weight: string }> = [
  { family: UI_FAMILY, url: sansRegularUrl, weight: '400' },
  { family: UI_FAMILY, url: sansBoldUrl, weight: '700' },
  { family: TEXT_FAMILY, url: serifRegularUrl, weight: '400' },
];

/**
 * Registers the bundled CJK fonts and starts loading them at once, so no system font (and
 * no tofu) is ever used. FontFace rather than CSS @font-face because Vite resolves these
 * package paths in `?url` imports; the build copies the files to out/renderer/assets.
 */
export function loadBundledFonts(): Promise<void> {
  const loads = FACES.map((face) => {
    const fontFace = new FontFace(face.family, `url("${face.url}") format("truetype")`, {
      weight: face.weight,
      style: 'normal',
      display: 'block',
    });
    document.fonts.add(fontFace);
    return fontFace.load();
  });
  return Promise.all(loads).then(
    () => undefined,
    (error: unknown) => console.error('bundled font failed to load', error),
  );
}
