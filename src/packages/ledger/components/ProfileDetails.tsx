/** The appendix A fields of a company as label / value rows; what was never filled says 未填写. */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ProfileFields } from '@core/contract';
import { BUSINESS_SCALE, HONOR_LEVEL, LISTING_STATUS, labelOf, type HonorLevel } from '@core/enums';
import { LABELS } from '../lib/profile-form';
import './ProfileDetails.scss';

const levels = (v: HonorLevel[]) => (v.length ? v.map((l) => HONOR_LEVEL.labels[l]).join('、') : '无');
const year = (y: number | undefined) => (y === undefined ? '' : `${y} 年`);
const person = (p: ProfileFields['contact']) => (p ? [p.name, p.title, p.mobile].filter(Boolean).join(' ') : '');

export function ProfileDetails({ profile: p }: { profile: ProfileFields }) {
  const [open, setOpen] = useState(false);
  const rows: Array<[string, string]> = [
    [LABELS.registeredAddress, p.registeredAddress ?? ''],
    [LABELS.listingStatus, labelOf(LISTING_STATUS, p.listingStatus)],
    [LABELS.registeredCapital, p.registeredCapital === undefined ? '' : `${p.registeredCapital} 万元`],
    [LABELS.headcount, p.headcount === undefined ? '' : `${p.headcount} 人`],
    [LABELS.businessScale, labelOf(BUSINESS_SCALE, p.businessScale)],
    ['负责人', person(p.legalRep)],
    ['联系人', person(p.contact)],
    ['知识产权部门', p.ipDepartment === undefined ? '' : p.ipDepartment ? '有' : '无'],
    [LABELS.ipManagers, p.ipManagers === undefined ? '' : `${p.ipManagers} 人`],
    ['知识产权管理制度', year(p.ipSystemSince)],
    ['管理规范标准认证', year(p.ipStandardYear)],
    [LABELS.demonstration, levels(p.demonstration)],
    [LABELS.advantage, levels(p.advantage)],
    ['国家高新技术企业', year(p.highTechSince)],
    ['国家、省专利奖', levels(p.patentAwards)],
  ];
  const shown = open ? rows : rows.slice(0, 5);
  return (
    <View className="profile-details" data-testid="profile-details">
      <Text className="profile-details__title">企业档案</Text>
      {shown.map(([label, value]) => (
        <View key={label} className="profile-details__row">
          <Text className="profile-details__label">{label}</Text>
          <Text className={`profile-details__value${value ? '' : ' profile-details__value--empty'}`}>
            {value || '未填写'}
          </Text>
        </View>
      ))}
      <Text className="profile-details__toggle" onClick={() => setOpen(!open)}>
        {open ? '收起' : '查看全部档案信息'}
      </Text>
    </View>
  );
}
