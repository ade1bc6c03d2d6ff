package dev.baton.bot.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each rule of {@link ArchitectureRules} fails on a small violating fixture (in this test
 * tree only), and names the offending class or cycle: a rule that cannot fail would hold
 * nothing.
 */
class ArchitectureRulesCanFailTest {

	private static final String FIXTURE = "dev.baton.bot.architecture.fixture";

	@Test
	void aPlatformSdkOutsideIntegrationsFails() {
		assertViolation(ArchitectureRules.PLATFORM_SDKS_ONLY_IN_INTEGRATIONS, classes(FIXTURE + ".sdk"),
				"StreamClientOutsideIntegrations", "OpenDingTalkStreamClientBuilder");
	}

	@Test
	void theEmulatorUsedOutsideItselfFails() {
		assertViolation(ArchitectureRules.EMULATOR_ONLY_IN_TESTS, classes(FIXTURE + ".emulator"),
				"MainCodeUsingTheEmulator", "PlatformEmulator");
	}

	@Test
	void integrationsUsingTheBotFails() {
		assertViolation(ArchitectureRules.NOTHING_BELOW_DEPENDS_ON_THE_BOT,
				classes("dev.baton.integrations.archfixture"), "IntegrationUsingTheBot", "BatonApplication");
	}

	@Test
	void aPackageCycleFails() {
		assertViolation(ArchitectureRules.featurePackagesFreeOfCycles(FIXTURE + ".cycle"), classes(FIXTURE + ".cycle"),
				"Cycle detected: first", "second");
	}

	@Test
	void theFixturesAreClean() {
		// the same rules hold for fixtures that do not break them, so the failures above
		// are the fixtures' doing
		assertThat(ArchitectureRules.PLATFORM_SDKS_ONLY_IN_INTEGRATIONS.evaluate(classes(FIXTURE + ".emulator"))
			.hasViolation()).isFalse();
		assertThat(ArchitectureRules.featurePackagesFreeOfCycles(FIXTURE)
			.evaluate(classes(FIXTURE + ".cycle.first"))
			.hasViolation()).isFalse();
	}

	private static JavaClasses classes(String pkg) {
		return new ClassFileImporter().importPackages(pkg);
	}

	private static void assertViolation(ArchRule rule, JavaClasses classes, String... named) {
		EvaluationResult result = rule.evaluate(classes);
		assertThat(result.hasViolation()).as(rule.getDescription()).isTrue();
		assertThat(result.getFailureReport().toString()).contains(named);
	}

}
