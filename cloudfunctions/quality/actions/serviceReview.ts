/** 服务评价 (004 §9.1) of a station for a period, read live (review.ts says what it holds). */
import { handler } from '../../_shared/runtime';
import { reviewOf } from '../review';

export default handler('quality', 'serviceReview', (ctx, input) => reviewOf(ctx, input));
