import { issue, type Rule } from './types';

/** Newsprint needs about 200 dpi at the printed size (less shows pixels in the halftone). */
export const MIN_DPI = 200;

export const lowResPhotosRule: Rule = ({ composed, images }) =>
  composed.pages.flatMap((page) =>
    page.modules.flatMap((m) =>
      m.photos.flatMap((photo) => {
        const pixels = images[photo.asset];
        if (!pixels || photo.width <= 0) return [];
        const dpi = Math.floor(pixels.width / (photo.width / 72));
        return dpi < MIN_DPI
          ? [
              issue(
                'warning',
                'low-resolution',
                page.number,
                Number(m.storyId),
                `photo ${photo.asset.slice(0, 8)} is ${dpi} dpi at its placed width (${pixels.width} px over ${(photo.width / 72).toFixed(2)} in; ${MIN_DPI} wanted)`,
                { dpi, min: MIN_DPI },
              ),
            ]
          : [];
      }),
    ),
  );
