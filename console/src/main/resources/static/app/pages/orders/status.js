// The order lifecycle as the command side enforces it (OrderLifecycle), for offering only legal moves, and the
// statuses' names in both languages. The server still decides: a move it refuses answers 409.
import { messages, t } from '../../lib/i18n.js';

export const ORDER_STATUSES = ['RECORDED', 'CONFIRMED', 'IN_FULFILLMENT', 'SHIPPED', 'DELIVERED', 'COMPLETED',
  'AFTER_SALES', 'CANCELLED', 'CLOSED'];

const NEXT = {
  RECORDED: ['CONFIRMED', 'CANCELLED'],
  CONFIRMED: ['IN_FULFILLMENT', 'CANCELLED'],
  IN_FULFILLMENT: ['SHIPPED', 'CANCELLED'],
  SHIPPED: ['DELIVERED', 'AFTER_SALES'],
  DELIVERED: ['COMPLETED', 'AFTER_SALES'],
  COMPLETED: ['AFTER_SALES'],
  AFTER_SALES: ['COMPLETED', 'CLOSED'],
  CANCELLED: [],
  CLOSED: [],
};

/** The statuses an order in `status` may move to. */
export const nextStatuses = status => NEXT[status] || [];

/** What a move to `to` from `from` asks for: a reason, carrier and tracking, an after-sales kind. */
export function moveNeeds(from, to) {
  return {
    reason: to === 'CANCELLED' || to === 'AFTER_SALES' || from === 'AFTER_SALES',
    shipment: to === 'SHIPPED',
    afterSalesKind: to === 'AFTER_SALES',
  };
}

/** Lines, contact, buyer note and tags can change only until the order ships. */
export const editable = status => ['RECORDED', 'CONFIRMED', 'IN_FULFILLMENT'].includes(status);

export const AFTER_SALES_KINDS = ['RETURN', 'EXCHANGE', 'COMPLAINT'];

export const statusLabel = status => t(`order.status.${status}`);

messages({
  en: {
    'order.status.RECORDED': 'Recorded', 'order.status.CONFIRMED': 'Confirmed',
    'order.status.IN_FULFILLMENT': 'In fulfilment', 'order.status.SHIPPED': 'Shipped',
    'order.status.DELIVERED': 'Delivered', 'order.status.COMPLETED': 'Completed',
    'order.status.AFTER_SALES': 'After-sales', 'order.status.CANCELLED': 'Cancelled', 'order.status.CLOSED': 'Closed',
    'order.afterSales.RETURN': 'Return', 'order.afterSales.EXCHANGE': 'Exchange', 'order.afterSales.COMPLAINT': 'Complaint',
  },
  'zh-CN': {
    'order.status.RECORDED': '已录入', 'order.status.CONFIRMED': '已确认',
    'order.status.IN_FULFILLMENT': '备货中', 'order.status.SHIPPED': '已发货',
    'order.status.DELIVERED': '已签收', 'order.status.COMPLETED': '已完成',
    'order.status.AFTER_SALES': '售后中', 'order.status.CANCELLED': '已取消', 'order.status.CLOSED': '已关闭',
    'order.afterSales.RETURN': '退货', 'order.afterSales.EXCHANGE': '换货', 'order.afterSales.COMPLAINT': '投诉',
  },
});
