/**
 * 企业确认: the station checks companies that registered with it and confirms or rejects them
 * (its liaisons and chief; an admin any station's). Anyone else is told which role it needs.
 */
import { useState } from 'react';
import { useRouter } from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Button, Cell, CellGroup, Dialog, Tabs, TextArea } from '@nutui/nutui-react-taro';
import { COMPANY_STATUS, DISTRICT, type CompanyStatus } from '@core/enums';
import type { Company } from '@core/contract';
import { ListStatus } from '@/components/ListStatus';
import { usePagedList } from '@/hooks/usePagedList';
import { useListGestures } from '@/hooks/usePageRefresh';
import { listCompanies, reviewCompany } from '@/services/account';
import { confirm, toastError, toastInfo, toastOk } from '@/lib/feedback';
import { useStationScope } from '@/components/StationScope';
import { RoleGate } from '@/components/RoleGate';
import { useSession } from '@/hooks/useSession';
import { REVIEW_NOTE_MAX } from '@core/rules/account-limits';
import '@/packages/account/form.scss';

const TABS: CompanyStatus[] = ['pending', 'confirmed', 'rejected'];

export default function CompanyReviewPage() {
  const session = useSession();
  return (
    <RoleGate session={session} needs={['account', 'reviewCompany']} what="确认企业">
      <CompanyReview />
    </RoleGate>
  );
}

function CompanyReview() {
  const params = useRouter().params;
  const { stationId, picker } = useStationScope(params.stationId || undefined);
  const [status, setStatus] = useState<CompanyStatus>('pending');
  const [rejecting, setRejecting] = useState<Company | null>(null);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  const list = usePagedList(
    (page, pageSize) =>
      stationId
        ? listCompanies({ stationId, status, page, pageSize })
        : Promise.resolve({ items: [], total: 0, page, pageSize }),
    [stationId, status],
  );
  useListGestures(list);

  const decide = async (c: Company, decision: 'confirm' | 'reject', reason?: string) => {
    if (busy) return;
    setBusy(true);
    try {
      await reviewCompany({ companyId: c.id, decision, note: reason });
      toastOk(decision === 'confirm' ? '已确认' : '已退回');
      setRejecting(null);
      setNote('');
      await list.reload();
    } catch (e) {
      toastError(e);
    } finally {
      setBusy(false);
    }
  };

  const onConfirm = async (c: Company) => {
    if (await confirm('确认企业', `确认「${c.name}」为本站服务对象？`)) await decide(c, 'confirm');
  };

  return (
    <View className="account-form">
      {picker}
      <Tabs value={status} onChange={(v) => setStatus(v as CompanyStatus)}>
        {TABS.map((s) => (
          <Tabs.TabPane key={s} title={COMPANY_STATUS.labels[s]} value={s} />
        ))}
      </Tabs>
      <CellGroup>
        {list.items.map((c) => (
          <Cell
            key={c.id}
            data-testid="company"
            title={c.name}
            description={
              <View>
                <Text>
                  {c.creditCode} · {DISTRICT.labels[c.district]}
                </Text>
                <Text>{`\n联系人 ${c.contactName} ${c.contactMobile}`}</Text>
                {c.reviewNote ? <Text>{`\n审核意见：${c.reviewNote}`}</Text> : null}
              </View>
            }
            extra={
              c.status === 'pending' ? (
                <View style={{ display: 'flex', gap: '8px' }}>
                  <Button size="small" type="primary" disabled={busy} onClick={() => void onConfirm(c)}>
                    确认
                  </Button>
                  <Button size="small" fill="outline" disabled={busy} onClick={() => setRejecting(c)}>
                    不通过
                  </Button>
                </View>
              ) : undefined
            }
          />
        ))}
      </CellGroup>
      <ListStatus
        loading={list.loading}
        error={list.error}
        empty={!list.loading && list.items.length === 0}
        emptyText={stationId ? `没有${COMPANY_STATUS.labels[status]}的企业` : '请先选择服务站点'}
        onRetry={() => void list.reload()}
        loadingMore={list.loadingMore}
        hasMore={list.hasMore}
      />
      <Dialog
        visible={!!rejecting}
        title="不通过的原因"
        confirmText="提交"
        cancelText="取消"
        onConfirm={() => {
          if (rejecting && note.trim()) void decide(rejecting, 'reject', note.trim());
          else toastInfo('请填写不通过的原因');
        }}
        onCancel={() => setRejecting(null)}
      >
        <TextArea
          value={note}
          onChange={setNote}
          placeholder="请说明原因，企业会收到通知"
          maxLength={REVIEW_NOTE_MAX}
        />
      </Dialog>
    </View>
  );
}
