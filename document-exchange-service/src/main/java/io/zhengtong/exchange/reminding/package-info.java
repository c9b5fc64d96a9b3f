/** 催办 as a service: the automatic reminders on a schedule, the manual ones from the board, their settings. */
package io.zhengtong.exchange.reminding;
