import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { pickShellLanguage } from '../../src/main/electron/language';
import { buildMenuTemplate } from '../../src/main/electron/menu-template';
import { SHORTCUTS } from '../../src/shared/model/shortcuts';

function items(template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [
    item,
    ...(Array.isArray(item.submenu) ? items(item.submenu) : []),
  ]);
}

function byRole(template: MenuItemConstructorOptions[], role: string) {
  return items(template).find((item) => item.role === role);
}

describe('application menu template', () => {
  const zh = buildMenuTemplate({ language: 'zh-CN', isDev: false, platform: 'win32' });
  const en = buildMenuTemplate({ language: 'en', isDev: false, platform: 'win32' });

  it('has File, Edit, View, Window and Help in Chinese and in English', () => {
    expect(zh.map((m) => m.label)).toEqual(['文件', '编辑', '稿件', '视图', '窗口', '帮助']);
    expect(en.map((m) => m.label)).toEqual(['File', 'Edit', 'Story', 'View', 'Window', 'Help']);
  });

  it('lists every desk shortcut in the Story menu, each sending its command', () => {
    const sent: string[] = [];
    const menu = buildMenuTemplate({
      language: 'zh-CN',
      isDev: false,
      platform: 'linux',
      onShortcut: (id) => sent.push(id),
    });
    const story = menu[2]?.submenu as MenuItemConstructorOptions[];
    expect(story.map((i) => [i.label, i.accelerator])).toEqual([
      ['搜索稿件', 'CmdOrCtrl+F'],
      ['新建稿件', 'CmdOrCtrl+N'],
      ['保存', 'CmdOrCtrl+S'],
      ['交稿 / 送下一环节', 'CmdOrCtrl+Enter'],
      ['下一篇稿件', 'CmdOrCtrl+]'],
      ['上一篇稿件', 'CmdOrCtrl+['],
      ['快捷键一览', 'F1'],
    ]);
    for (const item of story) (item.click as () => void)();
    expect(sent).toEqual([...SHORTCUTS.map((s) => s.id)]);
    const keys = items(menu).flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each([
    ['undo', '撤销', 'Undo', 'CmdOrCtrl+Z'],
    ['redo', '重做', 'Redo', 'Shift+CmdOrCtrl+Z'],
    ['cut', '剪切', 'Cut', 'CmdOrCtrl+X'],
    ['copy', '复制', 'Copy', 'CmdOrCtrl+C'],
    ['paste', '粘贴', 'Paste', 'CmdOrCtrl+V'],
    ['selectAll', '全选', 'Select All', 'CmdOrCtrl+A'],
    ['quit', '退出', 'Quit', 'CmdOrCtrl+Q'],
  ])('%s: labelled in both languages with its accelerator', (role, zhLabel, enLabel, key) => {
    expect(byRole(zh, role)).toMatchObject({ label: zhLabel, accelerator: key });
    expect(byRole(en, role)).toMatchObject({ label: enLabel, accelerator: key });
  });

  it('offers reload and developer tools only in development', () => {
    expect(byRole(en, 'reload')).toBeUndefined();
    expect(byRole(en, 'toggleDevTools')).toBeUndefined();
    const dev = buildMenuTemplate({ language: 'en', isDev: true, platform: 'linux' });
    expect(byRole(dev, 'reload')).toMatchObject({ accelerator: 'CmdOrCtrl+R' });
    expect(byRole(dev, 'toggleDevTools')).toMatchObject({ accelerator: 'Ctrl+Shift+I' });
  });

  it('puts Quit in the application menu on macOS, with no accelerator used twice', () => {
    const mac = buildMenuTemplate({ language: 'zh-CN', isDev: true, platform: 'darwin' });
    expect(mac[0]?.submenu).toEqual(
      expect.arrayContaining([expect.objectContaining({ role: 'quit' })]),
    );
    const keys = items(mac).flatMap((item) => (item.accelerator ? [item.accelerator] : []));
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('File starts with Import stories… on CmdOrCtrl+O, which calls onImport', () => {
    let called = 0;
    const menu = buildMenuTemplate({
      language: 'zh-CN',
      isDev: false,
      platform: 'linux',
      onImport: () => called++,
    });
    const file = menu[0]?.submenu as MenuItemConstructorOptions[];
    expect(file[0]).toMatchObject({ label: '导入稿件…', accelerator: 'CmdOrCtrl+O' });
    expect(items(en)[1]).toMatchObject({ label: 'Import stories…' });
    const click = file[0]?.click as (() => void) | undefined;
    click?.();
    expect(called).toBe(1);
  });

  it('every item but separators and submenus has a label', () => {
    for (const item of items(zh)) if (item.type !== 'separator') expect(item.label).toMatch(/\S/);
  });
});

describe('shell language', () => {
  it('follows the paper setting, then the system locale, defaulting to Chinese', () => {
    expect(pickShellLanguage('en-US', 'zh')).toBe('zh-CN');
    expect(pickShellLanguage('zh-CN', 'en')).toBe('en');
    expect(pickShellLanguage('en-GB')).toBe('en');
    expect(pickShellLanguage('zh-TW')).toBe('zh-CN');
    expect(pickShellLanguage('fr')).toBe('zh-CN');
  });
});
