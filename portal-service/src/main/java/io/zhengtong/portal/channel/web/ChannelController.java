package io.zhengtong.portal.channel.web;

import java.util.List;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.platform.security.CurrentUser;
import io.zhengtong.portal.channel.ChannelCatalogue;
import io.zhengtong.portal.channel.ChannelTree;

/** The channel tree for the OA client, with the channels the caller may write in flagged. */
@RestController
@RequestMapping("/api/portal/channels")
@PreAuthorize("hasRole('staff')")
class ChannelController {

    /** One channel as the OA shows it in the tree and the editor's channel picker. */
    record ChannelView(String code, String name, String parentCode, String unitCode, boolean news, boolean writable,
            List<ChannelView> children) {
    }

    private final ChannelCatalogue catalogue;

    ChannelController(ChannelCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    List<ChannelView> tree(CurrentUser user) {
        return catalogue.tree().roots().stream().map(node -> view(node, user)).toList();
    }

    private static ChannelView view(ChannelTree.Node node, CurrentUser user) {
        var channel = node.channel();
        return new ChannelView(channel.code(), channel.name(), node.parentCode(), channel.unitCode(), channel.news(),
                channel.writableBy(user), node.children().stream().map(child -> view(child, user)).toList());
    }
}
