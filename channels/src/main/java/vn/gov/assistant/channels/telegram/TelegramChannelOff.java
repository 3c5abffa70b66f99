package vn.gov.assistant.channels.telegram;

import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/** Says once at start-up that the Telegram channel is off, so that a missing token is no mystery. */
@Configuration(proxyBeanMethods = false)
@Conditional(TelegramToken.Missing.class)
class TelegramChannelOff {

    TelegramChannelOff() {
        LoggerFactory.getLogger(TelegramChannelOff.class)
                .info("Telegram channel off: assistant.telegram.token is not set");
    }
}
