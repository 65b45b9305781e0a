/**
 * 编辑专项服务清单 (?stationId=&year=): the chief (or an admin) writes a station's special services
 * of a year — add one, remove one after confirming, fill in each one's content, target companies,
 * frequency and expected results. The items keep their ids, so the deliveries recorded against them
 * stay theirs; one with deliveries is not removed. 保存 writes the whole list (a draft until it is
 * published on the list's page, or an edit of the published one) and goes back there; if it
 * fails, what was typed stays and the server's messages show under their fields.
 */
import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import type { SpecialServiceList } from '@core/contract';
import { EditGate } from '@/components/ListStatus';
import { RoleGate } from '@/components/RoleGate';
import { SaveBar } from '@/components/SaveBar';
import { useLoad } from '@/hooks/useLoad';
import { usePageParams } from '@/hooks/usePageParams';
import { useSession } from '@/hooks/useSession';
import { useSubmit } from '@/hooks/useSubmit';
import { confirm, toastInfo, toastOk } from '@/lib/feedback';
import { withoutErrors } from '@/lib/field-errors';
import { ROUTES } from '@/lib/routes';
import { getSpecialServices, saveSpecialServices } from '@/services/directory';
import { ServiceError } from '@/services/errors';
import { SpecialItemFields } from '@/packages/directory/components/SpecialItemFields';
import { goBack } from '@/packages/directory/lib/nav';
import {
  SPECIAL_ITEMS_MAX,
  emptySpecialDraft,
  itemField,
  specialDraftOf,
  specialErrors,
  specialItemsOf,
  yearParam,
  type SpecialDraft,
} from '@/packages/directory/lib/special-form';
import '@/packages/directory/components/form-page.scss';
import './index.scss';

type EditableKey = 'content' | 'targets' | 'frequency' | 'expected';

async function loadList(stationId: string, year: number | null): Promise<SpecialServiceList | null> {
  if (!stationId || year === null) return null;
  try {
    return await getSpecialServices({ stationId, year });
  } catch (e) {
    if (e instanceof ServiceError && (e.code === 'NOT_FOUND' || e.code === 'INVALID_INPUT')) return null;
    throw e;
  }
}

function SpecialEditor({ list }: { list: SpecialServiceList }) {
  const { stationId, year } = list;
  const [drafts, setDrafts] = useState<SpecialDraft[]>(() =>
    list.items.length > 0 ? list.items.map(specialDraftOf) : [emptySpecialDraft()],
  );
  const { submitChecked, submitting, fieldErrors, setFieldErrors } = useSubmit(() =>
    saveSpecialServices({ stationId, year, items: specialItemsOf(drafts) }),
  );

  const edit = (index: number) => (key: EditableKey, value: string) => {
    setDrafts((prev) => prev.map((d, i) => (i === index ? { ...d, [key]: value } : d)));
    setFieldErrors((prev) => withoutErrors(prev, itemField(index, key), 'items'));
  };

  const add = () => {
    if (drafts.length >= SPECIAL_ITEMS_MAX) return toastInfo(`专项服务最多${SPECIAL_ITEMS_MAX}项`);
    setDrafts((prev) => [...prev, emptySpecialDraft()]);
  };

  const remove = async (index: number) => {
    const what = drafts[index]?.content.trim();
    if (!(await confirm('删除专项服务', `确定删除${what ? `「${what}」` : `第 ${index + 1} 项`}吗？保存后生效。`)))
      return;
    setDrafts((prev) => prev.filter((_, i) => i !== index));
    // The messages are keyed by position, which the removal shifts.
    setFieldErrors({});
  };

  const save = async () => {
    const saved = await submitChecked(specialErrors(drafts));
    if (!saved) return;
    toastOk('已保存');
    goBack(ROUTES.specialServices(stationId, year));
  };

  return (
    <View className="form-page special-edit" data-testid="special-form">
      <Text className="form-page__heading">
        {list.stationName} · {year} 年度专项服务清单
      </Text>
      <Text className="form-page__hint">
        {list.status === 'published'
          ? '清单已发布，保存后公众看到的内容随即更新。'
          : '保存后为草稿，回到清单页面发布后对公众公开（应于每年第一季度发布）。'}
      </Text>
      {fieldErrors.items ? (
        <Text className="special-edit__error" data-testid="error-items">
          {fieldErrors.items}
        </Text>
      ) : null}
      {drafts.map((d, index) => (
        <SpecialItemFields
          key={d.key}
          index={index}
          draft={d}
          errors={fieldErrors}
          onEdit={edit(index)}
          onRemove={drafts.length > 1 && d.done === 0 ? () => void remove(index) : undefined}
        />
      ))}
      {drafts.length < SPECIAL_ITEMS_MAX ? (
        <View className="special-edit__add">
          <Button block fill="dashed" type="primary" onClick={add}>
            添加一项专项服务
          </Button>
        </View>
      ) : (
        <Text className="form-page__hint">最多 {SPECIAL_ITEMS_MAX} 项</Text>
      )}
      <SaveBar saving={submitting} onSave={() => void save()} />
    </View>
  );
}

function SpecialOfStation({ stationId, year }: { stationId: string; year: number | null }) {
  const loaded = useLoad(() => loadList(stationId, year), [stationId, year]);
  return (
    <EditGate
      loaded={loaded}
      className="form-page"
      missing="该服务网点不存在或已暂停服务"
      forbidden="您没有编辑该站点专项服务清单的权限"
    >
      {(list) => <SpecialEditor list={list} />}
    </EditGate>
  );
}

export default function SpecialServicesEditPage() {
  const session = useSession();
  const params = usePageParams();
  return (
    <RoleGate session={session} needs={['directory', 'saveSpecialServices']} what="编辑专项服务清单">
      <SpecialOfStation
        key={session.acting?.id ?? ''}
        stationId={params.stationId ?? ''}
        year={yearParam(params.year)}
      />
    </RoleGate>
  );
}
