package io.zhengtong.portal.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.client.RestClient;

import io.zhengtong.platform.test.IntegrationTest;
import io.zhengtong.platform.test.KeycloakTokens;

/**
 * The portal owns the working-day calendar's administration: staff read the loaded years, only a
 * platform administrator may load one, and a faulty file is refused naming its line. Nothing is
 * changed here (a change would reach every service's test calendar on the shared test topic);
 * mailbox-service's CalendarChangeIT loads a changed year on topics of its own.
 */
@IntegrationTest
class CalendarAdministrationIT {

    static final String ADMIN = "ma.jun"; // platform-admin
    static final String EDITOR = "zhang.wei"; // editor, gov-office

    @LocalServerPort
    int port;

    RestClient http() {
        return RestClient.builder().baseUrl("http://127.0.0.1:" + port)
            .defaultStatusHandler(status -> true, (request, response) -> { }).build();
    }

    @Test
    void staffSeeTheLoadedYearsWithTheSeedScheduleAsTheFirstVersion() {
        ResponseEntity<Map> years = http().get().uri("/api/calendar/years")
            .headers(h -> h.setBearerAuth(KeycloakTokens.accessToken(EDITOR))).retrieve().toEntity(Map.class);
        assertThat(years.getStatusCode().value()).isEqualTo(200);
        assertThat((List<Map<String, Object>>) years.getBody().get("years")).extracting(y -> y.get("year"))
            .contains(2024, 2025, 2026);
        assertThat((String) years.getBody().get("fingerprint")).hasSize(16);

        ResponseEntity<String> year = http().get().uri("/api/calendar/years/2026")
            .headers(h -> h.setBearerAuth(KeycloakTokens.accessToken(EDITOR))).retrieve().toEntity(String.class);
        assertThat(year.getBody()).startsWith("date,kind,holiday\n").contains("2026-10-01,OFF,国庆节");
        assertThat(http().get().uri("/api/calendar/years").retrieve().toEntity(Map.class).getStatusCode().value())
            .isEqualTo(401);
    }

    @Test
    void onlyAPlatformAdministratorLoadsAYearAndAFaultyFileIsRefusedNamingTheLine() {
        String file = "date,kind,holiday\n2027-01-01,OFF,元旦\n2027-01-03,OFF,元旦\n";
        ResponseEntity<Map> editor = put(EDITOR, file);
        assertThat(editor.getStatusCode().value()).isEqualTo(403);
        assertThat(editor.getBody()).containsEntry("type", "urn:zhengtong:problem:calendar-admin-only");

        ResponseEntity<Map> weekendOff = put(ADMIN, file);
        assertThat(weekendOff.getStatusCode().value()).isEqualTo(422);
        assertThat((String) weekendOff.getBody().get("detail")).startsWith("第 3 行");
        assertThat(put(ADMIN, "date,kind,holiday\n").getStatusCode().value()).isEqualTo(422);
        assertThat(http().get().uri("/api/calendar/years/2027")
            .headers(h -> h.setBearerAuth(KeycloakTokens.accessToken(ADMIN))).retrieve().toEntity(String.class)
            .getStatusCode().value()).as("nothing of a refused file is loaded").isEqualTo(404);
    }

    ResponseEntity<Map> put(String user, String csv) {
        return http().put().uri("/api/calendar/years/2027").headers(h -> h.setBearerAuth(KeycloakTokens.accessToken(user)))
            .contentType(MediaType.parseMediaType("text/csv;charset=UTF-8")).body(csv).retrieve().toEntity(Map.class);
    }
}
