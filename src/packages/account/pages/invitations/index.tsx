/**
 * 邀请码管理: a chief invites liaisons and experts to their station; an admin also appoints
 * chiefs. Codes are one-time and expire; unused ones can be voided. Anyone else is told which
 * role it needs.
 */
import { useCallback, useState } from 'react';
import Taro, { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Dialog, Tag } from '@nutui/nutui-react-taro';
import dayjs from 'dayjs';
import { ADMIN_APPOINTED_ROLES, DISTRICT, INVITABLE_ROLE, INVITATION_STATUS, type InvitableRole } from '@core/enums';
import type { Invitation } from '@core/contract';
import { ChoiceField, optionsOf } from '@/components/FormField';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { useSubmit } from '@/hooks/useSubmit';
import { useListGestures } from '@/hooks/usePageRefresh';
import { createInvitation, listInvitations, revokeInvitation } from '@/services/account';
import { useAppStore } from '@/store';
import { confirm, toastError, toastOk } from '@/lib/feedback';
import { useStationScope } from '@/components/StationScope';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import '@/packages/account/form.scss';
import './index.scss';

const VALID_DAYS = [
  { value: '1', label: '1天' },
  { value: '7', label: '7天' },
  { value: '30', label: '30天' },
];

/** The role a code grants, with the district a district admin's code is for. */
const grantOf = (inv: Invitation) =>
  `${INVITABLE_ROLE.labels[inv.role]}${inv.district ? `（${DISTRICT.labels[inv.district]}）` : ''}`;

function InvitationRow({ inv, onRevoke }: { inv: Invitation; onRevoke: () => void }) {
  const active = inv.status === 'active';
  return (
    <Cell
      data-testid="invitation"
      title={
        <View className="invitation__title">
          <Text className="invitation__code">{inv.code}</Text>
          <Tag type={active ? 'success' : 'default'}>{INVITATION_STATUS.labels[inv.status]}</Tag>
        </View>
      }
      description={`${grantOf(inv)} · 有效期至 ${dayjs(inv.expiresAt).format('YYYY-MM-DD HH:mm')}${
        inv.usedByName ? ` · 使用人 ${inv.usedByName}` : ''
      }`}
      extra={
        active ? (
          <Button size="small" fill="outline" type="danger" onClick={onRevoke}>
            作废
          </Button>
        ) : undefined
      }
    />
  );
}

export default function InvitationsPage() {
  const session = useSession();
  return (
    <RoleGate session={session} needs={['account', 'createInvitation']} what="管理邀请码">
      <Invitations />
    </RoleGate>
  );
}

function Invitations() {
  const params = useRouter().params;
  const { stationId, picker } = useStationScope(params.stationId || undefined);
  const isAdmin = useAppStore((s) => s.acting()?.role === 'admin');
  const [role, setRole] = useState<InvitableRole>('liaison');
  const [days, setDays] = useState('7');
  const [created, setCreated] = useState<Invitation | null>(null);

  const list = usePagedList(
    (page, pageSize) =>
      stationId
        ? listInvitations({ stationId, page, pageSize })
        : Promise.resolve({ items: [], total: 0, page, pageSize }),
    [stationId],
  );
  useListGestures(list);

  const send = useCallback(
    (clientRequestId: string) => createInvitation({ clientRequestId, stationId, role, validDays: Number(days) }),
    [stationId, role, days],
  );
  const { submit, submitting } = useSubmit(send);
  // A chief invites the station's people; only an admin appoints the others.
  const roles = optionsOf(INVITABLE_ROLE).filter((o) => isAdmin || !ADMIN_APPOINTED_ROLES.has(o.value));

  const onCreate = async () => {
    const inv = await submit();
    if (!inv) return;
    setCreated(inv);
    await list.reload();
  };

  const onRevoke = async (inv: Invitation) => {
    if (!(await confirm('作废邀请码', `作废后邀请码 ${inv.code} 将无法使用，确定作废吗？`))) return;
    try {
      await revokeInvitation({ code: inv.code });
      toastOk('已作废');
      await list.reload();
    } catch (e) {
      toastError(e);
    }
  };

  return (
    <View className="account-form">
      {picker}
      <CellGroup title="发放新邀请码">
        <ChoiceField name="role" label="身份" value={role} options={roles} onChange={setRole} />
        <ChoiceField name="validDays" label="有效期" value={days} options={VALID_DAYS} onChange={setDays} />
      </CellGroup>
      <View className="account-form__actions">
        <Button type="primary" block loading={submitting} disabled={!stationId} onClick={() => void onCreate()}>
          生成邀请码
        </Button>
      </View>
      <CellGroup title={`已发放（${list.total}）`}>
        {list.items.map((inv) => (
          <InvitationRow key={inv.code} inv={inv} onRevoke={() => void onRevoke(inv)} />
        ))}
      </CellGroup>
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={stationId ? '还没有发放邀请码' : '请先选择服务站点'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
      <Dialog
        visible={!!created}
        title="邀请码已生成"
        confirmText="复制邀请码"
        cancelText="关闭"
        onConfirm={() => {
          if (created) void Taro.setClipboardData({ data: created.code });
          setCreated(null);
        }}
        onCancel={() => setCreated(null)}
      >
        {created ? (
          <View className="invitation__created">
            <Text className="invitation__big" data-testid="new-code">
              {created.code}
            </Text>
            <Text>
              {grantOf(created)} · {dayjs(created.expiresAt).format('YYYY-MM-DD HH:mm')} 前有效，仅可使用一次
            </Text>
          </View>
        ) : null}
      </Dialog>
    </View>
  );
}
