package io.zhengtong.platform.me;

import java.util.List;
import java.util.Optional;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.zhengtong.platform.directory.OrganisationDirectory;
import io.zhengtong.platform.directory.Unit;
import io.zhengtong.platform.security.CurrentUser;

/**
 * {@code GET /api/<service>/me}: who the service believes the caller is. The OA client shows it,
 * and it proves that the gateway relayed the user's token to this service.
 */
@RestController
public class MeController {

    private final Optional<OrganisationDirectory> directory;

    public MeController(Optional<OrganisationDirectory> directory) {
        this.directory = directory;
    }

    /** The caller, with the names of their unit as the directory knows them. */
    public record Me(String username, String name, String unitCode, String unitName, String unitShortName,
            List<String> roles) {
    }

    @Operation(summary = "当前用户", description = "返回调用者的用户名、姓名、所在单位和角色")
    @GetMapping("/api/${zhengtong.service.name}/me")
    @PreAuthorize("hasRole('staff')")
    public Me me(CurrentUser user) {
        Optional<Unit> unit = Optional.ofNullable(user.unitCode()).flatMap(code -> directory.flatMap(d -> d.unit(code)));
        return new Me(user.username(), user.name(), user.unitCode(), unit.map(Unit::fullName).orElse(null),
                unit.map(Unit::shortName).orElse(null), user.roles().stream().sorted().toList());
    }
}
