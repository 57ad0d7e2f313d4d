/**
 * The two loyalty ledgers: Points (积分记录) and Stored value (储值记录). One row per
 * change, never edited by Shuke once written: a balance is the sum of a customer's
 * changes, so an owner can explain it line by line. "Balance after" is written for people
 * to read (and to spot a row edited by hand), never read back as the truth. Ref ties a
 * row to the request that wrote it and makes every write once-only (ledger-refs.ts).
 */
import type {ColumnDef, OptionDef, TabDef} from './schema';
import type {Texts} from '../domain/i18n';

const txt = (zhCN: string, zhTW: string, en: string): Texts => ({
  'zh-CN': zhCN,
  'zh-TW': zhTW,
  en,
});

/** Reasons both ledgers know, one definition each. */
const VOID_REASON: OptionDef = {
  key: 'void',
  names: txt('作废', '作廢', 'Void'),
  aliases: ['撤销', '撤銷', 'voided', 'reversal'],
};
const ADJUSTMENT_REASON: OptionDef = {
  key: 'adjustment',
  names: txt('调整', '調整', 'Adjustment'),
  aliases: ['手动', '手動', 'manual', 'adjust'],
};

export const POINTS_REASONS: readonly OptionDef[] = [
  {
    key: 'sale',
    names: txt('消费', '消費', 'Sale'),
    aliases: ['购物', '購物', 'earn', 'purchase'],
  },
  {
    key: 'redemption',
    names: txt('兑换', '兌換', 'Redemption'),
    aliases: ['抵扣', '抵現', 'redeem', 'redeemed'],
  },
  {
    key: 'referral',
    names: txt('推荐', '推薦', 'Referral'),
    aliases: ['介绍', '介紹', 'refer'],
  },
  {key: 'birthday', names: txt('生日', '生日', 'Birthday')},
  ADJUSTMENT_REASON,
  {
    key: 'expiry',
    names: txt('过期', '過期', 'Expiry'),
    aliases: ['到期', 'expired'],
  },
  VOID_REASON,
];

export const STORED_REASONS: readonly OptionDef[] = [
  {
    key: 'topUp',
    names: txt('充值', '儲值', 'Top-up'),
    aliases: ['充', '储值', '加值', 'top up', 'topup', 'deposit'],
  },
  {
    key: 'bonus',
    names: txt('赠送', '贈送', 'Bonus'),
    aliases: ['送', '赠', '贈', 'gift'],
  },
  {
    key: 'payment',
    names: txt('消费', '消費', 'Payment'),
    aliases: ['支付', '扣款', 'pay', 'sale'],
  },
  {
    key: 'refund',
    names: txt('退款', '退款', 'Refund'),
    aliases: ['退', 'withdraw'],
  },
  VOID_REASON,
  ADJUSTMENT_REASON,
];

/** The stored-value payment option ('stored' in OPTIONS.payment). */
export const STORED_PAYMENT: OptionDef = {
  key: 'stored',
  names: txt('储值', '儲值', 'Stored value'),
  aliases: ['储值卡', '儲值卡', '会员卡', '會員卡', '余额', '餘額', 'balance'],
};

function ledgerColumns(
  money: boolean,
  reasons: 'pointsReason' | 'storedReason',
): ColumnDef[] {
  const amount = money ? 'money' : 'number';
  return [
    {
      key: 'date',
      names: txt('日期时间', '日期時間', 'When'),
      aliases: ['日期', '时间', '時間', 'date', 'time'],
      kind: 'datetime',
      width: 140,
    },
    {
      key: 'customer',
      names: txt('客户', '客戶', 'Customer'),
      aliases: ['客户编号', '客戶編號', '会员号', '會員號', 'customer id'],
      kind: 'key',
      width: 110,
    },
    {
      key: 'change',
      names: txt('变动', '變動', 'Change'),
      aliases: ['增减', '增減', '金额', '金額', '积分', '積分', 'amount'],
      kind: amount,
      width: 80,
    },
    {
      key: 'balance',
      names: txt('变动后余额', '變動後餘額', 'Balance after'),
      aliases: ['余额', '餘額', 'balance'],
      kind: amount,
      width: 90,
    },
    {
      key: 'reason',
      names: txt('原因', '原因', 'Reason'),
      aliases: ['类型', '類型', 'type'],
      kind: 'enum',
      options: reasons,
      width: 90,
    },
    {
      // The request that wrote the row: a sale's request id, "<id>:redeem", "void:<id>"…
      key: 'requestId',
      names: txt('关联单号', '關聯單號', 'Ref'),
      aliases: [
        '单号',
        '單號',
        '请求编号',
        '請求編號',
        'request id',
        'reference',
      ],
      kind: 'text',
      width: 120,
    },
    {
      key: 'staff',
      names: txt('经手人', '經手人', 'Who'),
      aliases: ['店员', '店員', 'staff', 'by'],
      kind: 'text',
      width: 80,
    },
    {
      key: 'note',
      names: txt('备注', '備註', 'Note'),
      aliases: ['说明', '說明', 'notes'],
      kind: 'text',
      width: 160,
    },
  ];
}

export const POINTS_LEDGER: TabDef = {
  key: 'points',
  names: txt('积分记录', '積分記錄', 'Points'),
  aliases: ['积分明细', '積分明細', 'points ledger'],
  columns: ledgerColumns(false, 'pointsReason'),
};

export const STORED_LEDGER: TabDef = {
  key: 'stored',
  names: txt('储值记录', '儲值記錄', 'Stored value'),
  aliases: ['储值明细', '儲值明細', 'stored value ledger', 'balance ledger'],
  columns: ledgerColumns(true, 'storedReason'),
};
