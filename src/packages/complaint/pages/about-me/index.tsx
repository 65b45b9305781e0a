/**
 * 涉及我的投诉: the complaints a station's chief (or the admin) passed on to the caller as the person
 * complained about, for their explanation — newest first, paginated, read-only; who complained
 * shows only when the handler chose to tell (otherwise 「投诉人信息已保密」).
 */
import { View, Text } from '@tarojs/components';
import { RoleGate } from '@/components/RoleGate';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures, useReloadOnReturn } from '@/hooks/usePageRefresh';
import { useSession } from '@/hooks/useSession';
import { listSharedWithMe } from '@/services/complaint';
import { ComplaintList } from '@/packages/complaint/components/ComplaintList';
import '@/packages/complaint/styles/list.scss';

function SharedWithMe() {
  const list = usePagedList((page, pageSize) => listSharedWithMe({ page, pageSize }), []);
  useListGestures(list);
  useReloadOnReturn(list.reload);
  return (
    <>
      <Text className="complaint-list__intro">以下投诉由站长或管理员转交给您，请配合说明情况</Text>
      <ComplaintList list={list} emptyText="没有转交给您的投诉" withComplainant />
    </>
  );
}

export default function ComplaintsAboutMePage() {
  const session = useSession();
  return (
    <View className="complaint-list">
      <RoleGate session={session} needs={['complaint', 'listSharedWithMe']} what="查看涉及我的投诉">
        <SharedWithMe key={session.acting?.id ?? ''} />
      </RoleGate>
    </View>
  );
}
