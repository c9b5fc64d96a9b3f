package io.zhengtong.platform.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;

import org.junit.jupiter.api.Test;

class BindingFailuresTest {

    @Test
    void aValueThatCannotBeConvertedIsExplainedInChineseByWhatWasExpected() {
        assertThat(BindingFailures.forType(Integer.class)).isEqualTo("应为整数");
        assertThat(BindingFailures.forType(long.class)).isEqualTo("应为整数");
        assertThat(BindingFailures.forType(Double.class)).isEqualTo("应为数字");
        assertThat(BindingFailures.forType(LocalDate.class)).isEqualTo("日期格式应为 yyyy-MM-dd，例如 2026-11-22");
        assertThat(BindingFailures.forType(Instant.class)).startsWith("时间格式应为");
        assertThat(BindingFailures.forType(Month.class)).startsWith("取值无效，可选：JANUARY、FEBRUARY");
        assertThat(BindingFailures.forType(null)).isEqualTo("格式有误");
    }
}
