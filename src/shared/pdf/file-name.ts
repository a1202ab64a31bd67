// One PDF per page, named as the plant's intake wants it: a pattern from the settings with
// {paper}, {yyyymmdd}, {yyyy}, {mm}, {dd}, {page} or {page:0N} (zero-padded to N digits)
// and {name} (the page's name). Characters no file system takes become "_".

export const DEFAULT_PAGE_FILE_PATTERN = '{paper}{yyyymmdd}{page:02}.pdf';

export interface PageFileFacts {
  paper: string;
  /** ISO YYYY-MM-DD. */
  date: string;
  page: number;
  name?: string;
}

const TOKEN = /\{(paper|yyyymmdd|yyyy|mm|dd|name|page)(?::0(\d))?\}/g;

export function pageFileName(pattern: string, facts: PageFileFacts): string {
  const [yyyy = '', mm = '', dd = ''] = facts.date.split('-');
  const values: Record<string, string> = {
    paper: facts.paper,
    yyyymmdd: `${yyyy}${mm}${dd}`,
    yyyy,
    mm,
    dd,
    name: facts.name ?? '',
  };
  const name = pattern.replace(TOKEN, (_all, token: string, width?: string) =>
    token === 'page' ? String(facts.page).padStart(Number(width ?? 0), '0') : (values[token] ?? ''),
  );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it removes
  const safe = name.replace(/[\u0000-\u001f/\\:*?"<>|]/g, '_').trim();
  const base = safe === '' || safe === '.' || safe === '..' ? `page${facts.page}` : safe;
  return base.toLowerCase().endsWith('.pdf') ? base : `${base}.pdf`;
}
