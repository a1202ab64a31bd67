// Preflight gates export: any error refuses it, listing every error, unless the export is
// forced with a reason (which the caller audits and writes into the PDF). Warnings and
// notes never stop it; they go along with the result.

import type { PreflightIssue } from './types';

export interface GateResult {
  warnings: PreflightIssue[];
  forced?: string;
}

export class PreflightRefusal extends Error {
  constructor(readonly errors: PreflightIssue[]) {
    super(
      `preflight found ${errors.length} error${errors.length === 1 ? '' : 's'}; not exported ` +
        `(force with a reason to export anyway):\n${errors.map(findingLine).join('\n')}`,
    );
    this.name = 'PreflightRefusal';
  }
}

/** One line per finding: where, then what. */
export function findingLine(f: PreflightIssue): string {
  return `${f.page === null ? 'issue' : `page ${f.page}`}: ${f.message} [${f.code}]`;
}

/** Throws PreflightRefusal on errors unless `force` gives a reason; else what goes along. */
export function preflightGate(findings: PreflightIssue[], force?: string): GateResult {
  const errors = findings.filter((f) => f.severity === 'error');
  const warnings = findings.filter((f) => f.severity !== 'error');
  if (errors.length === 0) return { warnings };
  const reason = force?.trim();
  if (!reason) throw new PreflightRefusal(errors);
  return { warnings, forced: reason };
}
