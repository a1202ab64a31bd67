import type { KeyboardEvent } from 'react';
import type { Mark } from '../../../shared/story/elements';
import type { BlockFormat } from './block-formats';

export type EditorCommand =
  | { kind: 'mark'; mark: Mark }
  | { kind: 'block'; format: BlockFormat }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'story-edge'; edge: 'start' | 'end'; extend: boolean };

interface Binding {
  /** KeyboardEvent.code: the physical key, so an IME or a layout does not change it. */
  code: string;
  shift?: boolean;
  alt?: boolean;
  command: EditorCommand;
}

/** Ctrl on Windows/Linux, Cmd on macOS ("Mod"), as in the toolbar's titles. */
const BINDINGS: readonly Binding[] = [
  { code: 'KeyB', command: { kind: 'mark', mark: 'bold' } },
  { code: 'KeyI', command: { kind: 'mark', mark: 'italic' } },
  { code: 'Digit2', alt: true, command: { kind: 'block', format: 'crosshead' } },
  { code: 'KeyQ', alt: true, command: { kind: 'block', format: 'block-quote' } },
  { code: 'Digit8', shift: true, command: { kind: 'block', format: 'bulleted-list' } },
  { code: 'Digit7', shift: true, command: { kind: 'block', format: 'numbered-list' } },
  { code: 'KeyZ', command: { kind: 'undo' } },
  { code: 'KeyZ', shift: true, command: { kind: 'redo' } },
  { code: 'KeyY', command: { kind: 'redo' } },
  { code: 'Home', command: { kind: 'story-edge', edge: 'start', extend: false } },
  { code: 'Home', shift: true, command: { kind: 'story-edge', edge: 'start', extend: true } },
  { code: 'End', command: { kind: 'story-edge', edge: 'end', extend: false } },
  { code: 'End', shift: true, command: { kind: 'story-edge', edge: 'end', extend: true } },
];

/** The shortcut each toolbar button shows in its title. */
export const SHORTCUT_HINTS = {
  bold: 'Mod+B',
  italic: 'Mod+I',
  crosshead: 'Mod+Alt+2',
  'block-quote': 'Mod+Alt+Q',
  'bulleted-list': 'Mod+Shift+8',
  'numbered-list': 'Mod+Shift+7',
  undo: 'Mod+Z',
  redo: 'Mod+Shift+Z / Mod+Y',
} as const;

/** The command a key press means, or null. Never during IME composition. */
export function commandFor(event: KeyboardEvent): EditorCommand | null {
  if (event.nativeEvent.isComposing || !(event.ctrlKey || event.metaKey)) return null;
  const found = BINDINGS.find(
    (binding) =>
      binding.code === event.code &&
      Boolean(binding.shift) === event.shiftKey &&
      Boolean(binding.alt) === event.altKey,
  );
  return found?.command ?? null;
}

export function modLabel(hint: string): string {
  const mac = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
  return hint.replaceAll('Mod', mac ? '⌘' : 'Ctrl');
}
