import { z } from 'zod';
import { isAbsoluteLocalPath, localNameProblem } from './local-path.js';

// The request and response schemas of the local file operations (`local:mkdir`, `local:rename`,
// `local:delete`, `local:chmod`; see ipc-contract.ts). Main checks the same rules again before touching disk.

/** An absolute local path (POSIX or Windows). Line breaks are allowed: an existing file may have them. */
export const localPathSchema = z
  .string()
  .min(1)
  .max(4096)
  .regex(/^[^\0]*$/, 'A path cannot contain NUL.')
  .refine(isAbsoluteLocalPath, 'Expected an absolute path.');

/** One entry's name in a folder: never a path, so an operation cannot reach outside that folder. */
export const localNameSchema = z.string().superRefine((name, context) => {
  const problem = localNameProblem(name);
  if (problem !== null) context.addIssue({ code: 'custom', message: problem });
});

/** `local:mkdir`: a new folder called `name` inside `folder`; it fails when the name is taken. */
export const localMkdirRequestSchema = z.strictObject({ folder: localPathSchema, name: localNameSchema });

/** `local:rename`: gives `path` the name `name` in the same folder; never overwrites. */
export const localRenameRequestSchema = z.strictObject({ path: localPathSchema, name: localNameSchema });

/** `local:delete`: a file, a link (never its target) or a folder with everything in it. */
export const localDeleteRequestSchema = z.strictObject({ path: localPathSchema });

/** `local:chmod`: `mode` is octal text as for `remote:chmod` (`644`, `0755`); POSIX systems only. */
export const localChmodRequestSchema = z.strictObject({
  path: localPathSchema,
  mode: z.string().regex(/^[0-7]{3,4}$/, 'A mode is 3 or 4 octal digits, e.g. 644.'),
});

/** `local:mkdir` and `local:rename` answer with the entry's new absolute path. */
export const localPathResponseSchema = z.object({ path: z.string() });

/** Nothing to say beyond success. */
export const localDoneSchema = z.object({});
