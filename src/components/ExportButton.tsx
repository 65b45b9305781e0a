/**
 * 导出 on a list page: the list as it is filtered now, to Excel (useExport makes the workbook and
 * opens it), for an acting role the policy admits to the list's export action; nobody else sees
 * it. The server still scopes the export as it scopes the list. `ExportBar` gives the button a
 * right-aligned row of its own on a list without a bar to put it in.
 */
import { View } from '@tarojs/components';
import { Button } from '@nutui/nutui-react-taro';
import { useExport } from '@/hooks/useExport';
import { useSession } from '@/hooks/useSession';
import { admits, type ActionRef } from '@/lib/access';
import './ExportButton.scss';

interface Props {
  /** The export action, e.g. `['enterprise', 'exportLedger']`: who may see the button. */
  action: ActionRef;
  /** Calls the export with the page's current filters. */
  make: () => Promise<{ url: string; fileName: string }>;
}

export function ExportButton({ action, make }: Props) {
  const { acting } = useSession();
  const exported = useExport(make);
  if (!admits(acting, action)) return null;
  return (
    <Button size="small" type="primary" fill="outline" loading={exported.exporting} onClick={() => void exported.run()}>
      导出
    </Button>
  );
}

export function ExportBar(props: Props) {
  const { acting } = useSession();
  if (!admits(acting, props.action)) return null;
  return (
    <View className="list-export">
      <ExportButton {...props} />
    </View>
  );
}
