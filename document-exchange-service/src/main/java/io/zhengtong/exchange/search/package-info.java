/** 公文检索: a unit searches the documents it sent or that were delivered to it, and nothing else. */
package io.zhengtong.exchange.search;
