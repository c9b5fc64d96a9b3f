package io.zhengtong.mailbox.citizen.web;

import io.zhengtong.mailbox.citizen.CitizenAccount;
import io.zhengtong.platform.security.CurrentUserAuthentication;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets the citizen endpoints declare a {@link CitizenAccount} parameter: the caller's token's
 * subject, username and name. Without a token (or one without subject) the request is refused
 * as unauthenticated (401 problem).
 */
@Configuration(proxyBeanMethods = false)
class CitizenAccountResolver implements WebMvcConfigurer, HandlerMethodArgumentResolver {

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(this);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return CitizenAccount.class.equals(parameter.getParameterType());
    }

    @Override
    public CitizenAccount resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
            NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication instanceof CurrentUserAuthentication user) {
            String subject = user.getToken().getSubject();
            if (subject != null && !subject.isBlank()) {
                return new CitizenAccount(subject, user.currentUser().username(), user.currentUser().name());
            }
        }
        throw new AuthenticationCredentialsNotFoundException("no account");
    }
}
