package dev.baton.bot.system;

import java.net.URI;

import dev.baton.integrations.state.InProcessSharedState;
import dev.baton.integrations.state.JedisSharedState;
import dev.baton.integrations.state.SharedState;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Chooses where the shared state lives: Redis when {@code baton.redis.url}
 * ({@code BATON_REDIS_URL}) is set, otherwise this process. Nothing else in Baton knows
 * which.
 */
@Configuration(proxyBeanMethods = false)
class SharedStateConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SharedStateConfiguration.class);

	@Configuration(proxyBeanMethods = false)
	@ConditionalOnProperty("baton.redis.url")
	static class Redis {

		@Bean(destroyMethod = "close")
		JedisSharedState sharedState(BatonProperties properties) {
			URI url = URI.create(properties.redis().url());
			JedisSharedState state = new JedisSharedState(url);
			log.info("Shared state (dialogs, de-duplication, tokens, rate limits) in {}", state.describe());
			return state;
		}

		@Bean
		RedisHealthIndicator redisHealthIndicator(JedisSharedState state) {
			return new RedisHealthIndicator(state);
		}

	}

	@Bean
	@ConditionalOnMissingBean(SharedState.class)
	SharedState inProcessSharedState() {
		log.info("Shared state (dialogs, de-duplication, tokens, rate limits) in this process; "
				+ "set BATON_REDIS_URL to share it between instances");
		return new InProcessSharedState();
	}

	/** Redis answers a PING. */
	static class RedisHealthIndicator extends AbstractHealthIndicator {

		private final JedisSharedState state;

		RedisHealthIndicator(JedisSharedState state) {
			super("Redis health check failed");
			this.state = state;
		}

		@Override
		protected void doHealthCheck(Health.Builder builder) {
			builder.up().withDetail("address", state.describe()).withDetail("ping", state.ping());
		}

	}

}
