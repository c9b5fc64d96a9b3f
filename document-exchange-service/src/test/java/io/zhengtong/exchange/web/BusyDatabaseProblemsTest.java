package io.zhengtong.exchange.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.sql.SQLTransientConnectionException;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.zhengtong.platform.problem.PlatformProblemHandler;

/**
 * Every database connection busy (the pool timed out): the clerk is told to try again shortly
 * (503 with Retry-After), not shown a system error (500).
 */
class BusyDatabaseProblemsTest {

    @RestController
    static class Busy {

        @GetMapping("/no-transaction")
        String noTransaction() {
            throw new CannotCreateTransactionException("Could not open JDBC Connection for transaction",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms"));
        }

        @GetMapping("/no-connection")
        String noConnection() {
            throw new CannotGetJdbcConnectionException("Failed to obtain JDBC Connection",
                    new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 30000ms"));
        }

        @GetMapping("/bug")
        String bug() {
            throw new IllegalStateException("a bug");
        }
    }

    final MockMvc mvc = MockMvcBuilders.standaloneSetup(new Busy())
        .setControllerAdvice(new PlatformProblemHandler(), new BusyDatabaseProblems())
        .build();

    @Test
    void aRequestThatFindsNoFreeConnectionForItsTransactionIsAskedToRetryLater() throws Exception {
        mvc.perform(get("/no-transaction"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "5"))
            .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
            .andExpect(jsonPath("$.title").value("系统繁忙"))
            .andExpect(jsonPath("$.type").value("urn:zhengtong:problem:service-busy"));
    }

    @Test
    void aReadThatFindsNoFreeConnectionIsAskedToRetryLater() throws Exception {
        mvc.perform(get("/no-connection"))
            .andExpect(status().isServiceUnavailable())
            .andExpect(header().string("Retry-After", "5"));
    }

    @Test
    void anyOtherUnexpectedErrorIsStillASystemError() throws Exception {
        mvc.perform(get("/bug")).andExpect(status().isInternalServerError());
    }
}
