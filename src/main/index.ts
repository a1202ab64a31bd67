// electron-vite's main entry: everything Electron lives in src/main/electron.
import { startApp } from './electron/app';

startApp();
