/** An element of a parsed document: name, attributes, and children in order (text as strings). */
export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: ReadonlyArray<XmlElement | string>;
}

/** The document is not XML this reader accepts; the message names the line. */
export class XmlReadError extends Error {
  override readonly name = 'XmlReadError';
}

const maxDepth = 64;
const maxLength = 50 * 1024 * 1024;
const namePattern = /^[A-Za-z_:][-A-Za-z0-9_:.]*/;
const predefined: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/**
 * Reads the XML subset that configuration files like FileZilla's use: elements, attributes, text, CDATA,
 * comments and processing instructions. It is deliberately closed: a DOCTYPE is refused, so no entity can be
 * declared (no "billion laughs", no external entities), and only the five predefined entities and numeric
 * character references are decoded.
 */
export function readXml(source: string): XmlElement {
  if (source.length > maxLength) throw new XmlReadError('The file is too large to be a site list.');
  const text = source.startsWith('\uFEFF') ? source.slice(1) : source;
  let at = 0;
  const fail = (message: string): never => {
    const line = text.slice(0, at).split('\n').length;
    throw new XmlReadError(`${message} (line ${line}).`);
  };
  const decode = (raw: string): string =>
    raw.replace(/&([^;&\s]*);?/g, (whole, name: string) => {
      if (!whole.endsWith(';')) return fail(`A bare "&" must be written as &amp;`);
      const numeric = /^#(?:x([0-9A-Fa-f]{1,6})|([0-9]{1,7}))$/.exec(name);
      if (numeric !== null) {
        const code = numeric[1] !== undefined ? parseInt(numeric[1], 16) : Number(numeric[2]);
        if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return fail(`Invalid character reference &${name};`);
        return String.fromCodePoint(code);
      }
      return predefined[name] ?? fail(`Unknown entity &${name}; (only the XML built-in entities are accepted)`);
    });
  const skipPast = (marker: string, what: string): void => {
    const end = text.indexOf(marker, at);
    if (end < 0) fail(`Unterminated ${what}`);
    at = end + marker.length;
  };
  const readName = (): string => {
    const match = namePattern.exec(text.slice(at, at + 256));
    if (match === null) return fail('Expected a name');
    at += match[0].length;
    return match[0];
  };
  const skipSpace = (): void => {
    while (at < text.length && /\s/.test(text[at] ?? '')) at += 1;
  };

  const stack: { name: string; attributes: Record<string, string>; children: (XmlElement | string)[] }[] = [];
  let root: XmlElement | undefined;
  while (at < text.length) {
    const lt = text.indexOf('<', at);
    const chunk = text.slice(at, lt < 0 ? text.length : lt);
    if (chunk !== '') {
      if (stack.length > 0) stack[stack.length - 1]?.children.push(decode(chunk));
      else if (chunk.trim() !== '') fail('Text outside the root element');
    }
    if (lt < 0) break;
    at = lt;
    if (text.startsWith('<!--', at)) skipPast('-->', 'comment');
    else if (text.startsWith('<?', at)) skipPast('?>', 'processing instruction');
    else if (text.startsWith('<![CDATA[', at)) {
      const start = at + 9;
      skipPast(']]>', 'CDATA section');
      if (stack.length === 0) fail('CDATA outside the root element');
      stack[stack.length - 1]?.children.push(text.slice(start, at - 3));
    } else if (text.startsWith('<!', at)) fail('DOCTYPE and other declarations are not accepted (they could define entities)');
    else if (text.startsWith('</', at)) {
      at += 2;
      const name = readName();
      skipSpace();
      if (text[at] !== '>') fail(`Malformed end tag </${name}`);
      at += 1;
      const open = stack.pop();
      if (open?.name !== name) fail(`</${name}> does not close <${open?.name ?? 'nothing'}>`);
      const element: XmlElement = open as XmlElement;
      if (stack.length === 0) root = element;
      else stack[stack.length - 1]?.children.push(element);
    } else {
      at += 1;
      if (root !== undefined) fail('A second root element');
      const element = { name: readName(), attributes: {} as Record<string, string>, children: [] as (XmlElement | string)[] };
      for (;;) {
        skipSpace();
        if (text.startsWith('/>', at) || text[at] === '>') break;
        const attribute = readName();
        skipSpace();
        if (text[at] !== '=') fail(`Attribute ${attribute} has no value`);
        at += 1;
        skipSpace();
        const quote = text[at];
        if (quote !== '"' && quote !== "'") return fail(`Attribute ${attribute} is not quoted`);
        const end = text.indexOf(quote, at + 1);
        if (end < 0) fail(`Unterminated value of attribute ${attribute}`);
        const value = text.slice(at + 1, end);
        if (value.includes('<')) fail(`"<" in the value of attribute ${attribute}`);
        element.attributes[attribute] = decode(value);
        at = end + 1;
      }
      const selfClosing = text[at] === '/';
      at += selfClosing ? 2 : 1;
      if (selfClosing) {
        if (stack.length === 0) root = element;
        else stack[stack.length - 1]?.children.push(element);
      } else {
        if (stack.length >= maxDepth) fail('Elements are nested too deeply');
        stack.push(element);
      }
    }
  }
  if (stack.length > 0) fail(`<${stack[stack.length - 1]?.name}> is never closed`);
  return root ?? fail('The document has no root element');
}

/** The direct child elements called `name`. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child): child is XmlElement => typeof child !== 'string' && child.name === name);
}

/** The text of the first child element called `name` (undefined when there is none). */
export function childText(element: XmlElement, name: string): string | undefined {
  const child = childElements(element, name)[0];
  return child === undefined ? undefined : ownText(child);
}

/** The element's own text nodes joined (not its descendants'). */
export function ownText(element: XmlElement): string {
  return element.children.filter((child): child is string => typeof child === 'string').join('');
}
