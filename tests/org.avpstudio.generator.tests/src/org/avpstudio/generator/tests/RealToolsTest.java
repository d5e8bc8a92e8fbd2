// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.dts.DeviceTreeTarget;
import org.avpstudio.generator.libvirt.LibvirtTarget;
import org.avpstudio.validation.PlatformScope;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** dtc and libvirt accept what AVP Studio generates (both are installed by .ci/install-prerequisites). */
public class RealToolsTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void dtcCompilesTheClusterDeviceTreeWithoutWarnings() throws Exception {
		PlatformScope cockpit = Generation.load(Generation.example("cockpit/cockpit.avp"));
		for (String vm : List.of("cluster", "driver")) {
			GeneratedFile dts = Generation.generate(new DeviceTreeTarget(), cockpit, "dts/" + vm + ".dts");
			assertTrue(dts.content(), dts.content().contains("compatible = \"virtio,mmio\""));
			Path source = Generation.write(tmp.getRoot().toPath(), dts);
			Generation.Run run = Generation.run(List.of("dtc", "-I", "dts", "-O", "dtb", "-o", source + ".dtb", source.toString()), 30);
			assertEquals(run.err(), 0, run.exit());
			assertEquals("dtc prints nothing, not even a warning", "", run.err());
		}
	}

	@Test
	public void libvirtValidatesAndDefinesTheDomains() throws Exception {
		PlatformScope devbox = Generation.load(Generation.example("devbox/devbox.avp"));
		PlatformScope cockpit = Generation.load(Generation.example("cockpit/cockpit.avp"));
		for (GeneratedFile xml : List.of(Generation.generate(new LibvirtTarget(), devbox, "libvirt/builder.xml"),
				Generation.generate(new LibvirtTarget(), devbox, "libvirt/tester.xml"),
				Generation.generate(new LibvirtTarget(), cockpit, "libvirt/cluster.xml"),
				Generation.generate(new LibvirtTarget(), cockpit, "libvirt/ivi.xml"))) {
			Path file = Generation.write(tmp.getRoot().toPath(), xml);
			Generation.Run schema = Generation.run(List.of("virt-xml-validate", file.toString(), "domain"), 60);
			assertEquals(xml.relativePath() + ": " + schema.out() + schema.err(), 0, schema.exit());
			Generation.Run define = Generation.run(List.of("virsh", "-c", "test:///default", "define", file.toString()), 60);
			assertEquals(xml.relativePath() + ": " + define.err(), 0, define.exit());
			assertTrue(define.out(), define.out().contains("defined from"));
		}
	}
}
