import { issue, type Rule } from './types';

/** 大样签发: a page goes to print only once the duty chief has approved it (print.approval). */
export const notApprovedRule: Rule = ({ pageCount, approval }) => {
  if (!approval?.required) return [];
  const approved = new Set(approval.approved);
  const found = [];
  for (let page = 1; page <= pageCount; page++) {
    if (approved.has(page)) continue;
    found.push(
      issue('error', 'page-not-approved', page, null, 'page not approved by the chief editor', {
        page,
      }),
    );
  }
  return found;
};
