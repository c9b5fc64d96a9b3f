package io.zhengtong.platform;

import org.springframework.boot.SpringBootConfiguration;

/** The configuration slice tests of this module start from; they import what they exercise. */
@SpringBootConfiguration
public class SliceTestConfiguration {
}
