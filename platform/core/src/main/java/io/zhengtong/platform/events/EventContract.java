package io.zhengtong.platform.events;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The public name of an {@link IntegrationEvent}: its versioned CloudEvents type (e.g.
 * {@code zhengtong.portal.article.published.v1}) and its topic, one per aggregate (e.g.
 * {@code portal.articles}). Every contract is documented in the producing service's README.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventContract {

    String type();

    String topic();
}
