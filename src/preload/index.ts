// Sandboxed preload: it may only require 'electron'; electron.vite.config.ts bundles the rest.
import { contextBridge, ipcRenderer } from 'electron';
import { createBridge } from './bridge';

contextBridge.exposeInMainWorld('newsdesk', createBridge(ipcRenderer));
