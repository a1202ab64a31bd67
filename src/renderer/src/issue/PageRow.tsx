import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Page } from '../../../shared/model/issue';
import { useTransport } from '../api-context';
import { errorMessage } from '../lib/error-message';

type Field = 'name' | 'editor' | 'designer' | 'proofreader';
const FIELDS: readonly Field[] = ['name', 'editor', 'designer', 'proofreader'];

/** One page's 版名, 责任编辑, 版式 and 校对; each field is saved (page.set) when it loses focus. */
export function PageRow(props: {
  date: string;
  page: Page;
  canEdit: boolean;
  onError: (message: string | null) => void;
}) {
  const { t } = useTranslation();
  const { invoke } = useTransport();
  const { page, date, onError } = props;
  const [values, setValues] = useState<Record<Field, string>>(page);
  // Fields typed here that the desk has not yet shown back: a refetch (after any page.set,
  // anyone's) must not overwrite them; each is released once the desk holds its value.
  const dirty = useRef(new Set<Field>());
  useEffect(() => {
    setValues((local) => {
      const next = { ...local };
      for (const field of FIELDS) {
        if (!dirty.current.has(field)) next[field] = page[field];
        else if (page[field] === local[field]) dirty.current.delete(field);
      }
      return next;
    });
  }, [page]);

  const save = (field: Field) => {
    if (values[field] === page[field]) {
      dirty.current.delete(field);
      return;
    }
    invoke('page.set', { date, page: page.number, [field]: values[field] }).then(
      () => onError(null),
      (e: unknown) => onError(errorMessage(e, () => t(`issue.field.${field}`))),
    );
  };

  return (
    <tr>
      <th scope="row">{t('issue.pageLabel', { page: page.number })}</th>
      {FIELDS.map((field) => (
        <td key={field}>
          <input
            aria-label={t('issue.fieldOf', { page: page.number, field: t(`issue.field.${field}`) })}
            value={values[field]}
            disabled={!props.canEdit}
            maxLength={40}
            onChange={(event) => {
              dirty.current.add(field);
              setValues({ ...values, [field]: event.target.value });
            }}
            onBlur={() => save(field)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') save(field);
            }}
          />
        </td>
      ))}
    </tr>
  );
}
