package vn.gov.assistant.channels.zalo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/**
 * The Zalo channel exists only when the OA is configured: app id and secret, OA secret key and
 * the first token pair. Without them nothing of it is created, no URL is served, and nothing tries
 * to reach Zalo.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@ConditionalOnProperty(
        prefix = "assistant.zalo",
        name = {"app-id", "app-secret", "oa-secret-key", "access-token", "refresh-token"})
@interface ConditionalOnZalo {}
