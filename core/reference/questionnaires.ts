/**
 * The default training satisfaction questionnaire (培训满意度问卷, 004 §7.3.2): loaded with the
 * reference data, used by every session whose chief does not pick another. Its topics question
 * lists the 13 appendix-B courses, so what people want next counts against the catalogue.
 */
import { DEFAULT_TRAINING_QUESTIONNAIRE_ID, WANTED_TOPICS_QUESTION_ID, type Question } from '../rules/survey';
import { COURSES } from './courses';

export const OTHER_TOPIC = '其他';

export const DEFAULT_TRAINING_QUESTIONNAIRE: { _id: string; title: string; questions: Question[] } = {
  _id: DEFAULT_TRAINING_QUESTIONNAIRE_ID,
  title: '培训满意度问卷',
  questions: [
    { id: 'overall', kind: 'rating', title: '总体满意度', required: true },
    { id: 'content', kind: 'rating', title: '课程内容', required: false },
    { id: 'lecturer', kind: 'rating', title: '讲师水平', required: false },
    { id: 'organisation', kind: 'rating', title: '组织安排', required: false },
    {
      id: 'recommend',
      kind: 'single',
      title: '是否愿意推荐给同事',
      options: ['愿意', '不确定', '不愿意'],
      required: false,
    },
    {
      id: WANTED_TOPICS_QUESTION_ID,
      kind: 'multiple',
      title: '希望下次培训的主题',
      options: [...COURSES.map((c) => c.title), OTHER_TOPIC],
      required: false,
    },
    { id: 'comment', kind: 'text', title: '意见和建议', required: false },
  ],
};
