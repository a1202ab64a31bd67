import { issue, type Rule } from './types';

/** 三审: only a signed-off story may go to print. */
export const unsignedRule: Rule = ({ stories }) =>
  stories
    .filter((s) => s.status !== 'signed-off')
    .map((s) =>
      issue('error', 'unsigned', s.page, s.id, `${s.headline}: ${s.status}, not signed off`, {
        status: s.status,
      }),
    );
