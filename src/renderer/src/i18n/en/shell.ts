import { SHORTCUT_NAMES } from '../../../../shared/model/shortcuts';
import type { Messages } from '../zh-CN';
import type { shellZhCN } from '../zh-CN/shell';

/** English UI strings of the app around the screens: name, connection, sign-in and passwords, roles, navigation, shortcuts, LAN sharing. */
export const shellEn: Pick<Messages, keyof typeof shellZhCN> = {
  app: {
    name: 'Newsdesk',
    loading: 'Loading…',
    language: 'Language',
    switchToEnglish: 'English',
    switchToChinese: '中文',
  },
  connection: {
    lost: 'Lost the connection to the server; retrying…',
  },
  profile: {
    current: 'Signed in as',
    switch: 'Sign out',
  },
  lan: {
    share: {
      heading: 'Share this paper on the LAN',
      switch: 'Share this paper on the LAN (this machine is the host)',
      port: 'Port',
      savePort: 'Save port',
      desktopOnly: 'Only the desktop app can turn this on; without it, run on the host machine:',
      state: {
        unavailable: 'Not available',
        off: 'Not shared',
        starting: 'Starting…',
        on: 'Shared',
        failed: 'Could not share',
      },
      failure: {
        'no-lan-address':
          'This machine has no LAN address: connect it to the office network first.',
        'port-in-use': 'The port is in use (or not allowed); choose another.',
        error: 'It did not start; the app log says why.',
      },
      addresses: 'Colleagues open in their browser',
      fingerprint: 'Certificate fingerprint (SHA-256)',
      howTo:
        'Colleagues open the address above and sign in only if the certificate fingerprint their browser shows matches this one; the firewall must let TCP port {{port}} through.',
    },
    connect: {
      open: "Connect to a colleague's Newsdesk",
      heading: "Connect to a colleague's Newsdesk",
      intro:
        'Type the address and certificate fingerprint the host shows under “Share this paper on the LAN”; a different fingerprint is refused.',
      address: 'Address',
      fingerprint: 'Certificate fingerprint (SHA-256)',
      submit: 'Connect',
      busy: 'Connecting…',
      failure: {
        'fingerprint-mismatch':
          "The certificate of {{origin}} does not match the remembered fingerprint; back to this machine's paper.",
        'host-unreachable': "Cannot reach {{origin}}; back to this machine's paper.",
      },
    },
  },
  signIn: {
    heading: 'Sign in',
    intro: 'Enter your name and password.',
    name: 'Name',
    password: 'Password',
    submit: 'Sign in',
    busy: 'Signing in…',
    wrong: 'Wrong name or password.',
    tooMany: 'Too many failed sign-ins; try again in a few minutes.',
    expired: 'Your session has ended; sign in again.',
  },
  password: {
    heading: 'Choose your password',
    intro:
      'You signed in with a one-time password (or the new paper’s admin has none yet): choose your own first.',
    current: 'Current password',
    next: 'New password',
    repeat: 'New password again',
    mismatch: 'The two new passwords differ.',
    wrongCurrent: 'The current password is wrong.',
    save: 'Save password',
  },
  roles: {
    reporter: 'Reporter',
    editor: 'Editor',
    chief: 'Chief editor',
    admin: 'Admin',
  },
  nav: {
    label: 'Sections',
    settings: 'Paper settings',
    users: 'Profiles',
    audit: 'Audit',
    backups: 'Backups',
    issue: 'Issue',
    board: 'Pages',
  },
  shortcuts: {
    heading: 'Keyboard shortcuts',
    ...SHORTCUT_NAMES.en,
    close: 'Close',
  },
};
