package io.zhengtong.exchange.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import io.zhengtong.exchange.signature.Revocation.Reason;
import io.zhengtong.platform.problem.DomainRuleViolation;

class RevocationReasonTest {

    @Test
    void theAdministratorNamesTheReasonByItsCodeOrInChinese() {
        assertThat(ManagingUnitCertificates.reason("KEY_COMPROMISE")).isEqualTo(Reason.KEY_COMPROMISE);
        assertThat(ManagingUnitCertificates.reason(" superseded ")).isEqualTo(Reason.SUPERSEDED);
        assertThat(ManagingUnitCertificates.reason("单位撤销")).isEqualTo(Reason.CESSATION_OF_OPERATION);
    }

    @Test
    void aMissingOrUnknownReasonIsRefusedWithTheChoices() {
        assertThatThrownBy(() -> ManagingUnitCertificates.reason(" ")).isInstanceOf(DomainRuleViolation.class)
            .hasMessageContaining("KEY_COMPROMISE（密钥泄露）");
        assertThatThrownBy(() -> ManagingUnitCertificates.reason("丢了")).isInstanceOf(DomainRuleViolation.class)
            .hasMessageContaining("不能是“丢了”");
    }
}
