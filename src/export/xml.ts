/** XML text for all XML exporters: escaping, identifiers, and HTML-in-XML for rich text fields. */

// Characters XML 1.0 forbids even as references; a pasted article may carry them.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text or attribute content: `&<>"'` as entities, characters XML cannot hold dropped. */
export function escapeXml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

/** Plain text as an HTML fragment (what LMS rich-text fields hold): markup characters escaped, line breaks kept. */
export function textToHtml(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r\n?/g, '\n')
    .replace(/\n/g, '<br>');
}

/**
 * XML NCNames for ids from the question file, one per id, all different even ignoring case (they also name
 * files, and some file systems ignore case). Our ids may start with a digit or hold `:`, which NCNames may not.
 */
export function ncNames(ids: readonly string[], prefix: string): string[] {
  const used = new Set<string>();
  return ids.map((id) => {
    let name = id.replace(/[^A-Za-z0-9_.-]/g, '_');
    if (!/^[A-Za-z_]/.test(name)) name = `${prefix}${name}`;
    let unique = name;
    for (let n = 2; used.has(unique.toLowerCase()); n++) unique = `${name}_${n}`;
    used.add(unique.toLowerCase());
    return unique;
  });
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';
