import { type FormEvent, type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { PRIORITIES, type Priority } from '../../../shared/model/story';
import { fullWidthDateline } from '../../../shared/story/dateline';
import type { BodyBlock, StoryDocument } from '../../../shared/story/elements';
import { TEXT_FIELDS } from '../../../shared/story/smarten-story';
import { HYPHENATION_LANGUAGES, type HyphenationLanguage } from '../../../shared/typeset/types';
import { StoryEditor } from '../editor/StoryEditor';
import { HeadInput } from './HeadInput';
import type { HeadValues } from './story-io';
import { useTypingStyle } from './use-typing-style';

type LineField = 'kicker' | 'headline' | 'subhead' | 'byline' | 'dateline' | 'section';

/** Fields printed in type, smartened as import does: quotes curl and -- becomes a dash as
 * they are typed (not 栏目). */
const SET_IN_TYPE: ReadonlySet<LineField> = new Set(TEXT_FIELDS);

/**
 * The story form in print order: headline stack (kicker, headline, subhead), then byline,
 * dateline, 栏目 (section), 稿件级别 (priority) and the story's own 西文断词 (hyphenation) as their
 * own inputs, then the body in the Slate editor. The headline is required, but the API decides:
 * its refusal names the field.
 */
export function StoryForm(props: {
  head: HeadValues;
  onHeadChange: (head: HeadValues) => void;
  /** The body the editor starts from; a new `editorKey` starts it again from this. */
  document: StoryDocument;
  editorKey: string;
  onDocumentChange: (document: StoryDocument) => void;
  readOnly: boolean;
  /** Shown when there is something to submit (a new story); autosave needs no button. */
  submitLabel?: string;
  onSubmit?: () => void;
  busy: boolean;
  /** Beside the submit button: save state, refusals. */
  footer?: ReactNode;
  /** In the editor's status line: copyfit and target length; and the target the count meets. */
  editorStatus?: ReactNode;
  target?: number | null;
}) {
  const { t } = useTranslation();
  const id = useId();
  const typing = useTypingStyle();
  const { head } = props;
  const locked = props.busy || props.readOnly;
  const set = (patch: Partial<HeadValues>) => props.onHeadChange({ ...head, ...patch });

  const line = (field: LineField, className: string, required = false) => (
    <div className={`field ${className}`}>
      <label htmlFor={`${id}-${field}`}>
        {t(`story.${field}`)}
        {required && <span className="required-mark">{t('story.required')}</span>}
      </label>
      {SET_IN_TYPE.has(field) ? (
        <HeadInput
          id={`${id}-${field}`}
          name={field}
          value={head[field]}
          required={required}
          readOnly={props.readOnly}
          typing={typing}
          // A dateline's half-width brackets turn full-width as they are typed.
          {...(field === 'dateline' ? { transform: fullWidthDateline } : {})}
          onChange={(value) => set({ [field]: value })}
        />
      ) : (
        <input
          id={`${id}-${field}`}
          name={field}
          type="text"
          value={head[field]}
          autoComplete="off"
          readOnly={props.readOnly}
          onChange={(event) => set({ [field]: event.target.value })}
        />
      )}
    </div>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    props.onSubmit?.();
  };

  return (
    <form className="story-form" onSubmit={submit} noValidate>
      <fieldset className="headline-stack" disabled={props.busy}>
        {line('kicker', 'field-kicker')}
        {line('headline', 'field-headline', true)}
        {line('subhead', 'field-subhead')}
      </fieldset>
      <fieldset className="story-meta" disabled={props.busy}>
        {line('byline', 'field-byline')}
        {line('dateline', 'field-dateline')}
        {line('section', 'field-section')}
        <div className="field field-priority">
          <label htmlFor={`${id}-priority`}>{t('story.priority')}</label>
          <select
            id={`${id}-priority`}
            name="priority"
            value={head.priority}
            disabled={props.readOnly}
            onChange={(event) => set({ priority: event.target.value as Priority })}
          >
            {PRIORITIES.map((priority) => (
              <option key={priority} value={priority}>
                {t(`priority.${priority}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field field-hyphenation">
          <label htmlFor={`${id}-hyphenation`}>{t('story.hyphenation')}</label>
          <select
            id={`${id}-hyphenation`}
            name="hyphenation"
            value={head.hyphenation ?? 'paper'}
            disabled={props.readOnly}
            onChange={(event) => {
              const value = event.target.value;
              set({ hyphenation: value === 'paper' ? null : (value as HyphenationLanguage) });
            }}
          >
            {(['paper', ...HYPHENATION_LANGUAGES] as const).map((language) => (
              <option key={language} value={language}>
                {t(`hyphenation.${language}`)}
              </option>
            ))}
          </select>
        </div>
      </fieldset>
      <div className="field field-body">
        <span id={`${id}-body`} className="field-label">
          {t('story.body')}
        </span>
        <StoryEditor
          key={props.editorKey}
          value={props.document.body}
          onChange={(body: BodyBlock[]) => props.onDocumentChange({ version: 1, body })}
          readOnly={locked}
          labelledBy={`${id}-body`}
          placeholder={t('editor.placeholder')}
          head={head}
          status={props.editorStatus}
          target={props.target}
          typing={typing}
        />
      </div>
      <div className="form-actions">
        {props.submitLabel && (
          <button type="submit" className="primary-button" disabled={props.busy}>
            {props.busy ? t('story.saving') : props.submitLabel}
          </button>
        )}
        {props.footer}
      </div>
    </form>
  );
}
