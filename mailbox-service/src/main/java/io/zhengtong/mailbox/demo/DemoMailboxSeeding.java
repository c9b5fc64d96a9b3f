package io.zhengtong.mailbox.demo;

import io.zhengtong.mailbox.citizen.LetterForm;
import io.zhengtong.mailbox.citizen.TrackingLetters;
import io.zhengtong.mailbox.citizen.WritingLetters;
import io.zhengtong.mailbox.citizen.WritingLetters.Receipt;
import io.zhengtong.mailbox.demo.DemoLetters.DemoLetter;
import io.zhengtong.mailbox.dispatch.HandlingLetters;
import io.zhengtong.mailbox.dispatch.HandlingLetters.LetterDetail;
import io.zhengtong.mailbox.letter.Actor;
import io.zhengtong.mailbox.letter.Rating;
import io.zhengtong.mailbox.letter.Role;
import io.zhengtong.mailbox.publication.LetterPublications;
import io.zhengtong.mailbox.ratelimit.ClientAddress;
import io.zhengtong.mailbox.store.Letters;
import io.zhengtong.mailbox.tracking.TrackingCode;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.demo.DemoSeed;
import io.zhengtong.platform.demo.DemoSeedMarkers;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.ContextAnnotationAutowireCandidateResolver;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty mailbox with the demo county's letters of the past six months, written, handled,
 * answered, rated and published (选登) through the same use cases as on the website and in the OA,
 * so the history is complete and their events go out through the outbox (notifications, the
 * website's 来信选登 and search). The use cases take the time from an injected {@link Clock}: the
 * seeding runs its own instances of them on a clock it sets to each step's past instant. One
 * transaction: all of it or nothing. Runs at start-up when {@code zhengtong.demo.seed=true}.
 */
@Service
public class DemoMailboxSeeding implements DemoSeed {

    /** The marker row of the demo letters: its primary key lets only one replica seed. */
    public static final String MARKER = "demo-county-letters";

    /** Letters younger than this do not make a history the demo would be mixed into. */
    static final Duration NO_HISTORY = Duration.ofDays(7);

    static final String LEADER = "liu.yang";
    static final String LEADER_NAME = "刘洋";

    /** Each mailbox's dispatcher: the 分办员 of its owner unit (demo users of the realm). */
    static final Map<String, Actor> DISPATCHERS = Map.of(
            "party-secretary", Actor.staff("gao.jie", "高洁", "party-office", Role.DISPATCHER, Role.STAFF),
            "county-head", Actor.staff("lin.xue", "林雪", "gov-office", Role.DISPATCHER, Role.STAFF),
            "petition", Actor.staff("wang.fang", "王芳", "petition", Role.DISPATCHER, Role.STAFF),
            "education", Actor.staff("he.bin", "何斌", "education", Role.DISPATCHER, Role.STAFF));

    /** The clerk of each lead unit who signs for letters and drafts the replies. */
    static final Map<String, Actor> CLERKS = Map.of(
            DemoLetters.HOUSING, Actor.staff("zhao.lei", "赵磊", DemoLetters.HOUSING, Role.STAFF),
            DemoLetters.EDUCATION, Actor.staff("yang.min", "杨敏", DemoLetters.EDUCATION, Role.STAFF),
            DemoLetters.TOURISM, Actor.staff("huang.li", "黄丽", DemoLetters.TOURISM, Role.STAFF),
            DemoLetters.FINANCE, Actor.staff("zhou.qiang", "周强", DemoLetters.FINANCE, Role.STAFF),
            DemoLetters.DEVELOPMENT, Actor.staff("wu.xia", "吴霞", DemoLetters.DEVELOPMENT, Role.STAFF),
            DemoLetters.SHUANGSHIPU, Actor.staff("xu.ming", "徐明", DemoLetters.SHUANGSHIPU, Role.STAFF),
            DemoLetters.SERVICES, Actor.staff("ma.jun", "马军", DemoLetters.SERVICES, Role.STAFF));

    private static final Actor LEADER_ACTOR = Actor.staff(LEADER, LEADER_NAME, "gov-office", Role.LEADER, Role.STAFF);

    private final ApplicationContext context;
    private final Letters letters;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final DemoSeedMarkers markers;

    DemoMailboxSeeding(ApplicationContext context, Letters letters, JdbcTemplate jdbc, Clock clock, DemoSeedMarkers markers) {
        this.context = context;
        this.letters = letters;
        this.jdbc = jdbc;
        this.clock = clock;
        this.markers = markers;
    }

    @Override
    public String content() {
        return "Demo county letters";
    }

    /** The letters take a minute or two to write, and the service is ready meanwhile. */
    @Override
    public boolean inTheBackground() {
        return true;
    }

    /**
     * Seeds if the mailbox has no history yet: no letter older than {@link #NO_HISTORY} (the
     * browser tests' letters of the last days do not count as a county's mailbox). Answers the ids
     * of the letters written (none if it did nothing).
     */
    @Override
    @Transactional
    public List<String> seedIfEmpty() {
        return markers.onceIfEmpty(MARKER, () -> jdbc.queryForObject("select count(*) from letter where submitted_at < ?",
                Long.class, Timestamp.from(clock.instant().minus(NO_HISTORY))) > 0, this::writeAll);
    }

    /** Seeds once per marker, whatever else is there (for tests that share a schema with other data). */
    @Transactional
    public List<String> seedOnce(String marker) {
        return markers.once(marker, this::writeAll);
    }

    private List<String> writeAll() {
        Instant now = clock.instant();
        UseCases cases = new UseCases(context, new DemoClock(now));
        List<DemoLetter> all = DemoLetters.all();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            ids.add(new Story(cases, all.get(i), i, now, DemoSchedule.of(i, all.size())).tell());
        }
        return ids;
    }

    /**
     * The use cases on the demo clock: new instances, built like the beans (constructor injection
     * from the service's context) except for the clock. They run inside the seeding's transaction.
     */
    private record UseCases(DemoClock clock, WritingLetters writing, HandlingLetters handling, TrackingLetters tracking,
            LetterPublications publications) {

        UseCases(ApplicationContext context, DemoClock clock) {
            this(clock, on(context, clock));
        }

        private UseCases(DemoClock clock, DefaultListableBeanFactory factory) {
            this(clock, build(factory, WritingLetters.class), build(factory, HandlingLetters.class),
                    build(factory, TrackingLetters.class), build(factory, LetterPublications.class));
        }

        private static DefaultListableBeanFactory on(ApplicationContext context, DemoClock clock) {
            DefaultListableBeanFactory factory = new DefaultListableBeanFactory(context.getAutowireCapableBeanFactory());
            factory.setAutowireCandidateResolver(new ContextAnnotationAutowireCandidateResolver());
            factory.addEmbeddedValueResolver(context.getEnvironment()::resolvePlaceholders);
            factory.registerResolvableDependency(ApplicationEventPublisher.class, context);
            // Same name as the service's clock bean, so it hides that one for these instances.
            factory.registerSingleton("clock", clock);
            return factory;
        }

        private static <T> T build(DefaultListableBeanFactory factory, Class<T> type) {
            RootBeanDefinition definition = new RootBeanDefinition(type);
            definition.setAutowireMode(AutowireCapableBeanFactory.AUTOWIRE_CONSTRUCTOR);
            String name = "demo." + type.getName();
            factory.registerBeanDefinition(name, definition);
            return factory.getBean(name, type);
        }
    }

    /** One letter's life, step by step at its past instants. */
    private final class Story {

        private final UseCases cases;
        private final DemoLetter letter;
        private final int index;
        private final Instant now;
        private final DemoSchedule schedule;
        private final Actor dispatcher;
        private Instant at;
        private UUID id;
        private long version;

        Story(UseCases cases, DemoLetter letter, int index, Instant now, DemoSchedule schedule) {
            this.cases = cases;
            this.letter = letter;
            this.index = index;
            this.now = now;
            this.schedule = schedule;
            this.dispatcher = DISPATCHERS.get(letter.mailbox());
        }

        String tell() {
            at = now.minus(schedule.age());
            Receipt receipt = submit();
            if (schedule.outcome() == DemoSchedule.Outcome.NEW) {
                return id.toString();
            }
            if (letter.rejected()) {
                step(Duration.ofHours(3), () -> cases.handling().reject(dispatcher, id, version, letter.reply()));
                return id.toString();
            }
            LetterDetail accepted = step(Duration.ofHours(2), () -> cases.handling().accept(dispatcher, id, version, letter.type()));
            LocalDate due = accepted.dueDate();
            boolean viaLeader = !letter.mailbox().equals("petition") && !letter.mailbox().equals("education") && index % 2 == 0;
            if (viaLeader) {
                step(Duration.ofHours(1), () -> cases.handling().forward(dispatcher, id, version, LEADER, "请领导批示。"));
                if (schedule.outcome() == DemoSchedule.Outcome.WAITING) {
                    return id.toString();
                }
                step(Duration.ofHours(4), () -> cases.handling().instruct(LEADER_ACTOR, id, version, letter.unit(), List.of(),
                        "请" + unitShortName() + "认真核实，按时答复群众。"));
            } else {
                step(Duration.ofHours(1), () -> cases.handling().assign(dispatcher, id, version, letter.unit(), List.of(), null));
                if (schedule.outcome() == DemoSchedule.Outcome.WAITING) {
                    return id.toString();
                }
            }
            Actor clerk = CLERKS.get(letter.unit());
            step(Duration.ofHours(2), () -> cases.handling().signFor(clerk, id, version));
            if (schedule.outcome() == DemoSchedule.Outcome.IN_HAND) {
                return id.toString();
            }
            if (schedule.extended()) {
                step(Duration.ofDays(1), () -> cases.handling().requestExtension(clerk, id, version, 3,
                        "需协调多个部门现场核实，申请延期三个工作日。"));
                due = step(Duration.ofHours(3), () -> cases.handling().grantExtension(dispatcher, id, version, 3, "同意延期。"))
                    .dueDate();
            }
            // On time: well before the end of the due day; late: a few days after it.
            Instant dueEnd = due.atTime(LocalTime.of(17, 0)).atZone(WorkingDayCalendar.ZONE).toInstant();
            Instant answer = schedule.late() ? dueEnd.plus(Duration.ofDays(1 + index % 4))
                    : at.plus(Duration.between(at, dueEnd).multipliedBy(3 + index % 5).dividedBy(10));
            Duration drafting = Duration.between(at, answer.minus(Duration.ofHours(3)));
            step(drafting.compareTo(Duration.ofHours(1)) < 0 ? Duration.ofHours(1) : drafting, () -> cases.handling().submitReply(clerk, id, version, letter.reply()));
            if (schedule.outcome() == DemoSchedule.Outcome.IN_REVIEW) {
                return id.toString();
            }
            step(Duration.ofHours(3), () -> cases.handling().approveReply(dispatcher, id, version, "同意答复。"));
            Rating rating = schedule.rating();
            if (rating == null) {
                return id.toString();
            }
            moveTo(Duration.ofHours(20 + index % 30));
            cases.tracking().rate(receipt.trackingCode(), receipt.queryPassword(), rating, ratingRemark(rating));
            if (letter.consent() && rating == Rating.SATISFIED && schedule.published()) {
                moveTo(Duration.ofHours(18));
                version = cases.handling().detail(dispatcher, id).version();
                cases.publications().publish(dispatcher, id, version);
            }
            return id.toString();
        }

        private Receipt submit() {
            cases.clock().set(at);
            boolean anonymous = letter.writer() == null;
            LetterForm form = new LetterForm(letter.mailbox(), letter.type(), letter.subject(), letter.content(),
                    letter.writer(), anonymous ? null : phone(), null, null, letter.consent(), anonymous, null, "demo");
            Receipt receipt = cases.writing().submit(form, new ClientAddress("demo-seed-" + index));
            var stored = letters.findByTrackingCode(TrackingCode.parse(receipt.trackingCode())).orElseThrow();
            id = UUID.fromString(stored.letter().id().toString());
            version = stored.version();
            return receipt;
        }

        /** Runs a staff step {@code after} the previous one, during office hours, and notes the new version. */
        private LetterDetail step(Duration after, java.util.function.Supplier<LetterDetail> action) {
            moveTo(after);
            LetterDetail detail = action.get();
            version = detail.version();
            return detail;
        }

        private void moveTo(Duration after) {
            ZonedDateTime next = at.plus(after).atZone(WorkingDayCalendar.ZONE);
            if (next.getHour() < 9) {
                next = next.withHour(9).withMinute(10 + index % 40);
            } else if (next.getHour() >= 18) {
                next = next.plusDays(1).withHour(9).withMinute(10 + index % 40);
            }
            Instant candidate = next.toInstant();
            // Never in the future: the last steps of recent letters squeeze into the time left.
            Instant latest = now.minusSeconds(60);
            at = candidate.isAfter(latest) ? at.plus(Duration.between(at, latest).dividedBy(2)) : candidate;
            cases.clock().set(at);
        }

        private String phone() {
            return "13" + (5 + index % 5) + String.format("%08d", (index * 7_368_787L + 12_345_678L) % 100_000_000L);
        }

        private String unitShortName() {
            return switch (letter.unit()) {
                case DemoLetters.HOUSING -> "县住建局";
                case DemoLetters.EDUCATION -> "县教育局";
                case DemoLetters.TOURISM -> "县文旅局";
                case DemoLetters.FINANCE -> "县财政局";
                case DemoLetters.DEVELOPMENT -> "县发改局";
                case DemoLetters.SHUANGSHIPU -> "双石铺镇";
                default -> "县政务服务中心";
            };
        }

        private static String ratingRemark(Rating rating) {
            return switch (rating) {
                case SATISFIED -> "答复及时，问题解决了，谢谢！";
                case BASICALLY_SATISFIED -> "基本解决，希望后续继续跟进。";
                case UNSATISFIED -> "答复比较笼统，问题还没有实际解决。";
            };
        }
    }
}
