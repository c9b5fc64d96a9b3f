package io.zhengtong.exchange.certificate;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import io.zhengtong.exchange.keys.StoredRevocations;
import io.zhengtong.exchange.keys.UnitKeyStore;
import io.zhengtong.exchange.signature.Revocation;
import io.zhengtong.exchange.signature.UnitCredentials;
import io.zhengtong.exchange.workflow.Remarks;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.problem.DomainRuleViolation;
import io.zhengtong.platform.security.CurrentUser;

/**
 * The platform administrator's certificate work. 吊销 puts the unit's current certificate on the
 * stored revocation list: with 密钥泄露 every document it signed shows INVALID and can no longer
 * be signed for; with the other reasons only signatures from then on. The unit cannot dispatch
 * until 更换 gives it a new key; 更换 of a certificate still in force revokes it as 证书已更换, so
 * what it signed before stays valid.
 */
@Service
public class ManagingUnitCertificates {

    public static final String PLATFORM_ADMIN = "platform-admin";

    private final UnitKeyStore keys;
    private final StoredRevocations revocations;
    private final OrganisationDirectory directory;
    private final Clock clock;

    public ManagingUnitCertificates(UnitKeyStore keys, StoredRevocations revocations, OrganisationDirectory directory,
            Clock clock) {
        this.keys = keys;
        this.revocations = revocations;
        this.directory = directory;
        this.clock = clock;
    }

    @Transactional
    public CertificateView view(CurrentUser admin, String unitCode) {
        requireAdmin(admin);
        return view(credentials(unitCode));
    }

    @Transactional
    public CertificateView revoke(CurrentUser admin, String unitCode, String reason, String remark) {
        requireAdmin(admin);
        Revocation.Reason why = reason(reason);
        String note = Remarks.optional(remark, "remark", "吊销说明");
        UnitCredentials current = credentials(unitCode);
        if (!revocations.revoke(current.certificate(), clock.instant(), why, note, admin.username())) {
            throw DomainRuleViolation.conflict("certificate-already-revoked", "证书已吊销",
                    "“" + current.unitName() + "”的当前证书已经吊销，请为其更换证书。");
        }
        return view(current);
    }

    @Transactional
    public CertificateView renew(CurrentUser admin, String unitCode) {
        requireAdmin(admin);
        UnitCredentials current = credentials(unitCode);
        Instant now = clock.instant();
        UnitCredentials renewed = keys.renew(current).orElseThrow(() -> DomainRuleViolation.conflict(
                "certificate-renewed-meanwhile", "证书已被更换", "该单位的证书刚被他人更换，请刷新后查看。"));
        // a certificate still in force is superseded: what it signed until now stays valid
        revocations.revoke(current.certificate(), now, Revocation.Reason.SUPERSEDED, "证书更换", admin.username());
        return view(renewed);
    }

    private CertificateView view(UnitCredentials credentials) {
        return CertificateView.of(credentials.certificate(), credentials.algorithm(),
                revocations.find(credentials.certificate().getSerialNumber()),
                revocations.ofUnit(credentials.unitCode()), clock.instant());
    }

    private UnitCredentials credentials(String unitCode) {
        if (unitCode == null || directory.unit(unitCode).isEmpty()) {
            throw DomainRuleViolation.notFound("unknown-unit", "组织机构中没有单位“" + unitCode + "”。");
        }
        return keys.credentialsOf(unitCode);
    }

    private static void requireAdmin(CurrentUser user) {
        if (user == null || !user.hasRole(PLATFORM_ADMIN)) {
            throw new DomainRuleViolation(HttpStatus.FORBIDDEN, "platform-admin-only", "无权管理证书",
                    "只有平台管理员才能查看、吊销或更换单位证书。");
        }
    }

    /** The reason by its name (KEY_COMPROMISE...) or as a clerk writes it (密钥泄露...). */
    static Revocation.Reason reason(String text) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            throw DomainRuleViolation.unprocessable("revocation-reason-required", "请选择吊销原因",
                    "吊销原因只能是 KEY_COMPROMISE（密钥泄露）、SUPERSEDED（证书已更换）或 CESSATION_OF_OPERATION（单位撤销）。");
        }
        return Arrays.stream(Revocation.Reason.values())
            .filter(r -> r.name().equalsIgnoreCase(value) || r.label().equals(value)).findFirst()
            .orElseThrow(() -> DomainRuleViolation.unprocessable("unknown-revocation-reason", "吊销原因不存在",
                    "吊销原因只能是 KEY_COMPROMISE（密钥泄露）、SUPERSEDED（证书已更换）或 CESSATION_OF_OPERATION（单位撤销），不能是“"
                            + value + "”。"));
    }
}
