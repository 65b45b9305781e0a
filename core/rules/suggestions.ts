/**
 * What companies ask about, turned into a short list of suggested trainings and visits for the
 * chief (004 §6.1.3 d: the periodic analysis of questions feeds the next trainings and visits).
 * Pure: the insights action gathers the counts; this decides what is worth suggesting and says
 * why, with the evidence a chief can check.
 *
 *  - A training on a category when at least MIN_EVIDENCE consultations and needs found on visits
 *    point to it and it is at least TOPIC_SHARE of the period's consultations (or visits found it
 *    twice): the topic companies keep asking about.
 *  - A training on a topic at least MIN_EVIDENCE questionnaires asked for next.
 *  - A visit to a company that consulted at least twice in the period and was not visited for
 *    PENDING_VISIT_DAYS (or never): it has more going on than a consultation settles.
 */
import { SERVICE_CATEGORY, labelOf } from '../enums';
import { PENDING_VISIT_DAYS } from './todos';

export const MIN_EVIDENCE = 3;
export const TOPIC_SHARE = 0.15;
export const MAX_TRAINING_SUGGESTIONS = 4;
export const MAX_VISIT_SUGGESTIONS = 5;
const DAY_MS = 86_400_000;

export interface InsightCounts {
  /** Consultations by category key, and all of them. */
  categories: Array<[category: string, count: number]>;
  consults: number;
  /** Needs found on visits, by category key. */
  visitNeeds: Array<[category: string, count: number]>;
  /** Topics wanted next in questionnaires. */
  wantedTopics: Array<[topic: string, count: number]>;
  /** Companies that consulted at least twice, with when they were last visited (0: never). */
  frequentCompanies: Array<{ id: string; name: string; count: number; lastVisitAt: number }>;
  /** A few of the period's questions per category (newest first). */
  examples: Record<string, string[]>;
  now: number;
}

export interface Suggestion {
  id: string;
  kind: 'training' | 'visit';
  title: string;
  reason: string;
  /** Questions asked, as the chief can read them. */
  examples: string[];
  /** A training draft's title and description (kind 'training'). */
  draft?: { title: string; description: string };
  /** The company to visit (kind 'visit'). */
  company?: { id: string; name: string };
}

const pct = (part: number, whole: number) => Math.round((part / whole) * 100);

export function suggest(c: InsightCounts): Suggestion[] {
  const needs = new Map(c.visitNeeds);
  const trainings: Suggestion[] = [];
  for (const [category, count] of c.categories) {
    const found = needs.get(category) ?? 0;
    const share = c.consults ? count / c.consults : 0;
    if (count + found < MIN_EVIDENCE || (share < TOPIC_SHARE && found < 2)) continue;
    const label = labelOf(SERVICE_CATEGORY, category);
    const reason =
      `本期 ${count} 次咨询涉及「${label}」（占 ${pct(count, c.consults)}%）` +
      (found ? `，走访发现 ${found} 项相关需求` : '');
    trainings.push({
      id: `training:category:${category}`,
      kind: 'training',
      title: `${label}专题培训`,
      reason,
      examples: c.examples[category] ?? [],
      draft: {
        title: `${label}专题培训`,
        description: `${reason}。针对企业集中咨询的问题安排讲解与答疑。`.slice(0, 200),
      },
    });
  }
  for (const [topic, count] of c.wantedTopics) {
    if (count < MIN_EVIDENCE) continue;
    trainings.push({
      id: `training:topic:${topic}`,
      kind: 'training',
      title: topic,
      reason: `${count} 份培训问卷希望下次培训「${topic}」`,
      examples: [],
      draft: { title: topic, description: `${count} 位参训人员在满意度问卷中希望学习此主题。`.slice(0, 200) },
    });
  }
  const visits: Suggestion[] = c.frequentCompanies
    .filter((co) => co.count >= 2 && (co.lastVisitAt === 0 || c.now - co.lastVisitAt > PENDING_VISIT_DAYS * DAY_MS))
    .slice(0, MAX_VISIT_SUGGESTIONS)
    .map((co) => ({
      id: `visit:${co.id}`,
      kind: 'visit' as const,
      title: `走访 ${co.name}`,
      reason:
        `本期咨询 ${co.count} 次，` +
        (co.lastVisitAt ? `已 ${Math.floor((c.now - co.lastVisitAt) / DAY_MS)} 天未走访` : '从未走访'),
      examples: [],
      company: { id: co.id, name: co.name },
    }));
  return [...trainings.slice(0, MAX_TRAINING_SUGGESTIONS), ...visits];
}
