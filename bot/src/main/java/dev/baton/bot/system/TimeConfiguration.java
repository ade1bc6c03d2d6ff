package dev.baton.bot.system;

import java.time.Clock;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
class TimeConfiguration {

	@Bean
	@ConditionalOnMissingBean
	Clock clock() {
		return Clock.systemUTC();
	}

	/** On in demo mode only: Baton's time moved forward from the console (#17). */
	@Bean
	DemoClock demoClock(Clock clock, DemoClockMapper moves, BatonProperties settings) {
		return new DemoClock(clock, moves, settings.demo());
	}

	@Bean
	TimeSource timeSource(Clock clock, DemoClock demo, BatonProperties settings) {
		return new TimeSource(demo.on() ? demo.clock() : clock, settings.zone());
	}

}
