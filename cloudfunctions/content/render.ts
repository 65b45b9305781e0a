/**
 * An article's Markdown → the HTML both renderers show, made safe on the server once, when the
 * article is saved:
 *  1. markdown-it with raw HTML off (`html: false`): a `<script>` typed in the body is text, not a tag;
 *  2. sanitize-html with an allowlist: headings, paragraphs, lists, emphasis, quotes, code, tables,
 *     links and images only; links only http(s) (and our own /files paths), images only http(s) or
 *     /files; no `style`, no `on*` attribute, no SVG, no iframe, whatever the Markdown produced.
 * WeChat's RichText and the H5 page then show the same string.
 */
import MarkdownIt from 'markdown-it';
import sanitizeHtml from 'sanitize-html';

const markdown = new MarkdownIt({ html: false, linkify: true, breaks: true });

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2',
    'h3',
    'h4',
    'p',
    'br',
    'hr',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'del',
    'blockquote',
    'code',
    'pre',
    'a',
    'img',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  allowedAttributes: {
    a: ['href', 'title'],
    img: ['src', 'alt', 'title'],
    th: ['align'],
    td: ['align'],
  },
  allowedSchemes: ['http', 'https'],
  // Pictures over https only: the H5 page may load them (its CSP allows https: images), and
  // WeChat shows no http picture in a release build.
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  // h1 is the page's title: a body's level-1 heading becomes a level-2 one.
  transformTags: { h1: 'h2', a: sanitizeHtml.simpleTransform('a', { rel: 'noopener noreferrer' }) },
  disallowedTagsMode: 'discard',
};

export function renderArticle(source: string): string {
  return sanitizeHtml(markdown.render(source), ALLOWED);
}

/** The first words of the body as plain text, for lists. */
export function summaryOf(source: string, max: number): string {
  const text = sanitizeHtml(markdown.render(source), { allowedTags: [], allowedAttributes: {} })
    .replace(/\s+/g, ' ')
    .trim();
  return text.length > max ? `${text.slice(0, max)}…` : text;
}
