package vn.gov.assistant.app;

import java.util.Optional;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import vn.gov.assistant.app.cli.Commands;

/** Starts the assistant's web service, or runs one of the {@link Commands} without it. */
@SpringBootApplication(scanBasePackages = "vn.gov.assistant")
public class AssistantApplication {

    public static void main(String[] args) {
        Optional<Integer> exit = Commands.run(args, System.out);
        if (exit.isPresent()) {
            System.out.flush();
            System.exit(exit.get());
        }
        SpringApplication.run(AssistantApplication.class, args);
    }
}
