package io.zhengtong.portal.channel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The channel tree built from the flat list the database gives. */
class ChannelTreeTest {

    static final List<Channel> CHANNELS = List.of(
            new Channel(9L, "tourism", "旅游资讯", 8L, "culture-tourism", 10, true),
            new Channel(1L, "news", "政务要闻", null, "gov-office", 10, true),
            new Channel(2L, "notices", "通知公告", null, "gov-office", 20, false),
            new Channel(10L, "scenery", "景区景点", 8L, "culture-tourism", 20, false),
            new Channel(8L, "culture-tourism", "文化旅游", null, "culture-tourism", 100, false));

    final ChannelTree tree = ChannelTree.of(CHANNELS);

    @Test
    void topLevelChannelsAreRootsInSortOrderAndSubChannelsHangUnderTheirParent() {
        assertThat(tree.roots()).extracting(node -> node.channel().code())
            .containsExactly("news", "notices", "culture-tourism");
        ChannelTree.Node subSite = tree.roots().getLast();
        assertThat(subSite.children()).extracting(node -> node.channel().code()).containsExactly("tourism", "scenery");
        assertThat(subSite.children().getFirst().parentCode()).isEqualTo("culture-tourism");
        assertThat(tree.roots().getFirst().parentCode()).isNull();
    }

    @Test
    void aSubSitesPageCoversItsOwnChannelAndThoseBelow() {
        assertThat(tree.codesWithin("culture-tourism")).containsExactly("culture-tourism", "tourism", "scenery");
        assertThat(tree.codesWithin("news")).containsExactly("news");
        assertThat(tree.codesWithin("no-such-channel")).isEmpty();
    }

    @Test
    void channelsAreFoundByCodeAndFiltered() {
        assertThat(tree.channel("tourism")).map(Channel::name).hasValue("旅游资讯");
        assertThat(tree.channel("nope")).isEmpty();
        assertThat(tree.all(Channel::news)).extracting(Channel::code).containsExactlyInAnyOrder("news", "tourism");
    }

    @Test
    void aChannelWhoseParentIsMissingIsShownAtTheTop() {
        ChannelTree orphaned = ChannelTree.of(List.of(new Channel(3L, "orphan", "孤立栏目", 99L, "gov-office", 1, false)));

        assertThat(orphaned.roots()).extracting(node -> node.channel().code()).containsExactly("orphan");
    }
}
