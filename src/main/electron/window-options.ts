import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * The main window's size and look. Its webPreferences (the security settings) are written
 * out literally where the window is created (main-windows.ts), where Electronegativity can
 * read them.
 */
export const MAIN_WINDOW_FRAME: BrowserWindowConstructorOptions = {
  width: 1440,
  height: 900,
  minWidth: 960,
  minHeight: 600,
  title: 'Newsdesk',
  // Shown once the first paint is ready, so there is no white flash.
  show: false,
  backgroundColor: '#ffffff',
};
