/** Paged lists: the query (page, size) and the platform's page shape. */
package io.zhengtong.exchange.listing;
