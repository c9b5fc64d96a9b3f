/** 送达与签收: one record per recipient unit: delivered, read, signed for (with a receipt) or returned, reminded. */
package io.zhengtong.exchange.delivery;
