package io.zhengtong.mailbox.notification;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.jsmpp.PDUException;
import org.jsmpp.InvalidResponseException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.OptionalParameter;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.SMPPSession;
import org.springframework.stereotype.Component;

/**
 * SMS through an SMPP 3.4 SMS centre (jsmpp), bound as a transmitter for each message: a county
 * sends a few hundred a day, and a session per message has no state to lose when the centre
 * restarts. Chinese needs UCS-2: up to 70 characters fit one message; a longer text goes in the
 * {@code message_payload} parameter, which the centre splits.
 */
@Component
class SmsChannel implements NotificationChannel {

    /** SMPP command status for an invalid destination address (ESME_RINVDSTADR). */
    private static final int INVALID_DESTINATION = 0x0B;
    private static final int SHORT_MESSAGE_OCTETS = 140;

    private final NotificationProperties.Sms sms;

    SmsChannel(NotificationProperties properties) {
        this.sms = properties.sms();
    }

    @Override
    public Channel channel() {
        return Channel.SMS;
    }

    @Override
    public boolean configured() {
        return sms.configured();
    }

    @Override
    public void send(Notice notice) throws Unavailable, Refused {
        byte[] text = notice.text().getBytes(StandardCharsets.UTF_16BE);
        boolean single = text.length <= SHORT_MESSAGE_OCTETS;
        SMPPSession session = new SMPPSession();
        long timeout = sms.timeout().toMillis();
        session.setTransactionTimer(timeout);
        try {
            session.connectAndBind(sms.host(), sms.port(), new BindParameter(BindType.BIND_TX, sms.systemId(), sms.password(),
                    sms.systemType(), TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), timeout);
            session.submitShortMessage("", TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, sms.sourceAddress(),
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.ISDN, notice.address(), new ESMClass(), (byte) 0, (byte) 1,
                    null, null, new RegisteredDelivery(SMSCDeliveryReceipt.DEFAULT), (byte) 0,
                    new GeneralDataCoding(Alphabet.ALPHA_UCS2), (byte) 0, single ? text : new byte[0],
                    single ? new OptionalParameter[0]
                            : new OptionalParameter[] { new OptionalParameter.OctetString(
                                    OptionalParameter.Tag.MESSAGE_PAYLOAD.code(), text) });
        }
        catch (NegativeResponseException refused) {
            if (refused.getCommandStatus() == INVALID_DESTINATION) {
                throw new Refused("the SMS centre refused " + notice.maskedAddress(), refused);
            }
            throw new Unavailable("the SMS centre answered status " + refused.getCommandStatus(), refused);
        }
        catch (PDUException malformed) {
            throw new Refused("the SMS cannot be addressed to " + notice.maskedAddress(), malformed);
        }
        catch (IOException | ResponseTimeoutException | InvalidResponseException | IllegalStateException down) {
            throw new Unavailable("the SMS centre is unavailable: " + down.getMessage(), down);
        }
        finally {
            session.unbindAndClose();
        }
    }
}
