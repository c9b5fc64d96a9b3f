/** 发文: drafting, checking, signing off and dispatching a document inside the sending unit. */
package io.zhengtong.exchange.outgoing;
