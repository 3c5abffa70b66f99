package vn.gov.assistant.app.handoff;

import java.util.ArrayList;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import vn.gov.assistant.app.AssistantApplication;
import vn.gov.assistant.redis.TestRedis;

/** Whole service instances in this JVM, on random ports, sharing one Redis under one key prefix. */
public final class Instances implements AutoCloseable {

    public final String prefix = TestRedis.newPrefix();
    private final String url;
    private final List<ConfigurableApplicationContext> started = new ArrayList<>();

    /** Instances on the tests' Redis. */
    public Instances() {
        this(TestRedis.url());
    }

    /** Instances on this Redis. */
    Instances(String url) {
        this.url = url;
    }

    public ConfigurableApplicationContext start(String name, String... extra) {
        List<String> args = new ArrayList<>(List.of(
                "--server.port=0",
                "--assistant.redis.url=" + url,
                "--assistant.redis.prefix=" + prefix,
                "--assistant.instance-id=" + name,
                "--assistant.handoff.office-hours=always",
                "--assistant.handoff.reclaim-after=PT2S",
                "--assistant.handoff.housekeeping=PT1S"));
        args.addAll(List.of(extra));
        ConfigurableApplicationContext context =
                new SpringApplicationBuilder(AssistantApplication.class).run(args.toArray(String[]::new));
        started.add(context);
        return context;
    }

    public static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    @Override
    public void close() {
        for (ConfigurableApplicationContext c : started) {
            c.close();
        }
        if (url.equals(TestRedis.url())) {
            TestRedis.deleteKeys(prefix);
        }
    }
}
