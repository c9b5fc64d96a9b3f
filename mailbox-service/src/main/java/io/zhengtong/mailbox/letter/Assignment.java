package io.zhengtong.mailbox.letter;

import io.zhengtong.platform.problem.DomainRuleViolation;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which unit handles a letter (主办) and which help (协办). Only the lead unit acts on the letter;
 * assisting units are informed and may read it.
 */
public record Assignment(String leadUnit, List<String> assistingUnits) {

    public Assignment {
        if (leadUnit == null || leadUnit.isBlank()) {
            throw DomainRuleViolation.unprocessable("letter-lead-unit-required", "请选择主办单位", "交办时必须指定一个主办单位。");
        }
        assistingUnits = assistingUnits == null ? List.of() : List.copyOf(assistingUnits);
        Set<String> seen = new LinkedHashSet<>();
        for (String unit : assistingUnits) {
            if (unit.equals(leadUnit)) {
                throw DomainRuleViolation.unprocessable("letter-lead-unit-assisting", "协办单位有误",
                        "主办单位不能同时作为协办单位。");
            }
            if (!seen.add(unit)) {
                throw DomainRuleViolation.unprocessable("letter-assisting-unit-twice", "协办单位有误",
                        "协办单位重复：" + unit + "。");
            }
        }
    }

    public static Assignment to(String leadUnit, String... assistingUnits) {
        return new Assignment(leadUnit, List.of(assistingUnits));
    }
}
