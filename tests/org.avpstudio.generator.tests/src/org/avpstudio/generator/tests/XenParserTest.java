// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.xen.XenTarget;
import org.avpstudio.validation.PlatformScope;
import org.junit.BeforeClass;
import org.junit.ClassRule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * xl cannot run without a Xen host, but its configuration parser can: Debian's libxen-dev ships libxlutil.
 * {@code resources/xlcheck.c} is compiled against it and reads every generated xl.cfg, disk specs included.
 */
public class XenParserTest {

	@ClassRule
	public static TemporaryFolder tmp = new TemporaryFolder();

	private static Path checker;

	@BeforeClass
	public static void buildChecker() throws Exception {
		Path source = Path.of(System.getProperty("avp.resources", "resources")).resolve("xlcheck.c");
		checker = tmp.getRoot().toPath().resolve("xlcheck");
		Generation.Run cc = Generation.run(List.of("gcc", "-o", checker.toString(), source.toString(), "-lxlutil", "-lxenlight"), 120);
		assertEquals("xlcheck builds against libxlutil (apt-get install libxen-dev): " + cc.err(), 0, cc.exit());
	}

	@Test
	public void xenParsesEveryGeneratedGuestConfiguration() throws Exception {
		PlatformScope cockpit = Generation.load(Generation.example("cockpit/cockpit.avp"));
		PlatformScope devbox = Generation.load(Generation.example("devbox/devbox.avp"));
		for (GeneratedFile cfg : List.of(Generation.generate(new XenTarget(), cockpit, "xen/driver.cfg"),
				Generation.generate(new XenTarget(), cockpit, "xen/cluster.cfg"), Generation.generate(new XenTarget(), cockpit, "xen/ivi.cfg"),
				Generation.generate(new XenTarget(), devbox, "xen/builder.cfg"), Generation.generate(new XenTarget(), devbox, "xen/tester.cfg"))) {
			Path file = Generation.write(tmp.getRoot().toPath(), cfg);
			Generation.Run parse = Generation.run(List.of(checker.toString(), file.toString()), 30);
			assertEquals(cfg.relativePath() + ": " + parse.err(), 0, parse.exit());
			assertTrue(parse.out(), parse.out().startsWith("name "));
		}
		Path ivi = Generation.write(tmp.getRoot().toPath(), Generation.generate(new XenTarget(), cockpit, "xen/ivi.cfg"));
		String parsed = Generation.run(List.of(checker.toString(), ivi.toString()), 30).out();
		assertTrue(parsed, parsed.contains("disk /var/lib/cockpit/ivi-system.img vdev=xvda format=4 readwrite=0"));
		assertTrue(parsed, parsed.contains("disk /var/lib/cockpit/ivi-data.qcow2 vdev=xvdb format=2 readwrite=1"));
	}
}
