/** The URL hash that shows the body editor alone (EditorHarness.tsx), for browser tests. */
export const HARNESS_HASH = '#/editor-harness';
