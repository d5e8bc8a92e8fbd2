// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;

import org.avpstudio.importer.PlatformImport;
import org.avpstudio.importer.PlatformText;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.w3c.dom.Document;

/**
 * Importing N libvirt domains in one call against the JDK's DOM parser reading the same files: {@code importDomains}
 * is the one {@link PlatformImport#read} call (every file read, parsed with positions, mapped into the platform, every
 * part left out reported); {@code importAndWrite} adds what {@code avp import} does next, the platform written as
 * formatted .avp text ({@link PlatformText}: the language's serializer and formatter); {@code domParse} reads each file
 * into a DOM document (secure processing on, as the importer has it) and nothing more. Target: the import call at most
 * 3x DOM. The forks run with {@code bin/avp}'s collector options.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-Xms512m", PipelineBenchmark.COLLECTOR, PipelineBenchmark.YOUNG_SIZE, PipelineBenchmark.SURVIVOR_RATIO })
@Warmup(iterations = 5, time = 2)
@Measurement(iterations = 5, time = 2)
public class ImportBenchmark {

	@Param({ "1000" })
	public int domains;

	private List<Path> files;

	@Setup(Level.Trial)
	public void writeDomains() throws Exception {
		files = SyntheticDomains.write(Files.createTempDirectory("avp-import-bench"), domains);
	}

	@Benchmark
	public PlatformImport.Result importDomains() throws Exception {
		return PlatformImport.read("host", files, "libvirt");
	}

	@Benchmark
	public String importAndWrite() throws Exception {
		return PlatformText.of(PlatformImport.read("host", files, "libvirt"));
	}

	@Benchmark
	public void domParse(Blackhole sink) throws Exception {
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
		factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
		DocumentBuilder builder = factory.newDocumentBuilder();
		for (Path file : files) {
			Document document = builder.parse(file.toFile());
			sink.consume(document.getDocumentElement());
		}
	}
}
