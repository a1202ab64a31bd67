import type { MenuItemConstructorOptions } from 'electron';
import { SHORTCUT_NAMES, SHORTCUTS, type ShortcutId } from '../../shared/model/shortcuts';
import type { ShellLanguage } from './language';

/** Every label the menu shows, in each shell language. */
const LABELS = {
  'zh-CN': {
    file: '文件',
    importStories: '导入稿件…',
    useOwnPaper: '回到本机的报纸',
    edit: '编辑',
    view: '视图',
    window: '窗口',
    help: '帮助',
    undo: '撤销',
    redo: '重做',
    cut: '剪切',
    copy: '复制',
    paste: '粘贴',
    selectAll: '全选',
    reload: '重新载入',
    toggleDevTools: '开发者工具',
    resetZoom: '实际大小',
    zoomIn: '放大',
    zoomOut: '缩小',
    togglefullscreen: '全屏',
    minimize: '最小化',
    close: '关闭窗口',
    about: '关于新闻编辑台',
    quit: '退出',
    story: '稿件',
    ...SHORTCUT_NAMES['zh-CN'],
  },
  en: {
    file: 'File',
    importStories: 'Import stories…',
    useOwnPaper: "Back to this machine's paper",
    edit: 'Edit',
    view: 'View',
    window: 'Window',
    help: 'Help',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    selectAll: 'Select All',
    reload: 'Reload',
    toggleDevTools: 'Developer Tools',
    resetZoom: 'Actual Size',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    togglefullscreen: 'Full Screen',
    minimize: 'Minimize',
    close: 'Close Window',
    about: 'About Newsdesk',
    quit: 'Quit',
    story: 'Story',
    ...SHORTCUT_NAMES.en,
  },
} as const satisfies Record<ShellLanguage, Record<string, string>>;

export type MenuLabelKey = keyof (typeof LABELS)['en'];

export interface MenuOptions {
  language: ShellLanguage;
  /** Reload and developer tools exist only in development builds. */
  isDev: boolean;
  /** process.platform; macOS keeps Quit in the application menu and uses other keys. */
  platform: string;
  /** File > Import stories…: main tells the focused window to open its file picker. */
  onImport?: () => void;
  /** Connected to a colleague's Newsdesk: File offers the way back to this machine's paper. */
  connected?: boolean;
  onUseOwnPaper?: () => void;
  /** The Story menu's items: main tells the focused window to run the shortcut's command. */
  onShortcut?: (id: ShortcutId) => void;
}

export function menuLabel(language: ShellLanguage, key: MenuLabelKey): string {
  return LABELS[language][key];
}

/**
 * The application menu as plain data (no Electron call), so it is testable in Node.
 * Roles give native behaviour; accelerators are spelled out so every shortcut is visible here.
 */
export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const t = LABELS[options.language];
  const mac = options.platform === 'darwin';
  const sep: MenuItemConstructorOptions = { type: 'separator' };
  const quit: MenuItemConstructorOptions = {
    role: 'quit',
    label: t.quit,
    accelerator: 'CmdOrCtrl+Q',
  };

  const file: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      { label: t.importStories, accelerator: 'CmdOrCtrl+O', click: () => options.onImport?.() },
      ...(options.connected
        ? [{ label: t.useOwnPaper, click: () => options.onUseOwnPaper?.() }]
        : []),
      sep,
      ...(mac ? [{ role: 'close', label: t.close, accelerator: 'CmdOrCtrl+W' } as const] : [quit]),
    ],
  };
  const edit: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { role: 'undo', label: t.undo, accelerator: 'CmdOrCtrl+Z' },
      { role: 'redo', label: t.redo, accelerator: 'Shift+CmdOrCtrl+Z' },
      sep,
      { role: 'cut', label: t.cut, accelerator: 'CmdOrCtrl+X' },
      { role: 'copy', label: t.copy, accelerator: 'CmdOrCtrl+C' },
      { role: 'paste', label: t.paste, accelerator: 'CmdOrCtrl+V' },
      { role: 'selectAll', label: t.selectAll, accelerator: 'CmdOrCtrl+A' },
    ],
  };
  // Every global shortcut of the desk (shared/model/shortcuts.ts), so the menu lists them.
  const story: MenuItemConstructorOptions = {
    label: t.story,
    submenu: SHORTCUTS.map((s) => ({
      label: t[s.id],
      accelerator: s.accelerator,
      click: () => options.onShortcut?.(s.id),
    })),
  };
  const devItems: MenuItemConstructorOptions[] = options.isDev
    ? [
        { role: 'reload', label: t.reload, accelerator: 'CmdOrCtrl+R' },
        {
          role: 'toggleDevTools',
          label: t.toggleDevTools,
          accelerator: mac ? 'Alt+Command+I' : 'Ctrl+Shift+I',
        },
        sep,
      ]
    : [];
  const view: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...devItems,
      { role: 'resetZoom', label: t.resetZoom, accelerator: 'CmdOrCtrl+0' },
      { role: 'zoomIn', label: t.zoomIn, accelerator: 'CmdOrCtrl+Plus' },
      { role: 'zoomOut', label: t.zoomOut, accelerator: 'CmdOrCtrl+-' },
      sep,
      {
        role: 'togglefullscreen',
        label: t.togglefullscreen,
        accelerator: mac ? 'Ctrl+Command+F' : 'F11',
      },
    ],
  };
  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    // macOS already has Close in the File menu; one item per accelerator.
    submenu: [
      { role: 'minimize', label: t.minimize, accelerator: 'CmdOrCtrl+M' },
      ...(mac ? [] : [{ role: 'close', label: t.close, accelerator: 'CmdOrCtrl+W' } as const]),
    ],
  };
  const help: MenuItemConstructorOptions = {
    label: t.help,
    submenu: [{ role: 'about', label: t.about }],
  };
  // On macOS the first menu is the application menu, which is where Quit lives.
  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{ label: 'Newsdesk', submenu: [{ role: 'about', label: t.about }, sep, quit] }]
    : [];
  return [...appMenu, file, edit, story, view, windowMenu, help];
}
