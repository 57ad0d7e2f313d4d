/**
 * 有赞 Youzan: 订单 ▸ 所有订单 ▸ 批量导出 (订单明细), and 客户 ▸ 客户列表 ▸ 导出.
 * No real header row of these exports could be found in public pages or code; the
 * names below are Youzan's own field names as its order and customer pages show them
 * (订单号, 下单时间, 买家手机号, 订单实付金额, 商品名称, 订单状态 交易成功/交易关闭,
 * 退款状态; 客户姓名, 手机号, 会员卡号, 成为客户时间). Not sure: each field lists the
 * spellings seen, and recognition needs only two of them.
 */
import {ExportFormat} from '../format';

const SOURCE =
  'Youzan order and customer page field names; no real export header found (not sure)';

export const YOUZAN_ORDERS: ExportFormat = {
  id: 'youzan-orders',
  name: '有赞 · 订单',
  kind: 'sales',
  signature: ['订单号', '买家手机号'],
  columns: {
    receipt: ['订单号'],
    date: ['下单时间', '订单创建时间', '创建时间', '付款时间'],
    phone: ['买家手机号', '收货人手机号', '手机号'],
    customerName: ['买家姓名', '收货人', '买家昵称'],
    amount: ['订单实付金额', '实付金额', '订单金额'],
    item: ['商品名称', '全部商品名称'],
    quantity: ['商品数量', '数量'],
    status: ['订单状态'],
    receiptType: ['退款状态', '售后状态'],
    payment: ['支付方式'],
    note: ['买家备注', '订单备注'],
  },
  lineItems: true,
  refundWhen: ['退款成功', '全额退款', '已退款'],
  // An order never paid (待付款) is no purchase: kept on the Sales tab, counted as none.
  voidWhen: ['交易关闭', '已关闭', '已取消', '待付款', '等待买家付款'],
  source: SOURCE,
};

export const YOUZAN_CUSTOMERS: ExportFormat = {
  id: 'youzan-customers',
  name: '有赞 · 客户',
  kind: 'customers',
  signature: ['手机号', '成为客户时间'],
  columns: {
    customerName: ['客户姓名', '姓名', '微信昵称'],
    phone: ['手机号'],
    memberNo: ['会员卡号', '会员号'],
    birthday: ['生日'],
    birthdayKind: ['生日类型', '生日類型'],
    since: ['成为客户时间', '成为会员时间'],
    note: ['备注'],
    points: ['积分', '当前积分', '可用积分'],
    stored: ['储值余额', '储值卡余额', '余额'],
  },
  source: SOURCE,
};
