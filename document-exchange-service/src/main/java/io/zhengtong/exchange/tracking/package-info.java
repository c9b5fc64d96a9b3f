/** 发文跟踪: the sender's board over a document's deliveries: states, sign-for rate, who is overdue. */
package io.zhengtong.exchange.tracking;
