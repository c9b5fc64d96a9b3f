/** 催办: when unsigned copies are reminded, counted in office time on the platform's working-day calendar. */
package io.zhengtong.exchange.reminder;
