// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.maven;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertThrows;
import static org.junit.Assert.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.stream.Stream;

import org.apache.maven.plugin.MojoExecutionException;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** {@code avp:generate} and {@code avp:report}: outputs under target/avp, nothing redone when nothing changed. */
public class GenerateMojoTest {
	@Rule
	public TemporaryFolder temp = new TemporaryFolder();

	private GenerateMojo generate(Path project, RecordingLog log) {
		GenerateMojo mojo = Fixtures.configure(new GenerateMojo(), project, log);
		mojo.generatedDirectory = new File(project.toFile(), "target/avp/generated");
		mojo.targets = List.of("qemu", "xen");
		return mojo;
	}

	@Test
	public void generatesOnceAndNotAgainUntilAModelOrASettingChanges() throws Exception {
		Path project = temp.newFolder().toPath();
		Path models = Fixtures.project(project, "cockpit");
		RecordingLog first = new RecordingLog();
		generate(project, first).execute();
		Path out = project.resolve("target/avp/generated/cockpit");
		List<Path> files;
		try (Stream<Path> walk = Files.walk(out)) {
			files = walk.filter(Files::isRegularFile).toList();
		}
		assertTrue(files.toString(), files.stream().anyMatch(f -> f.getFileName().toString().endsWith(".cfg")));
		assertTrue(first.text(), first.text().contains("[WARNING] " + models.resolve("cockpit.avp") + ":"));
		FileTime old = FileTime.fromMillis(1_000_000_000_000L);
		for (Path file : files) {
			Files.setLastModifiedTime(file, old);
		}

		RecordingLog second = new RecordingLog();
		generate(project, second).execute();
		assertTrue(second.text(), second.text().contains("nothing regenerated"));
		for (Path file : files) {
			assertEquals(file.toString(), old, Files.getLastModifiedTime(file));
		}

		// a generated file deleted: generated again
		Files.delete(files.get(0));
		RecordingLog third = new RecordingLog();
		generate(project, third).execute();
		assertFalse(third.text(), third.text().contains("nothing regenerated"));
		assertTrue(Files.isRegularFile(files.get(0)));

		// the imported SoC changed: generated again
		Files.writeString(models.resolve("soc.avp"), "\n// reviewed\n", StandardOpenOption.APPEND);
		RecordingLog fourth = new RecordingLog();
		generate(project, fourth).execute();
		assertTrue(fourth.text(), fourth.text().contains("wrote"));
		assertFalse(fourth.text(), fourth.text().contains("nothing regenerated"));

		// other targets: generated again
		RecordingLog fifth = new RecordingLog();
		GenerateMojo libvirt = generate(project, fifth);
		libvirt.targets = List.of("libvirt");
		libvirt.execute();
		assertFalse(fifth.text(), fifth.text().contains("nothing regenerated"));
	}

	@Test
	public void anUnknownTargetNamesTheKnownOnes() throws Exception {
		Path project = temp.newFolder().toPath();
		Fixtures.project(project, "cockpit");
		GenerateMojo mojo = generate(project, new RecordingLog());
		mojo.targets = List.of("vmware");
		MojoExecutionException error = assertThrows(MojoExecutionException.class, mojo::execute);
		assertTrue(error.getMessage(), error.getMessage().contains("unknown target 'vmware'; use qemu"));
	}

	@Test
	public void reportsGoToTargetAvpAndAreNotRewrittenWhenNothingChanged() throws Exception {
		Path project = temp.newFolder().toPath();
		Fixtures.project(project, "noncompliant");
		ReportMojo report = Fixtures.configure(new ReportMojo(), project, new RecordingLog());
		report.execute(); // default formats; findings do not fail the report goal
		Path avp = project.resolve("target/avp");
		for (String name : List.of("cockpit-gaps-compliance.html", "cockpit-gaps.sarif", "cockpit-gaps-compliance.junit.xml", "soc.sarif")) {
			assertTrue(name, Files.isRegularFile(avp.resolve(name)));
		}
		assertTrue(Files.readString(avp.resolve("cockpit-gaps.sarif")).contains("AVPS-2.0-RNG-1"));
		RecordingLog again = new RecordingLog();
		ReportMojo second = Fixtures.configure(new ReportMojo(), project, again);
		second.execute();
		assertTrue(again.text(), again.text().contains("unchanged since the last report"));

		ReportMojo bad = Fixtures.configure(new ReportMojo(), project, new RecordingLog());
		bad.formats = List.of("pdf");
		MojoExecutionException error = assertThrows(MojoExecutionException.class, bad::execute);
		assertTrue(error.getMessage(), error.getMessage().contains("'pdf' is no report format; use html, md"));
	}
}
