/**
 * The head of a company page: name, status and key lists, identity, contact, when the station
 * last visited, and (for those who may edit it) the join code colleagues or the company use to
 * join — a ledger entry is handed over with it.
 */
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { Tag } from '@nutui/nutui-react-taro';
import type { CompanyProfileView } from '@core/contract';
import { COMPANY_STATUS, DISTRICT, INDUSTRY, KEY_FLAG, labelOf } from '@core/enums';
import { visitAgeLabel } from '@core/rules/ledger';
import { shanghaiDate } from '@core/rules/time';
import { toastOk } from '@/lib/feedback';
import './ProfileSummary.scss';

export function ProfileSummary({ company: c }: { company: CompanyProfileView }) {
  const contact = c.profile.contact;
  const copy = () =>
    void Taro.setClipboardData({ data: c.joinCode! })
      .then(() => toastOk('已复制'))
      .catch(() => undefined);
  return (
    <View className="profile-summary" data-testid="profile-summary">
      <Text className="profile-summary__name">{c.name}</Text>
      <View className="profile-summary__tags">
        {c.status !== 'confirmed' ? <Tag type="warning">{COMPANY_STATUS.labels[c.status]}</Tag> : null}
        {c.ledgerOnly ? <Tag type="default">待企业认领</Tag> : null}
        {c.keyFlags.map((f) => (
          <Tag key={f} type="primary" plain>
            {KEY_FLAG.labels[f]}
          </Tag>
        ))}
      </View>
      <Text className="profile-summary__line">统一社会信用代码：{c.creditCode}</Text>
      <Text className="profile-summary__line">
        {[labelOf(DISTRICT, c.district), labelOf(INDUSTRY, c.industry), c.stationName].filter(Boolean).join(' · ')}
      </Text>
      {contact?.name || contact?.mobile ? (
        <Text className="profile-summary__line">
          联系人：{[contact.name, contact.title, contact.mobile].filter(Boolean).join(' ')}
        </Text>
      ) : null}
      <Text className="profile-summary__line" data-testid="last-visit">
        {c.lastVisitAt ? `最近走访：${shanghaiDate(c.lastVisitAt)}（${visitAgeLabel(c.daysSinceVisit)}）` : '从未走访'}
      </Text>
      {c.joinCode && c.status === 'confirmed' ? (
        <View className="profile-summary__join" onClick={copy}>
          <Text className="profile-summary__join-label">
            {c.ledgerOnly ? '企业加入码（交给企业，企业在“加入企业”中输入即可认领）' : '企业加入码（点击复制）'}
          </Text>
          <Text className="profile-summary__join-code" data-testid="join-code">
            {c.joinCode}
          </Text>
        </View>
      ) : null}
    </View>
  );
}
