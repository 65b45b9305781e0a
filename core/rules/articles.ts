/** Limits of an article (shared by the contract and the editor). */
export const ARTICLE_TITLE_MAX = 60;
export const ARTICLE_BODY_MIN = 10;
export const ARTICLE_BODY_MAX = 20_000;
export const ARTICLE_SUMMARY_MAX = 120;
