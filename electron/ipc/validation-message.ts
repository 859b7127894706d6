import type { z } from 'zod';

/**
 * Turns zod issues into one line a developer can act on, naming each bad field by its path
 * (e.g. `path: expected string, received number`).
 */
export function describeIssues(issues: readonly z.core.$ZodIssue[]): string {
  return issues
    .map((issue) => {
      const where = issue.path.length === 0 ? '(payload)' : issue.path.map(String).join('.');
      return `${where}: ${issue.message}`;
    })
    .join('; ');
}
