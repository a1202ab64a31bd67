import { type Browser, chromium } from 'playwright-core';
import {
  CHROMIUM_ARGS as EXPORT_CHROMIUM_ARGS,
  findChromium,
} from '../../src/main/export/find-chromium';

/** Flags that keep Chromium quiet on a machine with no network but loopback (the export's). */
export const CHROMIUM_ARGS: string[] = [...EXPORT_CHROMIUM_ARGS];

/** The system Chromium, found as the PDF export finds it (CHROME_PATH, then the usual paths). */
export function chromiumPath(): string {
  return findChromium();
}

/** Launches the system Chromium for tests (playwright gives it a fresh temp profile). */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true });
}
