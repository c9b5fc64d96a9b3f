/**
 * The single public entry of Zhengtong; see the feature packages and the module README.
 */
@NullMarked
package io.zhengtong.gateway;

import org.jspecify.annotations.NullMarked;
