/**
 * One company of the ledger: its name, where and what it is, the key lists it is on, and how
 * long since the station last visited it ("N 天未走访", "从未走访") — marked when overdue.
 */
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { LedgerRow } from '@core/contract';
import { COMPANY_STATUS, DISTRICT, INDUSTRY, KEY_FLAG, labelOf } from '@core/enums';
import { visitAgeLabel } from '@core/rules/ledger';
import './LedgerRowCard.scss';

/** Past this many days (or never), the row's visit age is shown as a warning. */
const OVERDUE_WARNING_DAYS = 90;

export function LedgerRowCard({ row, onOpen }: { row: LedgerRow; onOpen: (companyId: string) => void }) {
  const overdue = row.daysSinceVisit === null || row.daysSinceVisit > OVERDUE_WARNING_DAYS;
  const where = [labelOf(DISTRICT, row.district), labelOf(INDUSTRY, row.industry)].filter(Boolean).join(' · ');
  return (
    <View className="ledger-row" data-testid="ledger-row" data-id={row.id} onClick={() => onOpen(row.id)}>
      <View className="ledger-row__head">
        <Text className="ledger-row__name">{row.name}</Text>
        <Text className={`ledger-row__age${overdue ? ' ledger-row__age--overdue' : ''}`} data-testid="visit-age">
          {visitAgeLabel(row.daysSinceVisit)}
        </Text>
      </View>
      <Text className="ledger-row__where">{where}</Text>
      {row.keyFlags.length || row.ledgerOnly || row.status !== 'confirmed' ? (
        <View className="ledger-row__tags">
          {row.status !== 'confirmed' ? <Tag type="warning">{COMPANY_STATUS.labels[row.status]}</Tag> : null}
          {row.ledgerOnly ? <Tag type="default">待企业认领</Tag> : null}
          {row.keyFlags.map((f) => (
            <Tag key={f} type="primary" plain>
              {KEY_FLAG.labels[f]}
            </Tag>
          ))}
        </View>
      ) : null}
    </View>
  );
}
