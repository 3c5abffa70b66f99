package vn.gov.assistant.app.console;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * The whole application on a random port with a first administrator configured and staff at work
 * at any hour; the console's integration tests share this one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "assistant.admin.username=" + ConsoleAppTest.ADMIN,
            "assistant.admin.password=" + ConsoleAppTest.ADMIN_PASSWORD,
            "assistant.handoff.office-hours=always"
        })
@AutoConfigureMockMvc
@interface ConsoleAppTest {

    String ADMIN = "quantri";

    String ADMIN_PASSWORD = "App-IT-Admin-Password-1";
}
