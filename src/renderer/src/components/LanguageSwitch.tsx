import { useTranslation } from 'react-i18next';
import { type Language, setLanguage } from '../i18n';

/** One button that flips zh-CN <-> en; the label is written in the language it switches to. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const current: Language = i18n.language === 'en' ? 'en' : 'zh-CN';
  const next: Language = current === 'en' ? 'zh-CN' : 'en';
  return (
    <button
      type="button"
      className="quiet-button"
      lang={next}
      aria-label={`${t('app.language')}: ${next === 'en' ? t('app.switchToEnglish') : t('app.switchToChinese')}`}
      onClick={() => void setLanguage(next)}
    >
      {next === 'en' ? t('app.switchToEnglish') : t('app.switchToChinese')}
    </button>
  );
}
