/**
 * The OA single-page client, served from the oa-web jar under /oa/.
 */
@NullMarked
package io.zhengtong.gateway.oa;

import org.jspecify.annotations.NullMarked;
