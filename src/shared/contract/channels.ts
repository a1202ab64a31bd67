/**
 * The two IPC channels between the preload and Electron main: part of the contract, so the
 * bridge (src/preload) and the shell (src/main/electron) both take them from here and
 * neither imports the other.
 */
export const INVOKE_CHANNEL = 'newsdesk:invoke';
export const EVENT_CHANNEL = 'newsdesk:event';
