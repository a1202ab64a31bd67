// Photo-like JPEGs for the export benchmark and tests, made by Chromium: newspaper photos
// arrive as camera JPEGs, which Chromium embeds in a PDF as they are, while a PNG is
// decoded and deflated again on every print. Turbulence gives them a photo's grain, so
// their size is a photo's size too.

import type { Browser } from 'playwright-core';

function scene(seed: number, width: number, height: number): string {
  const hue = (seed * 67) % 360;
  return (
    `<!doctype html><body style="margin:0"><svg width="${width}" height="${height}" xmlns="http://www.w3.org/2000/svg">` +
    `<defs><filter id="grain"><feTurbulence type="fractalNoise" baseFrequency="0.012 0.02" numOctaves="5" seed="${seed}"/>` +
    `<feColorMatrix type="saturate" values="0.6"/></filter>` +
    `<radialGradient id="light" cx="0.3" cy="0.35" r="0.9"><stop offset="0" stop-color="hsl(${hue},45%,75%)"/>` +
    `<stop offset="1" stop-color="hsl(${(hue + 140) % 360},35%,20%)"/></radialGradient></defs>` +
    `<rect width="100%" height="100%" fill="url(#light)"/>` +
    `<rect width="100%" height="100%" filter="url(#grain)" opacity="0.55"/></svg></body>`
  );
}

/** `count` different JPEGs of width x height pixels, quality 85. */
export async function photographs(
  browser: Browser,
  count: number,
  width: number,
  height: number,
): Promise<Buffer[]> {
  const page = await browser.newPage({ viewport: { width, height } });
  try {
    const out: Buffer[] = [];
    for (let seed = 1; seed <= count; seed++) {
      await page.setContent(scene(seed, width, height));
      out.push(await page.screenshot({ type: 'jpeg', quality: 85 }));
    }
    return out;
  } finally {
    await page.close();
  }
}
