package dev.baton.bot.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The module and package rules ({@link ArchitectureRules}) hold for the main code of
 * every module on the bot's test class path: bot, integrations, scheduler, sql, testkit
 * and the emulator.
 */
class ArchitectureTest {

	private static final JavaClasses MAIN = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("dev.baton");

	@Test
	void theImportSeesEveryModule() {
		assertThat(MAIN.stream().map(c -> c.getPackageName().split("\\.")[2]).distinct()).contains("bot",
				"integrations", "scheduler", "emulator");
		assertThat(MAIN.stream().map(c -> c.getPackageName())).noneMatch(p -> p.contains("architecture"));
	}

	@Test
	void platformSdksOnlyInIntegrations() {
		ArchitectureRules.PLATFORM_SDKS_ONLY_IN_INTEGRATIONS.check(MAIN);
	}

	@Test
	void theEmulatorOnlyInTests() {
		ArchitectureRules.EMULATOR_ONLY_IN_TESTS.check(MAIN);
	}

	@Test
	void modulesDependOneWay() {
		ArchitectureRules.NOTHING_BELOW_DEPENDS_ON_THE_BOT.check(MAIN);
		ArchitectureRules.INTEGRATIONS_AND_SCHEDULER_APART.check(MAIN);
	}

	@Test
	void noCyclesAmongTheBotsFeaturePackages() {
		ArchitectureRules.featurePackagesFreeOfCycles(ArchitectureRules.BOT).check(MAIN);
	}

}
