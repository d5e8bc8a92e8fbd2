// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.avpstudio.generator.GeneratedFile;
import org.avpstudio.generator.guestcheck.GuestCheckTarget;
import org.avpstudio.validation.PlatformScope;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/**
 * The guest-side check script reads a guest's sysfs and reports per requirement. Here it runs against a sysfs
 * tree laid out like Linux's (/sys/bus/virtio/devices/virtioN/{device,features}) in which the entropy device is
 * missing and the block device did not negotiate FLUSH.
 */
public class GuestCheckTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	private Path device(Path sysfs, int index, String id, int... bits) throws Exception {
		Path dir = Files.createDirectories(sysfs.resolve("bus/virtio/devices/virtio" + index));
		Files.writeString(dir.resolve("device"), id + "\n");
		char[] features = "0".repeat(64).toCharArray();
		for (int bit : bits) {
			features[bit] = '1';
		}
		Files.writeString(dir.resolve("features"), new String(features) + "\n");
		return dir;
	}

	@Test
	public void scriptReportsWhatTheGuestSeesPerRequirement() throws Exception {
		PlatformScope devbox = Generation.load(Generation.example("devbox/devbox.avp"));
		GeneratedFile script = Generation.generate(new GuestCheckTarget(), devbox, "guest-check/builder.sh");
		Path sysfs = tmp.newFolder("sys").toPath();
		device(sysfs, 0, "0x0002", 32); // block, VERSION_1 but no FLUSH
		device(sysfs, 1, "0x0001", 32, 5);
		device(sysfs, 2, "0x0003", 32);
		device(sysfs, 3, "0x0013", 32);
		Files.createDirectories(sysfs.resolve("class/net/eth0"));
		Path clock = Files.createDirectories(sysfs.resolve("devices/system/clocksource/clocksource0"));
		Files.writeString(clock.resolve("current_clocksource"), "kvm-clock\n");
		Path file = Generation.write(tmp.getRoot().toPath(), script);
		Generation.Run run = Generation.run(List.of("env", "AVP_SYSFS=" + sysfs, "AVP_ROOT=" + tmp.newFolder("root"), "sh", file.toString()), 30);
		assertEquals(run.err(), 0, run.exit());
		List<String> lines = run.out().lines().toList();
		assertEquals("AVP-CHECK-BEGIN builder", lines.get(0));
		assertEquals("AVP-CHECK-END", lines.get(lines.size() - 1));
		assertTrue(run.out(), lines.contains("AVP-CHECK AVPS-2.0-STO-1 PASS virtio-blk 1 of 1 device(s) with id 0x0002"));
		assertTrue(run.out(), lines.contains("AVP-CHECK AVPS-2.0-RNG-1 FAIL virtio-rng 0 of 1 device(s) with id 0x0004"));
		assertTrue(run.out(), lines.contains("AVP-CHECK AVPS-2.0-TRANS-2 PASS rootfs VIRTIO_F_VERSION_1 (bit 32)"));
		assertTrue(run.out(), lines.contains("AVP-CHECK AVPS-2.0-STO-3 FAIL rootfs VIRTIO_BLK_F_FLUSH (bit 9) not negotiated"));
		assertTrue(run.out(), lines.contains("AVP-CHECK AVPS-2.0-NET-2 PASS interface eth0"));
		assertTrue(run.out(), lines.contains("AVP-CHECK AVPS-2.0-TIME-1 PASS clocksource kvm-clock"));
		assertTrue(run.out(), lines.contains("AVP-CHECK AVPS-2.0-WDT-1 FAIL watchdog-node /dev/watchdog0 missing"));
		assertTrue("every line is a result", lines.stream().allMatch(l -> l.startsWith("AVP-CHECK")));
	}
}
