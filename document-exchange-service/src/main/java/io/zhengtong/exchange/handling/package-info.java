/** 收文办理: what the receiving unit does with a signed-for document: 登记 → 拟办 → 批办 → 承办 → 办结 → 归档. */
package io.zhengtong.exchange.handling;
