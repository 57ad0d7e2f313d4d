/**
 * The Settings tab (设置) itself: its columns. Its rows, the settings, are defined in
 * settings-schema.ts.
 */
import type {TabDef} from './schema';
import type {Texts} from '../domain/i18n';

const txt = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

/** Settings is a two-column tab of label and value; see settings.ts for the keys. */
export const SETTINGS: TabDef = {
  key: 'settings',
  names: txt('设置', '設定', 'Settings'),
  aliases: ['设定', '設置', 'config', 'configuration'],
  columns: [
    {
      key: 'label',
      names: txt('项目', '項目', 'Setting'),
      aliases: ['设置项', '設定項', 'item'],
      kind: 'text',
      width: 200,
    },
    {
      key: 'value',
      names: txt('值', '值', 'Value'),
      aliases: ['数值', '數值', '内容', '內容'],
      kind: 'text',
      width: 260,
    },
    {
      key: 'help',
      names: txt('说明', '說明', 'Help'),
      aliases: ['备注', '備註', 'notes'],
      kind: 'text',
      width: 360,
    },
  ],
};
