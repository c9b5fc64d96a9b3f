package io.zhengtong.portal.channel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The channels as a tree, built from one flat read (the tree is small: tens of channels). Pure,
 * so the shapes the OA and the website need are computed without the database.
 */
public final class ChannelTree {

    /** One channel with its children, in sort order. */
    public record Node(Channel channel, String parentCode, List<Node> children) {
    }

    private final List<Node> roots;
    private final Map<String, Node> byCode;

    private ChannelTree(List<Node> roots, Map<String, Node> byCode) {
        this.roots = roots;
        this.byCode = byCode;
    }

    /** Builds the tree; channels must come in sort order. A channel whose parent is missing is a root. */
    public static ChannelTree of(Collection<Channel> channels) {
        Map<Long, Channel> byId = new LinkedHashMap<>();
        channels.forEach(channel -> byId.put(channel.id(), channel));
        Map<Long, List<Node>> childrenOf = new LinkedHashMap<>();
        Map<String, Node> byCode = new LinkedHashMap<>();
        List<Node> roots = new ArrayList<>();
        for (Channel channel : channels) {
            Channel parent = channel.parentId() == null ? null : byId.get(channel.parentId());
            Node node = new Node(channel, parent == null ? null : parent.code(),
                    childrenOf.computeIfAbsent(channel.id(), id -> new ArrayList<>()));
            byCode.put(channel.code(), node);
            if (parent == null) {
                roots.add(node);
            } else {
                childrenOf.computeIfAbsent(parent.id(), id -> new ArrayList<>()).add(node);
            }
        }
        return new ChannelTree(List.copyOf(roots), byCode);
    }

    public List<Node> roots() {
        return roots;
    }

    public Optional<Channel> channel(String code) {
        return Optional.ofNullable(byCode.get(code)).map(Node::channel);
    }

    public Optional<Node> node(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The channel and all channels below it: a sub-site's page lists the articles of its columns too. */
    public Set<String> codesWithin(String code) {
        Set<String> codes = new java.util.LinkedHashSet<>();
        node(code).ifPresent(node -> collect(node, codes));
        return codes;
    }

    public List<Channel> all(Predicate<Channel> filter) {
        return byCode.values().stream().map(Node::channel).filter(filter).toList();
    }

    private static void collect(Node node, Set<String> codes) {
        codes.add(node.channel().code());
        node.children().forEach(child -> collect(child, codes));
    }
}
