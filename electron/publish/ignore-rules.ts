/**
 * A `.gitignore`-syntax matcher (git's gitignore(5) rules) for `.ferryignore`: `*`, `**`, `?`, `[...]`,
 * a leading or inner `/` anchors to the folder root, a trailing `/` matches folders only, `!` re-includes,
 * `#` starts a comment, `\` escapes. The last matching rule wins; a name inside an ignored folder stays ignored.
 */

interface Rule {
  readonly regex: RegExp;
  readonly negated: boolean;
  readonly dirOnly: boolean;
}

/** Names never published unless `.ferryignore` re-includes them with `!`. */
export const defaultIgnoreLines: readonly string[] = ['.git/', 'node_modules/', '.DS_Store', 'Thumbs.db', '/.ferryignore'];

/** The compiled rules of one ignore file (plus the defaults before them). */
export class IgnoreRules {
  private readonly rules: Rule[];

  constructor(lines: readonly string[]) {
    this.rules = lines.flatMap((line) => {
      const rule = compileLine(line);
      return rule === undefined ? [] : [rule];
    });
  }

  /** The defaults followed by `text` (the content of `.ferryignore`, if any). */
  static withDefaults(text = ''): IgnoreRules {
    return new IgnoreRules([...defaultIgnoreLines, ...text.split(/\r?\n/)]);
  }

  /** Whether this exact path matches (its folders are not consulted; see `ignores`). */
  matches(path: string, isDirectory: boolean): boolean {
    let ignored = false;
    for (const rule of this.rules) {
      if (rule.dirOnly && !isDirectory) continue;
      if (rule.negated === ignored && rule.regex.test(path)) ignored = !rule.negated;
    }
    return ignored;
  }

  /** Whether `path` (relative, `/`-separated) is ignored, itself or through one of its folders. */
  ignores(path: string, isDirectory: boolean): boolean {
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i += 1) if (this.matches(parts.slice(0, i).join('/'), true)) return true;
    return this.matches(path, isDirectory);
  }
}

function trimTrailingSpaces(line: string): string {
  // Trailing spaces are ignored unless escaped with a backslash (gitignore(5)).
  let end = line.length;
  while (end > 0 && line[end - 1] === ' ' && line[end - 2] !== '\\') end -= 1;
  return line.slice(0, end);
}

function compileLine(raw: string): Rule | undefined {
  let line = trimTrailingSpaces(raw);
  if (line === '' || line.startsWith('#')) return undefined;
  let negated = false;
  if (line.startsWith('!')) {
    negated = true;
    line = line.slice(1);
  }
  let dirOnly = false;
  if (line.endsWith('/') && !line.endsWith('\\/')) {
    dirOnly = true;
    line = line.replace(/\/+$/, '');
  }
  if (line === '') return undefined;
  // A slash at the start or in the middle anchors the pattern to the root; otherwise it matches at any depth.
  const anchored = line.includes('/');
  if (line.startsWith('/')) line = line.slice(1);
  const body = globToRegex(line);
  const prefix = anchored ? '^' : '^(?:.*/)?';
  return { regex: new RegExp(`${prefix}${body}$`, 'u'), negated, dirOnly };
}

function escapeRegex(char: string): string {
  return /[\\^$.*+?()[\]{}|/-]/.test(char) ? `\\${char}` : char;
}

/** Translates one glob (without anchoring) into a regex body. */
export function globToRegex(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const char = glob[i] ?? '';
    if (char === '\\' && i + 1 < glob.length) {
      out += escapeRegex(glob[i + 1] ?? '');
      i += 2;
    } else if (char === '*' && glob[i + 1] === '*') {
      const atStart = i === 0 || glob[i - 1] === '/';
      const atEnd = i + 2 === glob.length || glob[i + 2] === '/';
      if (atStart && atEnd) {
        if (i + 2 === glob.length) {
          // `foo/**`: everything inside (but not foo itself); `**` alone: everything.
          out += '.*';
          i += 2;
        } else {
          // `**/`: zero or more folders.
          out += '(?:.*/)?';
          i += 3;
        }
      } else {
        // `a**b` is two ordinary stars.
        out += '[^/]*';
        i += 2;
      }
    } else if (char === '*') {
      out += '[^/]*';
      i += 1;
    } else if (char === '?') {
      out += '[^/]';
      i += 1;
    } else if (char === '[') {
      const parsed = bracket(glob, i);
      out += parsed.regex;
      i = parsed.next;
    } else {
      out += escapeRegex(char);
      i += 1;
    }
  }
  return out;
}

/** A `[...]` class (never matching `/`); without a closing `]` the `[` is literal. */
function bracket(glob: string, start: number): { regex: string; next: number } {
  let i = start + 1;
  let negate = false;
  if (glob[i] === '!' || glob[i] === '^') {
    negate = true;
    i += 1;
  }
  let body = '';
  let first = true;
  while (i < glob.length) {
    const char = glob[i] ?? '';
    if (char === ']' && !first) {
      return { regex: `(?!/)[${negate ? '^' : ''}${body}]`, next: i + 1 };
    }
    if (char === '\\' && i + 1 < glob.length) {
      body += `\\${glob[i + 1] ?? ''}`;
      i += 2;
    } else {
      body += char === '-' ? '-' : /[\\\]^[]/.test(char) ? `\\${char}` : char;
      i += 1;
    }
    first = false;
  }
  return { regex: '\\[', next: start + 1 };
}
