/**
 * 待发送: the visits submitted on this phone without network, still waiting to be sent (they go
 * by themselves when the network returns or the app is shown again; 重试发送 sends now), and
 * those the server sent back to be corrected (需修改: open them in the form with the message).
 * Deleting one asks first: it is then never sent.
 */
import { useState } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Tag } from '@nutui/nutui-react-taro';
import { ListStatus } from '@/components/ListStatus';
import { useOutbox } from '@/hooks/useOutbox';
import { confirm, toastInfo, toastOk } from '@/lib/feedback';
import { ROUTES } from '@/lib/routes';
import { flushOutbox, removeOutboxEntry, type OutboxEntry } from '@/services/outbox';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { stampOf } from '@/packages/visit/lib/labels';
import './index.scss';

function EntryCard({ entry: e }: { entry: OutboxEntry }) {
  const returned = e.status === 'returned';
  const remove = async () => {
    if (!(await confirm('删除待发送记录', '删除后这条走访记录不会再发送，确定删除吗？'))) return;
    removeOutboxEntry(e.id);
  };
  return (
    <View className="outbox-page__entry" data-testid="outbox-entry" data-id={e.id} data-status={e.status}>
      <View className="outbox-page__head">
        <Text className="outbox-page__title">{e.title}</Text>
        {returned ? <Tag type="danger">需修改</Tag> : <Tag type="warning">等待发送</Tag>}
      </View>
      {e.message ? (
        <Text className={`outbox-page__message${returned ? ' outbox-page__message--returned' : ''}`}>{e.message}</Text>
      ) : null}
      <Text className="outbox-page__meta">
        {stampOf(e.createdAt)} 提交
        {e.photos.length ? ` · 照片 ${e.photos.length} 张` : ''}
        {e.attempts > 1 ? ` · 已尝试 ${e.attempts} 次` : ''}
      </Text>
      <View className="outbox-page__actions">
        <Text className="outbox-page__delete" onClick={() => void remove()}>
          删除
        </Text>
        {returned ? (
          <Text
            className="outbox-page__link"
            data-testid="outbox-edit"
            onClick={() => void Taro.navigateTo({ url: ROUTES.visitEdit(undefined, e.id) })}
          >
            修改后重新提交
          </Text>
        ) : null}
      </View>
    </View>
  );
}

function Outbox({ ownerId }: { ownerId: string }) {
  const entries = useOutbox(ownerId);
  const [sending, setSending] = useState(false);
  const waiting = entries.filter((e) => e.status === 'waiting').length;

  const retry = async () => {
    if (sending) return;
    setSending(true);
    try {
      const r = await flushOutbox(ownerId);
      if (r.sent.length) toastOk(`已发送 ${r.sent.length} 条`);
      else if (r.returned) toastInfo(`${r.returned} 条需修改后重新提交`);
      else if (r.waiting) toastInfo(entries.find((e) => e.status === 'waiting')?.message ?? '仍无法发送，请稍后重试');
    } finally {
      setSending(false);
    }
  };

  return (
    <>
      <View className="outbox-page__bar">
        <Text className="outbox-page__summary" data-testid="outbox-summary">
          {entries.length ? `${waiting} 条等待发送，${entries.length - waiting} 条需修改` : ''}
        </Text>
        {waiting ? (
          <Button size="small" type="primary" loading={sending} onClick={() => void retry()}>
            重试发送
          </Button>
        ) : null}
      </View>
      {entries.map((e) => (
        <EntryCard key={e.id} entry={e} />
      ))}
      <ListStatus loading={false} error={null} empty={entries.length === 0} emptyText="没有待发送的走访记录" />
    </>
  );
}

export default function OutboxPage() {
  const session = useSession();
  return (
    <View className="outbox-page">
      <RoleGate session={session} roles={['liaison', 'chief']} what="查看待发送的走访记录">
        {session.me ? <Outbox ownerId={session.me.user.id} /> : null}
      </RoleGate>
    </View>
  );
}
