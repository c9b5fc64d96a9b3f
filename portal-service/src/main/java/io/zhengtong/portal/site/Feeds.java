package io.zhengtong.portal.site;

import java.io.StringWriter;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.portal.article.PublishedArticles;

/**
 * sitemap.xml for search engines and the RSS feed of the news channels, with absolute links to
 * the public address. Both answer 304 while nothing was published or withdrawn (and this instance
 * has not restarted, which may bring new channels): the same rule as the pages.
 */
@RestController
class Feeds {

    static final int RSS_ITEMS = 30;
    private static final DateTimeFormatter RFC_822 = DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z",
            Locale.ENGLISH);

    private final PublishedArticles published;
    private final SiteProperties site;
    private final SiteFreshness freshness;

    Feeds(PublishedArticles published, SiteProperties site, SiteFreshness freshness) {
        this.published = published;
        this.site = site;
        this.freshness = freshness;
    }

    @GetMapping(value = "/sitemap.xml", produces = MediaType.APPLICATION_XML_VALUE)
    ResponseEntity<String> sitemap(HttpServletRequest request, HttpServletResponse response) {
        if (freshness.isUnchanged(request, response)) {
            return null;
        }
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(xml(xml -> {
            xml.writeStartElement("urlset");
            xml.writeDefaultNamespace("http://www.sitemaps.org/schemas/sitemap/0.9");
            url(xml, site.absolute("/"), null);
            for (PublishedArticles.PublicChannel channel : channels(published.channelTree())) {
                url(xml, site.absolute(SiteViews.channelUrl(channel.code())), null);
            }
            for (PublishedArticles.Summary article : published.all()) {
                url(xml, site.absolute(article.url()), article.publishedAt());
            }
            xml.writeEndElement();
        }));
    }

    @GetMapping(value = "/rss/news.xml", produces = "application/rss+xml")
    ResponseEntity<String> news(HttpServletRequest request, HttpServletResponse response) {
        if (freshness.isUnchanged(request, response)) {
            return null;
        }
        String body = xml(xml -> {
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeStartElement("channel");
            element(xml, "title", site.shortName() + " 政务要闻");
            element(xml, "link", site.absolute("/"));
            element(xml, "description", site.name() + "最新发布的新闻与动态");
            element(xml, "language", "zh-cn");
            for (PublishedArticles.Summary article : published.latestNews(RSS_ITEMS)) {
                xml.writeStartElement("item");
                element(xml, "title", article.title());
                element(xml, "link", site.absolute(article.url()));
                xml.writeStartElement("guid");
                xml.writeAttribute("isPermaLink", "true");
                xml.writeCharacters(site.absolute(article.url()));
                xml.writeEndElement();
                element(xml, "description", article.summary() == null ? "" : article.summary());
                element(xml, "category", article.channelName());
                element(xml, "pubDate", RFC_822.format(ZonedDateTime.ofInstant(article.publishedAt(),
                        SiteViews.COUNTY_TIME)));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndElement();
        });
        return ResponseEntity.ok().contentType(MediaType.parseMediaType("application/rss+xml;charset=UTF-8")).body(body);
    }

    private static List<PublishedArticles.PublicChannel> channels(List<PublishedArticles.PublicChannel> roots) {
        return roots.stream()
            .flatMap(channel -> java.util.stream.Stream.concat(java.util.stream.Stream.of(channel),
                    channels(channel.children()).stream()))
            .toList();
    }

    private static void url(XMLStreamWriter xml, String location, Instant lastModified) throws XMLStreamException {
        xml.writeStartElement("url");
        element(xml, "loc", location);
        if (lastModified != null) {
            element(xml, "lastmod", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(
                    ZonedDateTime.ofInstant(lastModified, SiteViews.COUNTY_TIME).withNano(0)));
        }
        xml.writeEndElement();
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private interface XmlBody {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            body.write(xml);
            xml.writeEndDocument();
            xml.close();
        }
        catch (XMLStreamException e) {
            throw new IllegalStateException("could not write a feed", e);
        }
        return out.toString();
    }
}
