// The desk's global shortcuts, one table for the renderer's keys, the shortcut sheet and the
// desktop app's menus (Electron accelerator syntax; CmdOrCtrl is Ctrl off macOS).

export const SHORTCUTS = [
  { id: 'search', accelerator: 'CmdOrCtrl+F' },
  { id: 'new-story', accelerator: 'CmdOrCtrl+N' },
  { id: 'save', accelerator: 'CmdOrCtrl+S' },
  { id: 'advance', accelerator: 'CmdOrCtrl+Enter' },
  { id: 'next-story', accelerator: 'CmdOrCtrl+]' },
  { id: 'previous-story', accelerator: 'CmdOrCtrl+[' },
  { id: 'shortcuts', accelerator: 'F1' },
] as const;

export type ShortcutId = (typeof SHORTCUTS)[number]['id'];

/** What each shortcut does, in the words of the shortcut sheet and of the app's menus. */
export const SHORTCUT_NAMES = {
  'zh-CN': {
    search: '搜索稿件',
    'new-story': '新建稿件',
    save: '保存',
    advance: '交稿 / 送下一环节',
    'next-story': '下一篇稿件',
    'previous-story': '上一篇稿件',
    shortcuts: '快捷键一览',
  },
  en: {
    search: 'Search stories',
    'new-story': 'New story',
    save: 'Save',
    advance: 'File / send on',
    'next-story': 'Next story',
    'previous-story': 'Previous story',
    shortcuts: 'Keyboard shortcuts',
  },
} as const satisfies Record<'zh-CN' | 'en', Record<ShortcutId, string>>;

/** The moves that carry a story forward (交稿, 一审, 二审, 签发), first offered first. */
export const FORWARD_MOVES = ['file', 'edit', 'review', 'sign-off'] as const;

interface KeyLike {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

/** The shortcut a key press means, or null. `?` outside a text field opens the sheet too. */
export function shortcutFor(event: KeyLike, inTextField: boolean): ShortcutId | null {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod && !event.altKey && event.key === '?' && !inTextField) return 'shortcuts';
  for (const s of SHORTCUTS) {
    const parts = s.accelerator.split('+');
    const key = parts[parts.length - 1] ?? '';
    const wantsMod = parts.includes('CmdOrCtrl');
    if (wantsMod !== mod || event.altKey) continue;
    if (event.key.toLowerCase() === key.toLowerCase()) return s.id;
  }
  return null;
}
