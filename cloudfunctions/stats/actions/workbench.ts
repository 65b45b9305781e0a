/**
 * 工作台's to-dos for the acting role, each with its live count: an indexed count per to-do,
 * scoped by the policy rule of the list the to-do opens (../todos.ts).
 */
import { handler } from '../../_shared/runtime';
import { countTodos } from '../todos';

export default handler('stats', 'workbench', async (ctx) => {
  const caller = ctx.requireCaller();
  return { todos: await countTodos(ctx.store, caller, ctx.clock.now()) };
});
