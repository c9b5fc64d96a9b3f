package io.zhengtong.exchange.units.web;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.security.CurrentUser;

/**
 * The units a document may be addressed to (主送/抄送), for the OA's recipient picker: read from
 * the one organisation directory, so the OA never keeps its own copy of the unit list.
 */
@RestController
class UnitsController {

    /** One addressable unit; {@code shortName} is its 发文机关代字. */
    record UnitView(String code, String name, String shortName, String type, String parentCode) {
    }

    private final OrganisationDirectory directory;

    UnitsController(OrganisationDirectory directory) {
        this.directory = directory;
    }

    /** Every unit in tree order; the county itself (no parent) is not an addressee. */
    @GetMapping("/api/exchange/units")
    List<UnitView> units(CurrentUser user) {
        return directory.units().stream()
            .filter(unit -> unit.parentCode() != null)
            .map(unit -> new UnitView(unit.code(), unit.fullName(), unit.shortName(), unit.type(), unit.parentCode()))
            .toList();
    }
}
