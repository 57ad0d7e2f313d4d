/**
 * What the reminders' switch and a failed run say, in the three languages: whose
 * trigger it is, and why a morning's run could not do its job.
 */
import {Texts} from '../i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const SWITCH_TEXTS = {
  /** Appended to the Settings status while on. */
  by: tx(
    '；由 {by} 开启（{date}）',
    '；由 {by} 開啟（{date}）',
    '; turned on by {by} ({date})',
  ),
  unknownAccount: tx('未知账号', '未知帳號', 'an unknown account'),
  /** Turning off from another account than the one whose trigger runs them. */
  otherTrigger: tx(
    '{by} 的定时触发器只能由 {by} 删除；提醒已关闭，它再运行时什么也不做，并会删除自己。',
    '{by} 的定時觸發器只能由 {by} 刪除；提醒已關閉，它再執行時什麼也不做，並會刪除自己。',
    'The daily trigger belongs to {by} and only that account can delete it; reminders are off, so it does nothing when it next fires and removes itself.',
  ),
  /** Turning on from another account: the earlier one's trigger stands down. */
  replaced: tx(
    '之前由 {by} 开启的触发器不再发送，下次运行时会删除自己。',
    '之前由 {by} 開啟的觸發器不再寄送，下次執行時會刪除自己。',
    'The trigger {by} made earlier no longer sends; it removes itself when it next fires.',
  ),
} as const;

export const FAILURE_TEXTS = {
  otherSpreadsheet: tx(
    '出错：提醒是在另一个表格中开启的，这个表格里的触发器不发送。请在本表格重新开启提醒。',
    '出錯：提醒是在另一個試算表中開啟的，這個試算表裡的觸發器不寄送。請在本試算表重新開啟提醒。',
    'failed: reminders were turned on in another spreadsheet; this one does not send. Turn them on again here.',
  ),
  digestHeld: tx(
    '出错：邮件额度用完，今天的提醒邮件没有发出，明天会补发',
    '出錯：郵件額度用完，今天的提醒郵件沒有寄出，明天會補寄',
    "failed: the email quota is used up; today's digest did not go and is repeated tomorrow",
  ),
  busyFailed: tx(
    '出错：等待 {seconds} 秒后仍有另一次运行占用表格，本次未运行',
    '出錯：等待 {seconds} 秒後仍有另一次執行佔用試算表，本次未執行',
    'failed: another run still held the spreadsheet after {seconds} s; this one did not run',
  ),
} as const;

export const DIGEST_LINK = {
  open: tx('打开顾客簿', '開啟顧客簿', 'Open the customer book'),
} as const;
