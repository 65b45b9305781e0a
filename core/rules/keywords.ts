/**
 * The words companies ask about (004 §6.1.3 d: the periodic analysis of questions), from the
 * text of a consultation. Chinese has no spaces: words come from the platform's own word
 * segmentation, `Intl.Segmenter` with the ICU dictionary (Node 16+ with full ICU, what CloudBase
 * and the host run); where a runtime lacks it, overlapping character pairs stand in, which still
 * count recurring terms (专利, 商标) though with some noise. Words of one character, numbers and
 * the words every question contains (企业, 咨询, 如何…) are left out.
 */

/**
 * Terms of the trade the dictionary splits (知识产权 comes out as 知识 + 产权): matched first,
 * longest first, and counted whole.
 */
export const DOMAIN_TERMS: readonly string[] = [
  '集成电路布图设计',
  '数据知识产权',
  '软件著作权',
  '高新技术企业',
  '实用新型',
  '外观设计',
  '发明专利',
  '商业秘密',
  '地理标志',
  '质押融资',
  '优先审查',
  '海外维权',
  '专精特新',
  '著作权',
  '专利权',
  '商标权',
  '许可费',
  '续展',
  '贯标',
  '质押',
]
  .slice()
  .sort((a, b) => b.length - a.length);

/** Words too common in questions to say anything about the topic. */
export const STOP_WORDS: ReadonlySet<string> = new Set([
  // Every question here is about intellectual property.
  '知识产权',
  '知识',
  '产权',
  '企业',
  '公司',
  '我们',
  '我司',
  '咨询',
  '问题',
  '如何',
  '怎么',
  '怎样',
  '什么',
  '是否',
  '可以',
  '需要',
  '希望',
  '了解',
  '相关',
  '有关',
  '关于',
  '进行',
  '情况',
  '要求',
  '时间',
  '目前',
  '已经',
  '能否',
  '还是',
  '以及',
  '一下',
  '这个',
  '那个',
  '没有',
  '知道',
  '建议',
  '办理',
  '中的',
  '哪些',
  '多少',
  '多久',
]);

/** At most this many words are taken from one text (a long answer pasted in adds no more). */
export const MAX_WORDS_PER_TEXT = 30;

const HAS_LETTER = /[\u4e00-\u9fffA-Za-z]/;
const ONLY_DIGITS = /^[\d.,%-]+$/;

type Segmenter = { segment(text: string): Iterable<{ segment: string; isWordLike?: boolean }> };
const segmenter: Segmenter | null = (() => {
  const S = (Intl as unknown as { Segmenter?: new (locale: string, options: object) => Segmenter }).Segmenter;
  return S ? new S('zh', { granularity: 'word' }) : null;
})();

/**
 * `text` cut by the segmenter: each piece, and whether it is a word (not punctuation or space).
 * Without a segmenter: runs of Han characters as overlapping pairs, Latin runs whole.
 */
export function segmentsOf(text: string): Array<{ segment: string; word: boolean }> {
  if (segmenter) {
    return [...segmenter.segment(text)].map((s) => ({ segment: s.segment, word: s.isWordLike !== false }));
  }
  const pairs: Array<{ segment: string; word: boolean }> = [];
  for (const run of text.match(/[\u4e00-\u9fff]+|[A-Za-z0-9]+|[^\u4e00-\u9fffA-Za-z0-9]+/g) ?? []) {
    if (!/[\u4e00-\u9fffA-Za-z0-9]/.test(run)) pairs.push({ segment: run, word: false });
    else if (!/[\u4e00-\u9fff]/.test(run) || run.length === 1) pairs.push({ segment: run, word: true });
    else for (let i = 0; i + 1 < run.length; i++) pairs.push({ segment: run.slice(i, i + 2), word: true });
  }
  return pairs;
}

/** The words of `text`, in order, repeats kept. */
export function wordsOf(text: string): string[] {
  return segmentsOf(text)
    .filter((s) => s.word)
    .map((s) => s.segment.trim());
}

/** The distinct words of `text` worth counting, in the order they first appear (lower-cased Latin). */
export function keywordsOf(text: string): string[] {
  const out: string[] = [];
  let rest = text;
  for (const term of DOMAIN_TERMS) {
    if (!rest.includes(term)) continue;
    out.push(term);
    rest = rest.split(term).join(' ');
  }
  for (const w of wordsOf(rest)) {
    const word = w.toLowerCase();
    if (word.length < 2 || word.length > 12 || !HAS_LETTER.test(word) || ONLY_DIGITS.test(word)) continue;
    if (STOP_WORDS.has(word) || out.includes(word)) continue;
    out.push(word);
    if (out.length >= MAX_WORDS_PER_TEXT) break;
  }
  return out;
}
