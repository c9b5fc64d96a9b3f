/** What the exchange's workflows share: roles, history lines, remarks, the refusal of a wrong step. */
package io.zhengtong.exchange.workflow;
