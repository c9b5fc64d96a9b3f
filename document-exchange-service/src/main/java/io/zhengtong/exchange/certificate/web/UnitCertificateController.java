package io.zhengtong.exchange.certificate.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.exchange.certificate.CertificateView;
import io.zhengtong.exchange.certificate.ManagingUnitCertificates;
import io.zhengtong.platform.security.CurrentUser;

/** Unit certificates for the platform administrator (platform-admin): view, 吊销, 更换. */
@RestController
@RequestMapping("/api/exchange/admin/units/{unit}/certificate")
class UnitCertificateController {

    /** {@code reason}: KEY_COMPROMISE, SUPERSEDED or CESSATION_OF_OPERATION (or 密钥泄露…); {@code remark} optional. */
    record RevokeRequest(String reason, String remark) {
    }

    private final ManagingUnitCertificates certificates;

    UnitCertificateController(ManagingUnitCertificates certificates) {
        this.certificates = certificates;
    }

    @GetMapping
    CertificateView view(CurrentUser user, @PathVariable String unit) {
        return certificates.view(user, unit);
    }

    @PostMapping("/revoke")
    CertificateView revoke(CurrentUser user, @PathVariable String unit, @RequestBody(required = false) RevokeRequest request) {
        return certificates.revoke(user, unit, request == null ? null : request.reason(),
                request == null ? null : request.remark());
    }

    @PostMapping("/renew")
    CertificateView renew(CurrentUser user, @PathVariable String unit) {
        return certificates.renew(user, unit);
    }
}
