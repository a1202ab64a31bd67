import 'i18next';
import type { zhCN } from './zh-CN';

// Typed keys: t('desk.heading') is checked against the Chinese file at compile time.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof zhCN };
  }
}
