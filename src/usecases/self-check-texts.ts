/** The self-check's words (诊断 / 診斷 / Check this spreadsheet), in three languages. */
import {Texts} from '../domain/i18n';

const tx = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

export const CHECK_TEXTS = {
  menu: tx('诊断', '診斷', 'Check this spreadsheet'),
  title: tx('熟客 · 诊断', '熟客 · 診斷', 'Shuke · check of this spreadsheet'),
  intro: tx(
    '在 Google 上检查熟客依赖的每一项。寻求帮助时，请把下面整段文字复制发给我们。',
    '在 Google 上檢查熟客依賴的每一項。尋求協助時，請把下面整段文字複製傳給我們。',
    'Checks on Google everything Shuke relies on. When asking for help, copy all of the text below and send it.',
  ),
  copy: tx('复制报告', '複製報告', 'Copy the report'),
  copied: tx('已复制', '已複製', 'Copied'),
  close: tx('关闭', '關閉', 'Close'),
  ok: tx('正常', '正常', 'OK'),
  todo: tx('要处理', '要處理', 'TO DO'),
  header: tx(
    '熟客诊断 {when}（{tz}）· 表格 {id}',
    '熟客診斷 {when}（{tz}）· 試算表 {id}',
    'Shuke check {when} ({tz}) · spreadsheet {id}',
  ),
  summaryOk: tx(
    '全部 {count} 项正常。',
    '全部 {count} 項正常。',
    'All {count} checks are OK.',
  ),
  summaryTodo: tx(
    '{count} 项要处理，见下面标“要处理”的行。',
    '{count} 項要處理，見下面標「要處理」的行。',
    '{count} to do: see the lines marked TO DO.',
  ),
  failedCheck: tx(
    '{check}：检查本身出错（{error}）。请把这份报告发给我们。',
    '{check}：檢查本身出錯（{error}）。請把這份報告傳給我們。',
    '{check}: the check itself failed ({error}). Please send us this report.',
  ),

  zonesSame: tx(
    '时区：表格和脚本都是 {tz}。',
    '時區：試算表和指令碼都是 {tz}。',
    'Time zones: the spreadsheet and the script are both in {tz}.',
  ),
  zonesDiffer: tx(
    '时区：表格是 {sheet}，脚本是 {script}。熟客按表格的时区计算日期（见下一行的实测）；若日期不对，请在 文件 ▸ 设置 中把表格时区设为店铺所在地。',
    '時區：試算表是 {sheet}，指令碼是 {script}。熟客按試算表的時區計算日期（見下一行的實測）；若日期不對，請在 檔案 ▸ 設定 中把試算表時區設為店鋪所在地。',
    "Time zones: the spreadsheet is in {sheet}, the script in {script}. Shuke counts days in the spreadsheet's zone (the next line measures it); if dates look wrong, set the spreadsheet's time zone to the shop's in File ▸ Settings.",
  ),
  probeSheet: tx(
    '公式中的日期：输入 {day} 的单元格，作为表格时区的 {day} 0:00 传给自定义函数；等级按 {day} 计算。',
    '公式中的日期：輸入 {day} 的儲存格，作為試算表時區的 {day} 0:00 傳給自訂函式；等級按 {day} 計算。',
    "Dates in formulas: a cell typed {day} reached a custom function as {day} 0:00 in the spreadsheet's zone; grades count it as {day}.",
  ),
  probeScript: tx(
    '公式中的日期：输入 {day} 的单元格，作为脚本时区（{tz}）的 {day} 0:00 传给自定义函数；熟客会换算回来，等级按 {day} 计算。',
    '公式中的日期：輸入 {day} 的儲存格，作為指令碼時區（{tz}）的 {day} 0:00 傳給自訂函式；熟客會換算回來，等級按 {day} 計算。',
    "Dates in formulas: a cell typed {day} reached a custom function as {day} 0:00 in the script's zone ({tz}); Shuke converts it back and grades count it as {day}.",
  ),
  probeOff: tx(
    '公式中的日期：输入 {day} 的单元格传给自定义函数时变成了 {got}，等级会差一天。请把这份报告发给我们。',
    '公式中的日期：輸入 {day} 的儲存格傳給自訂函式時變成了 {got}，等級會差一天。請把這份報告傳給我們。',
    'Dates in formulas: a cell typed {day} reached a custom function as {got}, so grades would be a day off. Please send us this report.',
  ),
  probeOther: tx(
    '公式中的日期：测试公式没有得到日期，而是“{text}”。若是 #NAME?，请重新推送熟客（npm run deploy）后再诊断。',
    '公式中的日期：測試公式沒有得到日期，而是「{text}」。若是 #NAME?，請重新推送熟客（npm run deploy）後再診斷。',
    'Dates in formulas: the test formula gave "{text}" instead of a date. If it is #NAME?, push Shuke again (npm run deploy) and run the check again.',
  ),
  probeLoading: tx(
    '公式中的日期：测试公式 10 秒内没有算完（一直“Loading…”）。请稍后再诊断一次。',
    '公式中的日期：測試公式 10 秒內沒有算完（一直「Loading…」）。請稍後再診斷一次。',
    'Dates in formulas: the test formula did not finish within 10 seconds (still "Loading…"). Run the check again in a minute.',
  ),
  probeFailed: tx(
    '公式中的日期：无法建立临时测试工作表（{error}）。表格满了的话，先删除不用的空白行和列。',
    '公式中的日期：無法建立臨時測試工作表（{error}）。試算表滿了的話，先刪除不用的空白列和欄。',
    'Dates in formulas: no scratch tab could be made to test them ({error}). If the spreadsheet is full, delete empty rows and columns first.',
  ),
  featuresOk: tx(
    'JavaScript：熟客用到的功能都在（{list}）。',
    'JavaScript：熟客用到的功能都在（{list}）。',
    'JavaScript: every feature Shuke uses is there ({list}).',
  ),
  featuresMissing: tx(
    'JavaScript：缺少 {list}。请在 扩展程序 ▸ Apps Script ▸ 项目设置 中启用 V8 运行时，然后再诊断。',
    'JavaScript：缺少 {list}。請在 擴充功能 ▸ Apps Script ▸ 專案設定 中啟用 V8 執行階段，然後再診斷。',
    'JavaScript: {list} missing. Turn on the V8 runtime in Extensions ▸ Apps Script ▸ Project Settings, then run the check again.',
  ),
  mailOk: tx(
    '邮件：今天还能发 {count} 封。',
    '郵件：今天還能寄 {count} 封。',
    'Mail: {count} emails can still go today.',
  ),
  mailNone: tx(
    '邮件：今天的额度已用完，提醒会留到明天再发（额度在第一封邮件 24 小时后恢复）。',
    '郵件：今天的額度已用完，提醒會留到明天再寄（額度在第一封郵件 24 小時後恢復）。',
    "Mail: today's quota is used up; reminders wait for tomorrow (it comes back 24 hours after the first email).",
  ),
  remindersOff: tx(
    '每日提醒：已关闭。',
    '每日提醒：已關閉。',
    'Daily reminders: off.',
  ),
  remindersOffTrigger: tx(
    '每日提醒：已关闭，但这个帐户还有 {count} 个每日触发器（不会发送）。请在菜单里再选一次“关闭每日提醒”把它删掉。',
    '每日提醒：已關閉，但這個帳戶還有 {count} 個每日觸發條件（不會寄送）。請在選單裡再選一次「關閉每日提醒」把它刪掉。',
    'Daily reminders: off, but this account still has {count} daily trigger(s) (they send nothing). Choose "Turn off daily reminders" again to delete them.',
  ),
  remindersOn: tx(
    '每日提醒：已开启（{by}，每天 {hour} 点后）；这个帐户有 {count} 个每日触发器。{last}',
    '每日提醒：已開啟（{by}，每天 {hour} 點後）；這個帳戶有 {count} 個每日觸發條件。{last}',
    'Daily reminders: on ({by}, every day after {hour}:00); this account has {count} daily trigger(s). {last}',
  ),
  remindersNoTrigger: tx(
    '每日提醒：已开启（{by}），但这个帐户没有每日触发器。若开启的是您，请在菜单里选“开启每日提醒”；若是别人，提醒由他的帐户发送。{last}',
    '每日提醒：已開啟（{by}），但這個帳戶沒有每日觸發條件。若開啟的是您，請在選單裡選「開啟每日提醒」；若是別人，提醒由他的帳戶寄送。{last}',
    'Daily reminders: on ({by}), but this account has no daily trigger. If you turned them on, choose "Turn on daily reminders"; if someone else did, their account sends them. {last}',
  ),
  byUnknown: tx('开启者不明', '開啟者不明', 'turned on by an unknown account'),
  byAccount: tx('由 {by} 开启', '由 {by} 開啟', 'turned on by {by}'),
  lastRun: tx('上次运行：{text}', '上次執行：{text}', 'Last run: {text}'),
  lastRunNone: tx('还没有运行过。', '還沒有執行過。', 'It has not run yet.'),
  lastRunFailed: tx(
    '上次运行没有完成：{text}。请按这句话处理，然后选“立即发送今日提醒”试一次。',
    '上次執行沒有完成：{text}。請按這句話處理，然後選「立即寄送今日提醒」試一次。',
    'The last run did not finish: {text}. Fix what it says, then choose "Send today\'s reminders now" to try again.',
  ),
  cellsOk: tx(
    '单元格：已用 {used} / 10,000,000（{percent}）：{tabs}。',
    '儲存格：已用 {used} / 10,000,000（{percent}）：{tabs}。',
    'Cells: {used} of 10,000,000 used ({percent}): {tabs}.',
  ),
  gradesOk: tx(
    '等级列：{count} 个单元格都正常。',
    '等級欄：{count} 個儲存格都正常。',
    'Grade columns: all {count} cells are fine.',
  ),
  gradesBad: tx(
    '等级列：{list}。请选“刷新客户等级”；#REF! 表示第 2 行的公式下方有人输入了内容：一个公式填满这几列，请清空等级列第 2 行以下的单元格。',
    '等級欄：{list}。請選「重新整理客戶等級」；#REF! 表示第 2 列的公式下方有人輸入了內容：一個公式填滿這幾欄，請清空等級欄第 2 列以下的儲存格。',
    'Grade columns: {list}. Choose "Refresh grades"; #REF! means something was typed below the formula in row 2: one formula fills all these columns, so clear every grade column below row 2.',
  ),
  gradesBadCell: tx(
    '“{column}”有 {count} 个 {error}（第一个在第 {row} 行）',
    '「{column}」有 {count} 個 {error}（第一個在第 {row} 列）',
    '"{column}" has {count} {error} (first in row {row})',
  ),
  gradesNone: tx(
    '等级列：找不到客户工作表的等级列。请选“设置店铺”。',
    '等級欄：找不到客戶工作表的等級欄。請選「設定店鋪」。',
    'Grade columns: none found on the Customers tab. Choose "Set up shop".',
  ),
  tabOk: tx(
    '工作表“{tab}”（{def}）：{columns}。',
    '工作表「{tab}」（{def}）：{columns}。',
    'Tab "{tab}" ({def}): {columns}.',
  ),
  tabMissingColumns: tx(
    '工作表“{tab}”（{def}）：{columns}。缺少：{missing}。请选“设置店铺”补上。',
    '工作表「{tab}」（{def}）：{columns}。缺少：{missing}。請選「設定店鋪」補上。',
    'Tab "{tab}" ({def}): {columns}. Missing: {missing}. Choose "Set up shop" to add them.',
  ),
  tabMissing: tx(
    '工作表“{def}”：找不到。请选“设置店铺”。',
    '工作表「{def}」：找不到。請選「設定店鋪」。',
    'Tab "{def}": not found. Choose "Set up shop".',
  ),
} satisfies Record<string, Texts>;
