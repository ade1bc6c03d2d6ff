package dev.baton.bot.architecture;

import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.dependencies.SliceRule;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The house's module and package rules, one constant each, so that
 * {@link ArchitectureTest} checks them against the code and
 * {@link ArchitectureRulesCanFailTest} against small violating fixtures.
 */
final class ArchitectureRules {

	static final String BOT = "dev.baton.bot";

	static final String INTEGRATIONS = "dev.baton.integrations..";

	static final String EMULATOR = "dev.baton.emulator..";

	/**
	 * The platform SDKs: WxJava, DingTalk's OpenAPI SDK (tea), its old oapi SDK (taobao)
	 * and its Stream SDK.
	 */
	static final String[] PLATFORM_SDKS = { "me.chanjar..", "com.binarywang..", "com.aliyun..", "com.taobao..",
			"com.dingtalk.." };

	/**
	 * The platform SDKs are used in integrations/ only (and by the emulator, which plays
	 * the platforms in tests).
	 */
	static final ArchRule PLATFORM_SDKS_ONLY_IN_INTEGRATIONS = noClasses().that()
		.resideOutsideOfPackages(INTEGRATIONS, EMULATOR)
		.should()
		.dependOnClassesThat()
		.resideInAnyPackage(PLATFORM_SDKS)
		.as("platform SDKs are used only in integrations/");

	/** The emulator is a test tool: no main code of another module uses it. */
	static final ArchRule EMULATOR_ONLY_IN_TESTS = noClasses().that()
		.resideOutsideOfPackage(EMULATOR)
		.should()
		.dependOnClassesThat()
		.resideInAPackage(EMULATOR)
		.as("the emulator is used by tests only");

	/**
	 * Modules depend one way: bot → integrations, scheduler, sql; nothing below depends
	 * on the bot.
	 */
	static final ArchRule NOTHING_BELOW_DEPENDS_ON_THE_BOT = noClasses().that()
		.resideOutsideOfPackages(BOT + "..", "dev.baton.bench..")
		.should()
		.dependOnClassesThat()
		.resideInAPackage(BOT + "..")
		.as("modules depend one way: only the bot (and its benchmarks) use dev.baton.bot");

	/** integrations/ and the scheduler are beside each other, neither uses the other. */
	static final ArchRule INTEGRATIONS_AND_SCHEDULER_APART = noClasses().that()
		.resideInAPackage(INTEGRATIONS)
		.should()
		.dependOnClassesThat()
		.resideInAPackage("dev.baton.scheduler..")
		.orShould()
		.dependOnClassesThat()
		.resideInAPackage(EMULATOR)
		.as("integrations/ uses neither the scheduler nor the emulator");

	/**
	 * No cycles among the feature packages directly under {@code root} (sub-packages
	 * belong to their feature).
	 */
	static SliceRule featurePackagesFreeOfCycles(String root) {
		return slices().matching(root + ".(*)..").namingSlices("$1").should().beFreeOfCycles();
	}

	private ArchitectureRules() {
	}

}
