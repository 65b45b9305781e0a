/**
 * Words for search (content.search). Chinese has no spaces, so text is cut into words by the
 * platform's segmentation (`Intl.Segmenter`, core/rules/keywords.ts) plus the trade's terms the
 * dictionary splits (知识产权 → 知识 + 产权, so both the whole and the parts are words). An entry
 * stores its words; a query is cut the same way and every word must be one of the entry's —
 * whole words, not any substring: 「权质」 does not find 「产权质押」.
 *
 * The segmenter's dictionary leaves many names and terms as single characters (海|淀|区,
 * 质|押): a run of single Han characters gives its overlapping pairs instead (海淀, 淀区), on
 * both sides, so 「海淀」 finds 「海淀区」 and 「质押」 finds 「专利质押融资」.
 */
import { DOMAIN_TERMS, segmentsOf } from './keywords';

export const SEARCH_QUERY_MAX = 40;
/** Words kept per entry (a long article's body adds no more). */
export const SEARCH_TERMS_MAX = 1500;

const HAS_LETTER_OR_DIGIT = /[\u4e00-\u9fffA-Za-z0-9]/;

const HAN = /^[\u4e00-\u9fff]$/;

/** The segmenter's words, with each run of single Han characters turned into its pairs. */
function wordsWithPairs(text: string): string[] {
  const out: string[] = [];
  let run = '';
  const flush = () => {
    for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
    run = '';
  };
  for (const { segment, word } of segmentsOf(text)) {
    const piece = segment.trim();
    if (word && HAN.test(piece)) {
      run += piece;
      continue;
    }
    flush();
    if (word && piece) out.push(piece);
  }
  flush();
  return out;
}

/** The distinct searchable words of `text` (lower-cased), the trade's terms first. */
export function searchTermsOf(text: string, max = SEARCH_TERMS_MAX): string[] {
  const lower = text.toLowerCase();
  const out = new Set<string>();
  for (const term of DOMAIN_TERMS) if (lower.includes(term)) out.add(term);
  for (const word of wordsWithPairs(lower)) {
    if (out.size >= max) break;
    if (word.length < 2 || word.length > 20 || !HAS_LETTER_OR_DIGIT.test(word)) continue;
    out.add(word);
  }
  return [...out].slice(0, max);
}

/** An entry's stored words: space-separated with a space each side, so ` word ` is a whole-word test. */
export const termsField = (terms: string[]) => ` ${terms.join(' ')} `;
export const termProbe = (term: string) => ` ${term} `;
