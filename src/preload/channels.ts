/**
 * The two IPC channels between the preload and Electron main. Main imports them from here:
 * the bridge defines the wire, main serves it.
 */
export const INVOKE_CHANNEL = 'newsdesk:invoke';
export const EVENT_CHANNEL = 'newsdesk:event';
