/**
 * 收文办理 stored and served: the use case, its repository and the people lookup. Kept apart from
 * {@code io.zhengtong.exchange.handling}, whose workflow stays plain Java.
 */
package io.zhengtong.exchange.handling.application;
