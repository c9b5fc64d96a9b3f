package io.zhengtong.mailbox.statistics;

import io.zhengtong.mailbox.demo.DemoMailboxSeeding;
import io.zhengtong.mailbox.statistics.StoredMonth.StoredUnit;
import io.zhengtong.platform.calendar.WorkingDayCalendar;
import io.zhengtong.platform.demo.DemoSeedMarkers;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Freezes settled months into snapshots, once each (README "Statistics": what a snapshot counts).
 * Safe with several instances: the month's primary key is claimed first, in the same transaction as
 * its rows. A month touched by no letter is not frozen (nothing to publish; it is looked at again).
 */
@Service
public class FreezingMonths {

    private static final Logger log = LoggerFactory.getLogger(FreezingMonths.class);

    private final CountedLetterRepository letters;
    private final MonthlySnapshots snapshots;
    private final FigureCounter counter;
    private final MonthSettlement settlement;
    private final OrganisationDirectory directory;
    private final TransactionTemplate transactions;
    private final TransactionTemplate reading;
    private final DemoSeedMarkers seedMarkers;
    private final Clock clock;

    FreezingMonths(CountedLetterRepository letters, MonthlySnapshots snapshots, WorkingDayCalendar calendar,
            MonthSettlement settlement, OrganisationDirectory directory, TransactionTemplate transactions,
            DemoSeedMarkers seedMarkers, Clock clock) {
        this.letters = letters;
        this.snapshots = snapshots;
        this.counter = new FigureCounter(calendar);
        this.settlement = settlement;
        this.directory = directory;
        this.transactions = transactions;
        this.reading = new TransactionTemplate(transactions.getTransactionManager());
        this.reading.setReadOnly(true);
        this.seedMarkers = seedMarkers;
        this.clock = clock;
    }

    /**
     * The month's snapshot: the stored one, or frozen now if the month is settled and has letters.
     * Empty for a month not settled, without letters, or while the demo letters are being written.
     */
    public Optional<StoredMonth> snapshotOf(YearMonth month) {
        Optional<StoredMonth> stored = snapshots.find(month);
        if (stored.isPresent()) {
            return stored;
        }
        Instant now = clock.instant();
        if (settlement.phaseAt(month, now) != MonthSettlement.Phase.SETTLED || demoSeedingInProgress()) {
            return Optional.empty();
        }
        boolean frozen;
        try {
            frozen = Boolean.TRUE.equals(transactions.execute(tx -> freeze(month, now, tx)));
        }
        catch (PessimisticLockingFailureException busy) {
            // Another instance is still counting the month (it holds the key): live figures meanwhile.
            log.debug("Statistics of {} are being frozen elsewhere: {}", month, busy.getMessage());
            frozen = false;
        }
        if (frozen) {
            log.info("Statistics of {} frozen into a snapshot", month);
        }
        return snapshots.find(month);
    }

    /** Inside the transaction: claims the month, counts it and stores its rows; false if it was claimed or is empty. */
    private boolean freeze(YearMonth month, Instant now, TransactionStatus tx) {
        Instant takenAt = now.truncatedTo(ChronoUnit.SECONDS); // the driver keeps whole seconds only
        if (!snapshots.claim(month, takenAt)) {
            return false;
        }
        FigureCounter.Counted counted = count(month, takenAt);
        if (counted.counts().isEmpty() && counted.all().equals(MonthCounts.NONE)) {
            tx.setRollbackOnly();
            return false;
        }
        snapshots.addUnits(month, rows(counted));
        return true;
    }

    /**
     * Freezes every settled month since the first letter that has no snapshot yet (the scheduled job,
     * and the first run after a deploy). Answers how many months have a snapshot now that had none.
     */
    public int freezeMissing() {
        Optional<Instant> first = letters.firstSubmission();
        if (first.isEmpty() || demoSeedingInProgress()) {
            return 0;
        }
        YearMonth last = settlement.lastSettled(clock.instant());
        int frozen = 0;
        for (YearMonth m = YearMonth.from(WorkingDayCalendar.dateOf(first.get())); !m.isAfter(last); m = m.plusMonths(1)) {
            if (snapshots.find(m).isEmpty() && snapshotOf(m).isPresent()) {
                frozen++;
            }
        }
        return frozen;
    }

    /** The month counted from the letters' state now ({@code at}): live figures, or a snapshot's. */
    FigureCounter.Counted count(YearMonth month, Instant at) {
        LocalDate first = month.atDay(1);
        LocalDate last = month.atEndOfMonth();
        LocalDate today = WorkingDayCalendar.dateOf(at);
        Instant from = first.atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        Instant to = MonthSettlement.endOf(month);
        // One transaction (joined when freezing): the three ranges see the letters in the same state.
        FigureCounter.Touching touching = reading.execute(tx -> {
            Map<String, String> owners = new HashMap<>();
            letters.mailboxOwners().forEach(m -> owners.put((String) m[0], (String) m[1]));
            return new FigureCounter.Touching(counted(letters.received(from, to), owners),
                    counted(letters.answered(from, to), owners), counted(letters.due(first, last, today), owners));
        });
        return counter.count(touching, first, last, today);
    }

    private static List<CountedLetter> counted(List<CountedRow> rows, Map<String, String> owners) {
        return rows.stream().map(r -> r.counted(owners)).toList();
    }

    private List<StoredUnit> rows(FigureCounter.Counted counted) {
        List<Unit> units = directory.units();
        List<StoredUnit> rows = new ArrayList<>();
        for (Map.Entry<String, MonthCounts> e : counted.counts().entrySet()) {
            Optional<Unit> unit = directory.unit(e.getKey());
            int position = unit.map(units::indexOf).filter(i -> i >= 0).orElse(Integer.MAX_VALUE);
            rows.add(new StoredUnit(e.getKey(), unit.map(Unit::fullName).orElse(e.getKey()), position, e.getValue()));
        }
        return rows;
    }

    /**
     * The demo county's letters are written back-dated, in one transaction holding the seed marker's
     * row: a month frozen meanwhile would miss them for good.
     */
    boolean demoSeedingInProgress() {
        return seedMarkers.inProgress(DemoMailboxSeeding.MARKER);
    }
}
