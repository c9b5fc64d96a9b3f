package io.zhengtong.portal.site;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A reader who follows a dead link or meets a fault on the website gets a page in Chinese with
 * the way back, not a problem-details JSON. APIs ({@code /api/**}) and Actuator keep their
 * problem details: this resolver steps aside for them.
 */
@Component
class SiteErrorPages implements HandlerExceptionResolver, Ordered {

    private static final Logger log = LoggerFactory.getLogger(SiteErrorPages.class);

    private final SiteProperties site;

    SiteErrorPages(SiteProperties site) {
        this.site = site;
    }

    @Override
    public ModelAndView resolveException(HttpServletRequest request, HttpServletResponse response, Object handler,
            Exception failure) {
        String path = request.getRequestURI();
        if (path.startsWith("/api/") || path.startsWith("/actuator")) {
            return null;
        }
        HttpStatus status = statusOf(failure);
        if (status == HttpStatus.INTERNAL_SERVER_ERROR) {
            log.error("Website page {} failed", path, failure);
        }
        return page(status, request);
    }

    ModelAndView page(HttpStatus status, HttpServletRequest request) {
        ModelAndView page = new ModelAndView("site/error", Map.of(
                "site", site,
                "elderMode", ElderMode.isOn(request),
                "currentPath", request.getRequestURI(),
                "returnPath", request.getRequestURI(),
                "status", status.value(),
                "headline", switch (status) {
                    case NOT_FOUND -> "您访问的页面不存在";
                    case CONTENT_TOO_LARGE -> "上传的文件太大";
                    default -> "网站暂时无法显示此页面";
                },
                "explanation", switch (status) {
                    case NOT_FOUND -> "页面可能已被撤回或地址有误。您可以返回首页，或使用站内搜索查找所需信息。";
                    // No limits named here: the form states the mailbox's own (letters.MailboxAttachmentRules).
                    case CONTENT_TOO_LARGE -> "内容未提交。上传的文件超过了网站允许的大小，请返回上一页，按表单上说明的要求重新选择附件后提交。";
                    default -> "请稍后再试。如果问题持续存在，请联系网站主办单位。";
                }));
        // The header as on every page: a logged-in visitor stays greeted (and can log out) on an error page too.
        SignedInVisitor.current().ifPresent(visitor -> {
            page.addObject("visitor", visitor);
            page.addObject("csrfToken", SignedInVisitor.csrfToken(request));
        });
        page.setStatus(status);
        return page;
    }

    private static HttpStatus statusOf(Exception failure) {
        if (failure instanceof NoResourceFoundException || failure instanceof NoHandlerFoundException
                || failure instanceof MethodArgumentTypeMismatchException || failure instanceof PageNotFound) {
            return HttpStatus.NOT_FOUND;
        }
        if (failure instanceof MaxUploadSizeExceededException) {
            return HttpStatus.CONTENT_TOO_LARGE;
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }

    /** Thrown by a website page whose subject does not exist or is not public. */
    static class PageNotFound extends RuntimeException {

        PageNotFound(String what) {
            super(what);
        }
    }
}
