package org.avpstudio.benchmarks.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Runs Jazzer on both targets, one after the other, each for the given seconds, seeded with the example models.
 * New crash inputs land in {@code <fuzz dir>/crashes/<target>/}: keep them there, they become regression tests
 * ({@code FuzzRegressionTest}). Usage: {@code FuzzMain FUZZ_DIR SECONDS}.
 */
public final class FuzzMain {

	static final List<Class<?>> TARGETS = List.of(ParserFuzzTarget.class, CliFuzzTarget.class);

	/** Sanitizer hooks on JDK classes (none of them guards what the targets do: no regex from input, no processes). */
	private static final List<String> DISABLED_HOOKS = List.of("com.code_intelligence.jazzer.sanitizers.RegexRoadblocks",
			"com.code_intelligence.jazzer.sanitizers.RegexInjection", "com.code_intelligence.jazzer.sanitizers.OsCommandInjection");

	private FuzzMain() {
	}

	public static void main(String[] args) throws Exception {
		Path fuzzDir = Path.of(args[0]).toAbsolutePath();
		int seconds = Integer.parseInt(args[1]);
		int failures = 0;
		for (Class<?> target : TARGETS) {
			Process p = start(target, fuzzDir, seconds, Path.of(System.getProperty("avp.examples", "examples")), System.getProperty("java.class.path"))
					.inheritIO().start();
			int exit = p.waitFor();
			System.out.println(target.getSimpleName() + ": Jazzer exit " + exit + (exit == 0 ? " (no finding)" : " (finding saved, see above)"));
			failures += exit == 0 ? 0 : 1;
		}
		System.exit(failures == 0 ? 0 : 1);
	}

	/** The Jazzer command for one target: a fresh JVM on this class path, seeds from the examples, a working corpus in target/. */
	public static ProcessBuilder start(Class<?> target, Path fuzzDir, int seconds, Path examples, String classPath) throws Exception {
		Path crashes = fuzzDir.resolve("crashes").resolve(target.getSimpleName());
		Path corpus = Files.createTempDirectory("avp-corpus-" + target.getSimpleName());
		Files.createDirectories(crashes);
		try (Stream<Path> models = Files.walk(examples)) {
			for (Path model : models.filter(p -> p.toString().endsWith(".avp")).toList()) {
				Files.copy(model, corpus.resolve(model.getParent().getFileName() + "-" + model.getFileName()));
			}
		}
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", classPath,
				"com.code_intelligence.jazzer.Jazzer", "--target_class=" + target.getName(), "--instrumentation_includes=org.avpstudio.**",
				// Jazzer 0.24's class reader stops at Java 24 class files: its hooks on the JDK's regex and process
				// classes and on the JDK 25 proxies Guice makes would each print a trace at start-up
				"--disabled_hooks=" + String.join(":", DISABLED_HOOKS), "--custom_hook_excludes=com.google.inject.**",
				"--keep_going=1", "-max_total_time=" + seconds, "-timeout=20", "-rss_limit_mb=4096",
				// Jazzer's Java reproducers go to a temporary folder, not into the working directory (the crash input is kept)
				"--reproducer_path=" + Files.createTempDirectory("avp-reproducers-" + target.getSimpleName()), "-artifact_prefix=" + crashes + "/", corpus.toString()));
		return new ProcessBuilder(command);
	}
}
