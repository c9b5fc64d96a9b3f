package io.zhengtong.mailbox.notification;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.RandomMessageIDGenerator;

/**
 * A real SMPP server (jsmpp's) on a local port, as the tests' SMS centre: it accepts every bind
 * and keeps every submitted message, decoded, for the test to read.
 */
final class TestSmsCentre implements AutoCloseable {

    /** A text message as the centre received it. */
    record Sms(String to, String from, String text) {
    }

    private final SMPPServerSessionListener listener;
    private final ExecutorService sessions = Executors.newCachedThreadPool(r -> {
        Thread thread = new Thread(r, "test-smsc");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Sms> received = new CopyOnWriteArrayList<>();
    private final RandomMessageIDGenerator ids = new RandomMessageIDGenerator();
    private volatile boolean running = true;

    TestSmsCentre(int port) {
        try {
            listener = new SMPPServerSessionListener(port);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        listener.setMessageReceiverListener(new Receiver());
        sessions.execute(this::acceptSessions);
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Sms> received() {
        return List.copyOf(received);
    }

    List<Sms> to(String phone) {
        return received.stream().filter(sms -> sms.to().equals(phone)).toList();
    }

    private void acceptSessions() {
        while (running) {
            try {
                SMPPServerSession session = listener.accept();
                sessions.execute(() -> {
                    try {
                        session.waitForBind(5_000).accept("test-smsc");
                    }
                    catch (Exception e) {
                        session.close();
                    }
                });
            }
            catch (IOException closed) {
                return;
            }
        }
    }

    @Override
    public void close() {
        running = false;
        try {
            listener.close();
        }
        catch (IOException ignored) {
            // closing anyway
        }
        sessions.shutdownNow();
    }

    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submit, SMPPServerSession source) {
            byte[] text = submit.getShortMessage();
            if (text == null || text.length == 0) {
                OptionalParameter payload = submit.getOptionalParameter(OptionalParameter.Tag.MESSAGE_PAYLOAD);
                text = payload instanceof OptionalParameter.OctetString octets ? octets.getValue() : new byte[0];
            }
            boolean ucs2 = (submit.getDataCoding() & 0x0F) == Alphabet.ALPHA_UCS2.value();
            received.add(new Sms(submit.getDestAddress(), submit.getSourceAddr(),
                    new String(text, ucs2 ? StandardCharsets.UTF_16BE : StandardCharsets.ISO_8859_1)));
            return new SubmitSmResult(ids.newMessageId(), new OptionalParameter[0]);
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw new ProcessRequestException("not supported", 0x03);
        }
    }
}
