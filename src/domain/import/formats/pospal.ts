/**
 * 银豹 Pospal: 后台 ▸ 会员 ▸ 会员列表 ▸ 导出, and 报表 ▸ 销售单据 / 销售明细 ▸ 导出.
 * No real header row of these exports could be found in public pages or code; the
 * names below are those of Pospal's back office and open API fields as its users quote
 * them (会员号, 会员名称, 手机号, 会员等级, 积分, 余额; 流水号, 销售时间, 实收金额, 收银员,
 * 单据类型 销售/退货; 生日类型 农历/公历 beside the birthday in member templates). Not sure: each field lists the spellings seen, recognition needs only
 * two or three of them, and anything else on such a tab is read by the generic import.
 */
import {ExportFormat} from '../format';

const SOURCE =
  'Pospal back-office field names as users quote them; no real export header found (not sure)';

export const POSPAL_MEMBERS: ExportFormat = {
  id: 'pospal-members',
  name: '银豹 Pospal · 会员',
  kind: 'customers',
  signature: ['会员号', '手机号', '会员等级'],
  columns: {
    memberNo: ['会员号', '会员卡号', '卡号'],
    customerName: ['会员名称', '会员姓名', '姓名'],
    phone: ['手机号', '手机', '联系电话'],
    birthday: ['生日', '会员生日'],
    birthdayKind: ['生日类型', '生日類型', '历法'],
    since: ['开卡日期', '开卡时间', '注册时间', '创建时间'],
    email: ['邮箱'],
    note: ['备注'],
    points: ['积分', '会员积分', '当前积分', '可用积分'],
    stored: ['余额', '储值余额', '会员余额', '卡内余额'],
  },
  source: SOURCE,
};

export const POSPAL_SALES: ExportFormat = {
  id: 'pospal-sales',
  name: '银豹 Pospal · 销售单据',
  kind: 'sales',
  signature: ['流水号', '销售时间'],
  columns: {
    receipt: ['流水号', '单据号', '小票号'],
    date: ['销售时间', '单据时间'],
    receiptType: ['单据类型', '类型'],
    status: ['状态', '单据状态'],
    memberNo: ['会员号', '会员卡号'],
    customerName: ['会员名称', '会员姓名'],
    phone: ['会员手机号', '会员手机', '手机号'],
    amount: ['实收金额', '实收', '应收金额', '合计'],
    item: ['商品名称', '商品'],
    quantity: ['数量', '商品数量'],
    category: ['商品分类', '分类'],
    payment: ['支付方式', '付款方式'],
    staff: ['收银员'],
    note: ['备注'],
  },
  lineItems: true,
  refundWhen: ['退货', '退款', '退货单'],
  voidWhen: ['作废', '已作废', '反结账'],
  source: SOURCE,
};
