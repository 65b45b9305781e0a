/**
 * Picks a company of the station's ledger (archive.findCompanies): search by a piece of the name
 * or the credit code, tap one. Once picked it shows the name with 更换 to pick again.
 *
 * A container, not a component: it loads (through useCompanyOptions). What it offers depends on
 * the keyword typed inside it, on a form that several pages embed (登记走访, 填写咨询记录, the
 * archive's filter); loading in each page would repeat the same keyword state and query there.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { LedgerCompany } from '@core/contract';
import { COMPANY_STATUS } from '@core/enums';
import { TextField } from '@/components/FormField';
import { ListStatus } from '@/components/ListStatus';
import { COMPANY_OPTIONS_PAGE as PAGE, useCompanyOptions } from '@/hooks/useCompanyOptions';
import { KEYWORD_MAX } from '@core/rules/ledger';
import './CompanyPicker.scss';

export interface PickedCompany {
  id: string;
  name: string;
}

export interface CompanyPickerProps {
  stationId: string;
  selected: PickedCompany | null;
  onSelect: (company: PickedCompany | null) => void;
  error?: string;
  /** The label of the picked row ("企业" in the form, "按企业筛选" in the archive). */
  label?: string;
}

function Results({
  stationId,
  query,
  onSelect,
}: {
  stationId: string;
  query: string;
  onSelect: (c: LedgerCompany) => void;
}) {
  const found = useCompanyOptions(stationId, query);
  const items = found.data?.items ?? [];
  return (
    <View className="company-picker__results">
      {items.map((c) => (
        <View
          key={c.id}
          className="company-picker__option"
          data-testid="company-option"
          data-id={c.id}
          onClick={() => onSelect(c)}
        >
          <Text className="company-picker__name">{c.name}</Text>
          <Text className="company-picker__sub">
            {c.creditCode}
            {c.status !== 'confirmed' ? ` · ${COMPANY_STATUS.labels[c.status]}` : ''}
          </Text>
        </View>
      ))}
      <ListStatus
        loading={found.loading}
        error={found.error}
        empty={!found.loading && items.length === 0}
        emptyText={query ? `台账中没有与“${query}”匹配的企业` : '本站台账中还没有企业'}
        onRetry={() => void found.reload()}
      />
      {found.data && found.data.total > items.length ? (
        <Text className="company-picker__more">
          共 {found.data.total} 家，仅显示前 {PAGE} 家，请输入关键词缩小范围
        </Text>
      ) : null}
    </View>
  );
}

export function CompanyPicker({ stationId, selected, onSelect, error, label = '企业' }: CompanyPickerProps) {
  const [keyword, setKeyword] = useState('');
  const [query, setQuery] = useState('');

  const shownError = error ? (
    <Text className="company-picker__error" data-testid="error-companyId">
      {error}
    </Text>
  ) : null;

  if (selected) {
    return (
      <View className="company-picker company-picker--picked" data-field="companyId">
        <View className="company-picker__picked" data-testid="company-picked">
          <Text className="company-picker__label">{label}</Text>
          <Text className="company-picker__value">{selected.name}</Text>
          <Text className="company-picker__change" onClick={() => onSelect(null)}>
            更换
          </Text>
        </View>
        {shownError}
      </View>
    );
  }

  return (
    <View className="company-picker" data-field="companyId">
      <TextField
        name="companyKeyword"
        label={`查找${label}`}
        value={keyword}
        onChange={setKeyword}
        placeholder="企业名称或统一社会信用代码"
        maxLength={KEYWORD_MAX}
      />
      {shownError}
      <View className="company-picker__search">
        <Button size="small" type="primary" fill="outline" onClick={() => setQuery(keyword.trim())}>
          搜索台账
        </Button>
      </View>
      <Results stationId={stationId} query={query} onSelect={(c) => onSelect({ id: c.id, name: c.name })} />
    </View>
  );
}
