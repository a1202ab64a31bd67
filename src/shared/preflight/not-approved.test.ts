import { describe, expect, it } from 'vitest';
import { notApprovedRule } from './not-approved';
import type { PreflightInput } from './types';

const input = (approval: PreflightInput['approval'], pageCount = 4) =>
  ({ pageCount, approval }) as unknown as PreflightInput;

describe('pages not approved (大样签发)', () => {
  it('is one error per page the chief has not approved', () => {
    const found = notApprovedRule(input({ required: true, approved: [1, 3] }));
    expect(found).toEqual([
      {
        severity: 'error',
        code: 'page-not-approved',
        page: 2,
        storyId: null,
        message: 'page not approved by the chief editor',
        params: { page: 2 },
      },
      {
        severity: 'error',
        code: 'page-not-approved',
        page: 4,
        storyId: null,
        message: 'page not approved by the chief editor',
        params: { page: 4 },
      },
    ]);
  });

  it('finds nothing when the paper turns the gate off, or says nothing of approvals', () => {
    expect(notApprovedRule(input({ required: false, approved: [] }))).toEqual([]);
    expect(notApprovedRule(input(undefined))).toEqual([]);
    expect(notApprovedRule(input({ required: true, approved: [1, 2, 3, 4] }))).toEqual([]);
  });
});
