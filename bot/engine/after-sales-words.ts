/**
 * Words of after-sales service. A message with none of them, and no product or brand, is not
 * ours to answer: it gets a polite decline, never a ticket or a person.
 */
export const AFTER_SALES = /(保修|维修|修理|报修|上门|安装|售后|三包|退货|换货|退换|退款|发票|工单|客服|师傅|工程师|配件|费用|收费|质保|故障|坏|产品|机器|warranty|repair|install|service|engineer|technician|return|exchange|refund|receipt|invoice|ticket|parts?\b|fault|broken|appliance|product)/i;
