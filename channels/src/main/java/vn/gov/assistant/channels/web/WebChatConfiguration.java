package vn.gov.assistant.channels.web;

import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.standard.ServletServerContainerFactoryBean;
import vn.gov.assistant.core.analytics.AnalyticsRecorder;
import vn.gov.assistant.core.handoff.Reception;
import vn.gov.assistant.core.handoff.SharedState;
import vn.gov.assistant.core.monitoring.ServiceMonitor;
import vn.gov.assistant.core.privacy.PersonalDataDesk;

/**
 * The web chat at {@code /ws/chat} (always on), and the echo yardstick at {@code /ws/echo} when
 * {@code assistant.web.echo=true}. Browsers may connect from the origins configured in
 * {@code assistant.web.allowed-origins} (patterns; by default the service's own host on any port
 * of localhost).
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSocket
public class WebChatConfiguration implements WebSocketConfigurer, org.springframework.beans.factory.DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WebChatConfiguration.class);

    private final WebChatHandler chat;
    private final String[] origins;
    private final boolean echo;

    public WebChatConfiguration(
            Reception reception,
            SharedState state,
            AnalyticsRecorder analytics,
            @Value("${assistant.web.allowed-origins:http://localhost:[*],http://127.0.0.1:[*]}") String[] origins,
            @Value("${assistant.web.rate-per-second:2}") double perSecond,
            @Value("${assistant.web.burst:10}") int burst,
            @Value("${assistant.web.echo:false}") boolean echo,
            @Value("${assistant.conversation.ttl:PT30M}") Duration ttl,
            ObjectProvider<ServiceMonitor> monitor,
            ObjectProvider<PersonalDataDesk> privacy) {
        this.chat = new WebChatHandler(
                reception,
                state.mailbox(),
                new WebChatHistory(100_000, 100, ttl, Clock.systemUTC()),
                analytics,
                state.rateLimits(),
                perSecond,
                burst,
                monitor.getIfAvailable(() -> ServiceMonitor.NONE));
        // a citizen's data erased (by them or by staff): the history kept here for a reload goes too
        privacy.ifAvailable(desk -> desk.onErase(chat::forget));
        this.origins = origins;
        this.echo = echo;
    }

    @Override
    public void destroy() {
        chat.close();
    }

    @Override
    public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
        registry.addHandler(chat, "/ws/chat").setAllowedOriginPatterns(origins);
        if (echo) {
            registry.addHandler(new EchoHandler(), "/ws/echo").setAllowedOriginPatterns(origins);
            log.info("Echo WebSocket endpoint on /ws/echo (load-test yardstick)");
        }
        log.info("Web chat on /ws/chat, origins {}", String.join(", ", origins));
    }

    /** Frames larger than this close the connection (1009); smaller ones over the limit get an error. */
    @Bean
    ServletServerContainerFactoryBean webSocketContainer() {
        ServletServerContainerFactoryBean container = new ServletServerContainerFactoryBean();
        container.setMaxTextMessageBufferSize(64 * 1024);
        container.setMaxSessionIdleTimeout(30L * 60 * 1000);
        return container;
    }
}
