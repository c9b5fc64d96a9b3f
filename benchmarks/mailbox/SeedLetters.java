import io.zhengtong.mailbox.store.PersonalDataCipher;
import io.zhengtong.mailbox.tracking.QueryPassword;
import io.zhengtong.mailbox.tracking.QueryPasswordHasher;
import io.zhengtong.mailbox.tracking.TrackingCode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Writes N realistic letters (and their history) as two tab-separated files for MariaDB's
 * LOAD DATA LOCAL INFILE: letters.tsv (table letter) and history.tsv (table letter_history).
 *
 * <p>Runs on mailbox-service's class path, so the phone, e-mail and ID numbers are encrypted by
 * the service's own {@link PersonalDataCipher} (every value separately, fresh IV, with the key of
 * ZT_MAILBOX_DATA_KEY), tracking codes come from {@link TrackingCode#generate} (valid check
 * character) and the query password hashes from {@link QueryPasswordHasher} (HMAC-SHA-256 under
 * ZT_MAILBOX_QUERY_KEY, the service's key; every seeded letter has the password {@link #PASSWORD}).
 *
 * <p>Letters are spread over the last 730 days and the four mailboxes of V2__letters.sql. Letters
 * older than {@link #OPEN_DAYS} days are finished (closed and rated, answered, rejected or merged);
 * newer ones are spread over every open state, like a county with a week's backlog. Ids and
 * tracking codes are random but handed out in ascending order, so InnoDB appends to the primary
 * key and the unique tracking-code index instead of splitting pages (the load is several times
 * faster; nothing in the data depends on that order).
 *
 * <p>Usage: java SeedLetters.java COUNT OUTPUT_DIR [SEED] (ZT_MAILBOX_DATA_KEY and ZT_MAILBOX_QUERY_KEY in
 * the environment).
 */
public class SeedLetters {

    /** The query password of every seeded letter (the tracking codes are in letters.tsv). */
    static final String PASSWORD = "BENCHKQ234";
    static final String SUBMITTED_BY = "bench-seed";
    static final int OPEN_DAYS = 7;
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    static final DateTimeFormatter SQL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    static final String[] MAILBOXES = { "party-secretary", "county-head", "petition", "education" };
    static final int[] MAILBOX_WEIGHTS = { 15, 30, 40, 15 };
    static final String[] TYPES = { "CONSULTATION", "COMPLAINT", "SUGGESTION", "REPORT", "OTHER" };
    static final int[] TYPE_WEIGHTS = { 35, 30, 20, 10, 5 };
    static final String[] UNITS = { "housing", "education", "culture-tourism", "gov-office", "petition",
            "natural-resources", "health", "agriculture", "transport", "civil-affairs" };
    static final String[][] LEADERS = { { "liu.yang", "刘洋" }, { "zhang.wei", "张伟" }, { "li.qiang", "李强" } };
    static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴", "徐", "孙", "马", "胡", "朱", "郭" };
    static final String[] GIVEN = { "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀英", "建国", "志强" };
    static final String[] PLACES = { "凤州镇", "双石铺镇", "黄牛铺镇", "红花铺镇", "河口镇", "唐藏镇", "平木镇", "坪坎镇", "留凤关镇" };
    static final String[][] TOPICS = {
        { "小区排水不畅", "老旧小区改造后排水管道堵塞，雨天积水严重，居民出行困难，希望有关部门尽快疏通。" },
        { "路灯长期不亮", "村口至镇中学的路段路灯已坏了两个多月，学生晚自习放学回家很不安全，请尽快维修。" },
        { "咨询子女入学政策", "我家孩子明年上小学，户口在外地，父母在县城务工并有社保，想咨询需要准备哪些材料。" },
        { "建议增设公交线路", "镇上到县医院没有直达公交，老人看病要换乘两次，建议增开一条直达线路或加密班次。" },
        { "噪音扰民", "附近工地夜间十一点后仍在施工，噪音很大，严重影响周边居民休息，请相关部门查处。" },
        { "农村饮水问题", "村里自来水近期经常停水且水质浑浊，夏季用水高峰尤其明显，希望检查管网和水源。" },
        { "养老保险缴费咨询", "本人灵活就业，想咨询城乡居民养老保险的缴费档次和补贴标准，以及如何线上缴费。" },
        { "举报违规占道经营", "菜市场门口长期有摊贩占道经营，早高峰车辆和行人拥堵，存在安全隐患，请予以整治。" },
        { "景区服务建议", "景区停车场收费标准不清楚，节假日排队时间长，建议公示收费标准并增加临时车位。" },
        { "拖欠农民工工资", "我们在某工地务工三个月，工程结束后包工头一直拖欠工资，多次讨要未果，请求帮助。" },
    };
    static final String[] REPLIES = {
        "您好，经现场核实，已安排施工队于本周完成维修，感谢您的监督。",
        "您好，您反映的问题已转相关部门办理，现已整改到位，欢迎继续监督。",
        "您好，根据现行政策，需提供户口簿、居住证明和社保缴费记录，详情可咨询县教育局招生办。",
        "您好，经调查，反映情况属实，已责令相关单位限期整改，并将持续跟踪。",
    };

    public static void main(String[] args) throws IOException {
        int count = Integer.parseInt(args[0]);
        Path out = Path.of(args[1]);
        Files.createDirectories(out);
        String key = System.getenv("ZT_MAILBOX_DATA_KEY");
        PersonalDataCipher cipher = new PersonalDataCipher(key);
        QueryPasswordHasher hasher = QueryPasswordHasher.withBase64Key(System.getenv("ZT_MAILBOX_QUERY_KEY"));
        QueryPassword password = new QueryPassword(PASSWORD);
        // A second seeding (FORCE=1) passes another seed, so it adds different ids and codes.
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 20261122L;
        SplittableRandom random = new SplittableRandom(seed);
        java.util.Random codeRandom = new java.util.Random(seed);

        long started = System.nanoTime();
        String[] ids = new String[count];
        for (int i = 0; i < count; i++) {
            ids[i] = new UUID(random.nextLong(), random.nextLong()).toString();
        }
        Arrays.sort(ids);
        Set<String> seen = new HashSet<>(count * 2);
        List<String> codes = new ArrayList<>(count);
        while (codes.size() < count) {
            String code = TrackingCode.generate(codeRandom).compact();
            if (seen.add(code)) {
                codes.add(code);
            }
        }
        seen = null;
        codes.sort(null);

        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        long twoYears = 730L * 86_400;
        int[] perStatus = new int[16];
        List<String> statusNames = new ArrayList<>();
        try (BufferedWriter letters = Files.newBufferedWriter(out.resolve("letters.tsv"), StandardCharsets.UTF_8);
                BufferedWriter history = Files.newBufferedWriter(out.resolve("history.tsv"), StandardCharsets.UTF_8)) {
            for (int i = 0; i < count; i++) {
                // Slightly more letters recently (a growing mailbox): age skewed towards the present.
                double u = random.nextDouble();
                long ageSeconds = (long) (twoYears * Math.pow(u, 1.3));
                Instant submitted = now.minusSeconds(ageSeconds).minusMillis(random.nextInt(1000));
                String mailbox = pick(MAILBOXES, MAILBOX_WEIGHTS, random);
                String type = pick(TYPES, TYPE_WEIGHTS, random);
                String[] topic = TOPICS[random.nextInt(TOPICS.length)];
                String place = PLACES[random.nextInt(PLACES.length)];
                String subject = place + topic[0];
                String body = place + "居民反映：" + topic[1] + (random.nextBoolean() ? "此前已向村（社区）反映过，至今未解决。" : "")
                        + "联系时间：工作日" + (9 + random.nextInt(8)) + "点前后。";
                boolean anonymous = random.nextInt(10) == 0;
                String name = anonymous ? null : SURNAMES[random.nextInt(SURNAMES.length)] + GIVEN[random.nextInt(GIVEN.length)];
                String phone = anonymous ? null : "1" + (3 + random.nextInt(7)) + String.format("%09d", random.nextInt(1_000_000_000));
                String email = anonymous || random.nextInt(3) != 0 ? null : "writer" + i + "@example.com";
                String idNumber = anonymous || random.nextInt(5) != 0 ? null : idNumber(random, submitted);
                boolean consent = random.nextInt(3) == 0;

                String status = status(ageSeconds, random);
                statusNames.add(status);
                Letter l = new Letter(ids[i], codes.get(i), mailbox, type, status, subject, body, name, phone, email,
                        idNumber, consent, submitted);
                l.fill(random, now, i == 0 ? null : ids[i - 1]);
                letters.write(l.row(hasher.hash(TrackingCode.parse(l.code), password), cipher));
                for (String line : l.history) {
                    history.write(line);
                }
                if ((i + 1) % 100_000 == 0) {
                    System.out.printf("  %,d letters written (%d s)%n", i + 1, (System.nanoTime() - started) / 1_000_000_000);
                }
            }
        }
        java.util.Map<String, Long> byStatus = new java.util.TreeMap<>();
        statusNames.forEach(s -> byStatus.merge(s, 1L, Long::sum));
        System.out.println("statuses: " + byStatus);
        System.out.printf("wrote %,d letters to %s in %d s; query password of every seeded letter: %s%n", count, out,
                (System.nanoTime() - started) / 1_000_000_000, PASSWORD);
    }

    /** Finished when older than a week; otherwise any state of the handling. */
    static String status(long ageSeconds, SplittableRandom random) {
        int r = random.nextInt(100);
        if (ageSeconds > OPEN_DAYS * 86_400L) {
            return r < 78 ? "CLOSED" : r < 88 ? "ANSWERED" : r < 95 ? "REJECTED_INVALID" : "MERGED";
        }
        String[] open = { "SUBMITTED", "ACCEPTED", "FORWARDED_TO_LEADER", "ASSIGNED", "IN_PROGRESS", "RETURNED",
                "REPLY_IN_REVIEW", "ANSWERED", "CLOSED" };
        return open[r % open.length];
    }

    static String pick(String[] values, int[] weights, SplittableRandom random) {
        int r = random.nextInt(Arrays.stream(weights).sum());
        for (int i = 0; i < values.length; i++) {
            r -= weights[i];
            if (r < 0) {
                return values[i];
            }
        }
        return values[values.length - 1];
    }

    static String idNumber(SplittableRandom random, Instant now) {
        int year = 1950 + random.nextInt(55);
        String base = "610330" + year + String.format("%02d%02d", 1 + random.nextInt(12), 1 + random.nextInt(28))
                + String.format("%03d", random.nextInt(1000));
        int[] w = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (base.charAt(i) - '0') * w[i];
        }
        return base + "10X98765432".charAt(sum % 11);
    }

    static String time(Instant at) {
        return at == null ? "\\N" : LocalDateTime.ofInstant(at, ZoneOffset.UTC).format(SQL_TIME);
    }

    static String val(Object value) {
        if (value == null) {
            return "\\N";
        }
        return value.toString().replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n");
    }

    /** One letter's columns, filled according to how far its handling got. */
    static final class Letter {
        final String id, code, mailbox, submittedType, status, subject, body, name, phone, email, idNumber;
        final boolean consent;
        final Instant submitted;
        String type, rejectionReason, mergedInto, leader, leaderName, instruction, leadUnit, assisting, replyText,
                replyBy, rating;
        LocalDate periodStart, dueDate;
        int workingDays;
        Instant answeredAt, closedAt;
        final List<String> history = new ArrayList<>();

        Letter(String id, String code, String mailbox, String type, String status, String subject, String body,
                String name, String phone, String email, String idNumber, boolean consent, Instant submitted) {
            this.id = id;
            this.code = code;
            this.mailbox = mailbox;
            this.submittedType = type;
            this.type = type;
            this.status = status;
            this.subject = subject;
            this.body = body;
            this.name = name;
            this.phone = phone;
            this.email = email;
            this.idNumber = idNumber;
            this.consent = consent;
            this.submitted = submitted;
        }

        void fill(SplittableRandom random, Instant now, String previousId) {
            Instant at = submitted;
            step(at, null, name, "CITIZEN", null, "SUBMIT", "SUBMITTED", null);
            if (!status.equals("REJECTED_INVALID") && !status.equals("MERGED")) {
                // Due from the day of receipt, fixed at submission (about N working days as calendar days);
                // a refused or merged letter has no deadline.
                workingDays = type.equals("CONSULTATION") ? 3 : 7;
                periodStart = LocalDate.ofInstant(submitted, CHINA);
                dueDate = periodStart.plusDays(workingDays * 7L / 5 + 1);
            }
            if (status.equals("SUBMITTED")) {
                return;
            }
            String dispatcher = "wang.fang";
            String dispatcherUnit = "petition";
            at = later(at, random, now, 6);
            if (status.equals("REJECTED_INVALID")) {
                rejectionReason = "来信内容不属于本信箱受理范围，请向有关部门反映。";
                closedAt = at;
                step(at, dispatcher, "王芳", "DISPATCHER", dispatcherUnit, "REJECT_INVALID", status, rejectionReason);
                return;
            }
            if (status.equals("MERGED")) {
                mergedInto = previousId;
                closedAt = at;
                step(at, dispatcher, "王芳", "DISPATCHER", dispatcherUnit, "MERGE", status, "重复来信");
                return;
            }
            step(at, dispatcher, "王芳", "DISPATCHER", dispatcherUnit, "ACCEPT", "ACCEPTED", null);
            if (status.equals("ACCEPTED")) {
                return;
            }
            leadUnit = UNITS[random.nextInt(UNITS.length)];
            boolean viaLeader = random.nextInt(3) != 0 || status.equals("FORWARDED_TO_LEADER");
            if (viaLeader) {
                String[] who = LEADERS[random.nextInt(LEADERS.length)];
                leader = who[0];
                leaderName = who[1];
                at = later(at, random, now, 4);
                step(at, dispatcher, "王芳", "DISPATCHER", dispatcherUnit, "FORWARD_TO_LEADER", "FORWARDED_TO_LEADER", "请领导批示");
                if (status.equals("FORWARDED_TO_LEADER")) {
                    leadUnit = null;
                    return;
                }
                instruction = "请" + leadUnit + "牵头办理，按期答复群众。";
                at = later(at, random, now, 8);
                step(at, leader, leaderName, "LEADER", "gov-office", "INSTRUCT", "ASSIGNED", instruction);
            }
            else {
                at = later(at, random, now, 4);
                step(at, dispatcher, "王芳", "DISPATCHER", dispatcherUnit, "ASSIGN", "ASSIGNED", null);
            }
            if (random.nextInt(5) == 0) {
                assisting = UNITS[random.nextInt(UNITS.length)].equals(leadUnit) ? null : UNITS[random.nextInt(UNITS.length)];
                if (leadUnit.equals(assisting)) {
                    assisting = null;
                }
            }
            if (status.equals("ASSIGNED")) {
                return;
            }
            String clerk = "clerk." + leadUnit;
            at = later(at, random, now, 8);
            if (status.equals("RETURNED")) {
                step(at, clerk, "承办人", "STAFF", leadUnit, "RETURN", "RETURNED", "不属于本单位职责");
                return;
            }
            step(at, clerk, "承办人", "STAFF", leadUnit, "SIGN_FOR", "IN_PROGRESS", null);
            if (status.equals("IN_PROGRESS")) {
                return;
            }
            replyText = REPLIES[random.nextInt(REPLIES.length)];
            replyBy = clerk;
            at = later(at, random, now, 48);
            step(at, clerk, "承办人", "STAFF", leadUnit, "SUBMIT_REPLY", "REPLY_IN_REVIEW", replyText);
            if (status.equals("REPLY_IN_REVIEW")) {
                return;
            }
            at = later(at, random, now, 8);
            answeredAt = at;
            step(at, dispatcher, "王芳", "DISPATCHER", dispatcherUnit, "APPROVE_REPLY", "ANSWERED", "同意答复");
            if (status.equals("ANSWERED")) {
                return;
            }
            int r = random.nextInt(100);
            rating = r < 70 ? "SATISFIED" : r < 90 ? "BASICALLY_SATISFIED" : "UNSATISFIED";
            at = later(at, random, now, 72);
            closedAt = at;
            step(at, null, name, "CITIZEN", null, "RATE", "CLOSED", null);
        }

        /** A moment up to {@code hours} after {@code at}, never in the future. */
        static Instant later(Instant at, SplittableRandom random, Instant now, int hours) {
            Instant next = at.plusSeconds(60 + random.nextInt(hours * 3600));
            return next.isAfter(now) ? at.plusMillis(1 + random.nextInt(1000)) : next;
        }

        void step(Instant at, String username, String name, String role, String unit, String action, String after,
                String remark) {
            history.add(String.join("\t", id, String.valueOf(history.size()), time(at), val(username), val(name),
                    val(role), val(unit), action, after, val(remark)) + "\n");
        }

        String row(String hash, PersonalDataCipher cipher) {
            // Column order of LOAD DATA in seed-letters.sh.
            return String.join("\t", id, String.valueOf(history.size() - 1), code, hash, mailbox, submittedType, type,
                    status, val(subject), val(body), val(name), val(cipher.encrypt(phone)), val(cipher.encrypt(email)),
                    val(cipher.encrypt(idNumber)), consent ? "1" : "0", time(submitted), SUBMITTED_BY,
                    val(rejectionReason), val(mergedInto), val(leader), val(leaderName), val(instruction), val(leadUnit),
                    val(assisting), periodStart == null ? "\\N" : periodStart.toString(), String.valueOf(workingDays), "0",
                    dueDate == null ? "\\N" : dueDate.toString(), val(replyText), val(replyBy), time(answeredAt),
                    val(rating), "0", time(closedAt)) + "\n";
        }
    }
}
