import { SHORTCUT_NAMES } from '../../../../shared/model/shortcuts';

/** Chinese UI strings of the app around the screens: name, connection, sign-in and passwords, roles, navigation, shortcuts, LAN sharing. */
export const shellZhCN = {
  app: {
    name: '采编平台',
    loading: '正在载入……',
    language: '界面语言',
    switchToEnglish: 'English',
    switchToChinese: '中文',
  },
  connection: {
    lost: '与服务器的连接中断，正在重试……',
  },
  profile: {
    current: '当前用户',
    switch: '退出登录',
  },
  lan: {
    share: {
      heading: '在局域网共享本报',
      switch: '在局域网共享本报（本机作为主机）',
      port: '端口',
      savePort: '保存端口',
      desktopOnly: '只能在桌面应用中开启；不用桌面应用时，在主机的命令行运行：',
      state: {
        unavailable: '不可用',
        off: '未共享',
        starting: '正在启动……',
        on: '正在共享',
        failed: '未能共享',
      },
      failure: {
        'no-lan-address': '本机没有局域网地址：请先连上办公室网络。',
        'port-in-use': '端口已被占用（或无权使用），请换一个端口。',
        error: '启动失败，详情见应用日志。',
      },
      addresses: '同事在浏览器中打开',
      fingerprint: '证书指纹（SHA-256）',
      howTo:
        '同事在浏览器中打开上面的地址，核对浏览器显示的证书指纹与此处一致后再登录；防火墙须放行 TCP 端口 {{port}}。',
    },
    connect: {
      open: '连接到同事的采编平台',
      heading: '连接到同事的采编平台',
      intro: '填写主机上“在局域网共享本报”显示的地址和证书指纹；指纹不符则不连接。',
      address: '地址',
      fingerprint: '证书指纹（SHA-256）',
      submit: '连接',
      busy: '正在连接……',
      failure: {
        'fingerprint-mismatch': '{{origin}} 的证书与记住的指纹不符，已回到本机的报纸。',
        'host-unreachable': '无法连接 {{origin}}，已回到本机的报纸。',
      },
    },
  },
  signIn: {
    heading: '登录',
    intro: '请输入你的姓名和密码。',
    name: '姓名',
    password: '密码',
    submit: '登录',
    busy: '正在登录……',
    wrong: '姓名或密码不对。',
    tooMany: '登录失败次数过多，请过几分钟再试。',
    expired: '登录已过期，请重新登录。',
  },
  password: {
    heading: '设置你的密码',
    intro: '你用的是一次性密码（或新报纸的管理员还没有密码），请先设置自己的密码。',
    current: '当前密码',
    next: '新密码',
    repeat: '再输一遍新密码',
    mismatch: '两次输入的新密码不一致。',
    wrongCurrent: '当前密码不对。',
    save: '保存密码',
  },
  roles: {
    reporter: '记者',
    editor: '编辑',
    chief: '值班总编',
    admin: '管理员',
  },
  nav: {
    label: '功能',
    settings: '报纸设置',
    users: '用户管理',
    audit: '操作记录',
    backups: '备份与恢复',
    issue: '本期',
    board: '版面',
  },
  shortcuts: {
    heading: '快捷键',
    ...SHORTCUT_NAMES['zh-CN'],
    close: '关闭',
  },
} as const;
