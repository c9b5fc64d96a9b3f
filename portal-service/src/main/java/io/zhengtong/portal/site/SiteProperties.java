package io.zhengtong.portal.site;

import java.net.URI;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What the website says about itself: names, the sponsor, and the identifiers every Chinese
 * government website shows in its footer (网站标识码, ICP备案号, 公安备案号).
 *
 * @param baseUrl the public address, for the absolute links of sitemap.xml and RSS
 */
@ConfigurationProperties("zhengtong.site")
public record SiteProperties(String name, String shortName, String greeting, String sponsor, String siteCode,
        String icp, String publicSecurityRecord, String address, String phone, URI baseUrl) {

    public SiteProperties {
        name = name == null ? "凤县人民政府门户网站" : name;
        shortName = shortName == null ? "凤县人民政府" : shortName;
        greeting = greeting == null ? "欢迎访问" + name : greeting;
        sponsor = sponsor == null ? "凤县人民政府办公室" : sponsor;
        baseUrl = baseUrl == null ? URI.create("https://localhost:8443") : baseUrl;
    }

    /** An absolute URL for a site-relative path. */
    public String absolute(String path) {
        return baseUrl.resolve(path).toString();
    }
}
