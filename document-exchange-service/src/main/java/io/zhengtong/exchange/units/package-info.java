/** The county's units and a unit's members, as the OA's pickers (recipients, handlers) offer them. */
package io.zhengtong.exchange.units;
