/**
 * Page links for the pages: the table lives in core/pages.ts, shared with the functions' notices
 * (a notice opens the same page a button does); this re-export keeps the pages' imports short.
 */
export { PAGES, ROUTES } from '@core/pages';
