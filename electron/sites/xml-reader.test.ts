import { describe, expect, it } from 'vitest';
import { childElements, childText, ownText, readXml } from './xml-reader.js';

describe('readXml', () => {
  it('reads elements, attributes, text, CDATA, and skips comments and processing instructions', () => {
    const root = readXml(
      '\uFEFF<?xml version="1.0"?>\n<!-- c --><a x="1" y=\'t&amp;u\'>hi <b/><b>&lt;&#65;&#x42;&gt;</b><![CDATA[<raw & text>]]></a>\n',
    );
    expect(root.name).toBe('a');
    expect(root.attributes).toEqual({ x: '1', y: 't&u' });
    expect(childElements(root, 'b')).toHaveLength(2);
    expect(childText(root, 'b')).toBe('');
    expect(ownText(childElements(root, 'b')[1]!)).toBe('<AB>');
    expect(ownText(root)).toBe('hi <raw & text>');
  });

  it.each([
    ['<!DOCTYPE a [<!ENTITY x "xx">]><a>&x;</a>', /DOCTYPE/],
    ['<!DOCTYPE a SYSTEM "file:///etc/passwd"><a/>', /DOCTYPE/],
    ['<a>&x;</a>', /Unknown entity &x;/],
    ['<a>&#0;</a>', /Invalid character reference/],
    ['<a>fish & chips</a>', /bare "&"/],
    ['<a><b></a>', /does not close/],
    ['<a>', /never closed/],
    ['<a/><b/>', /second root/],
    ['text<a/>', /outside the root/],
    ['<a x=1/>', /not quoted/],
    ['', /no root element/],
    ['<a><!-- open </a>', /Unterminated comment/],
    ['<a>\n\n</b>', /line 3/],
    [`${'<a>'.repeat(70)}${'</a>'.repeat(70)}`, /nested too deeply/],
  ])('refuses %j', (xml, message) => {
    expect(() => readXml(xml)).toThrow(message);
  });
});
