// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.importer.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.avpstudio.core.PlatformModel;
import org.avpstudio.importer.ImportReport;
import org.avpstudio.importer.PlatformImport;
import org.avpstudio.model.Architecture;
import org.avpstudio.model.BlockDevice;
import org.avpstudio.model.BootProtocol;
import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.model.GpuDevice;
import org.avpstudio.model.ImageBackend;
import org.avpstudio.model.NetworkDevice;
import org.avpstudio.model.TapBackend;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockDevice;
import org.avpstudio.model.WatchdogAction;
import org.avpstudio.model.WatchdogDevice;
import org.junit.Rule;
import org.junit.Test;
import org.junit.rules.TemporaryFolder;

/** libvirt domain XML imported: what maps, what is left out (with its line), names made unique, the .avp written. */
public class LibvirtImportTest {

	@Rule
	public TemporaryFolder tmp = new TemporaryFolder();

	@Test
	public void everyPartOfTheFixtureFindsAPlace() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("car", List.of(Fixtures.resource("two-guests.xml")), null);
		assertEquals(imported.report().leftOut().toString(), List.of(), imported.report().leftOut());
		List<VirtualMachine> vms = imported.platform().getVirtualMachines();
		assertEquals(List.of("head_unit", "rear_seat"), vms.stream().map(VirtualMachine::getName).toList());
		VirtualMachine head = vms.get(0);
		assertEquals(2048, head.getMemoryMiB());
		assertEquals(2, head.getVcpus().size());
		assertEquals(Architecture.X86_64, imported.platform().getHardware().getArchitecture());
		assertEquals(List.of(2, 3), head.getVcpus().stream().map(cpu -> cpu.getPinnedTo().getIndex()).toList());
		assertEquals(BootProtocol.LINUX_DIRECT, head.getBoot().getProtocol());
		assertEquals("/boot/initrd.img", head.getBoot().getInitrd());
		assertEquals("console=hvc0 root=/dev/vda", head.getBoot().getCommandLine());
		assertEquals(List.of("BlockDevice", "BlockDevice", "NetworkDevice", "ConsoleDevice", "EntropyDevice", "InputDevice",
				"VsockDevice", "GpuDevice", "BalloonDevice"), head.getDevices().stream().map(d -> d.eClass().getName()).toList());
		BlockDevice maps = (BlockDevice) head.getDevices().get(1);
		assertEquals("vdb", maps.getName());
		assertTrue(maps.isReadOnly());
		assertEquals("/var/lib/avp/maps.img", ((ImageBackend) maps.getBackend()).getPath());
		NetworkDevice net = (NetworkDevice) head.getDevices().get(2);
		assertEquals("52:54:00:12:34:56", net.getMac());
		assertEquals("br0", ((TapBackend) net.getBackend()).getBridge());
		assertEquals(5, ((VsockDevice) head.getDevices().get(6)).getGuestCid());
		assertEquals(2, ((GpuDevice) head.getDevices().get(7)).getScanouts());
		VirtualMachine rear = vms.get(1);
		assertEquals(512, rear.getMemoryMiB());
		FileSystemDevice share = (FileSystemDevice) rear.getDevices().get(0);
		assertEquals(FileSystemProtocol.NINE_P, share.getProtocol());
		assertEquals("share", share.getTag());
		assertTrue(share.isReadOnly());
		assertEquals(WatchdogAction.POWER_OFF_VM, ((WatchdogDevice) rear.getDevices().get(2)).getAction());
	}

	@Test
	public void theWrittenModelLoadsAndSaysWhereEachElementCameFrom() throws Exception {
		PlatformModel model = write(PlatformImport.read("car", List.of(Fixtures.resource("two-guests.xml")), null));
		String text = Files.readString(model.file());
		assertTrue(text, text.contains("// from two-guests.xml:1\n\tvm head_unit {"));
		assertTrue(text, text.contains("// from two-guests.xml:21\n\t\tblock vdb {"));
		assertFalse(text, text.contains("Left out"));
	}

	@Test
	public void partsWithNoPlaceAreListedWithTheirLines() throws Exception {
		PlatformImport.Result imported = PlatformImport.read("gw", List.of(Fixtures.resource("leftovers.xml")), null);
		List<String> left = imported.report().leftOut().stream().map(ImportReport.LeftOut::toString).toList();
		assertTrue(left.toString(), left.contains("leftovers.xml:4: <uuid>0b5e1c52-1f4e-4a55-9f53-2d1c0f4c2a01: no place in the AVP model"));
		assertTrue(left.toString(), left.contains("leftovers.xml:7: <clock offset='utc'>: no place in the AVP model"));
		assertTrue(left.toString(), left.stream().anyMatch(l -> l.startsWith("leftovers.xml:9: <disk device='cdrom' type='file'>")));
		assertTrue(left.toString(), left.contains("leftovers.xml:13: <serial type='pty'>: no place in the AVP model"));
		assertEquals(1024, imported.platform().getVirtualMachines().get(0).getMemoryMiB());
		String text = Files.readString(write(imported).file());
		assertTrue(text, text.startsWith("// Left out by the import (no place in the AVP model):\n//   leftovers.xml:4: <uuid>"));
	}

	@Test
	public void clashingAndInvalidNamesAreRenamedInInputOrder() throws Exception {
		Path file = tmp.newFile("clash.xml").toPath();
		Files.writeString(file, "<domain><name>a-b</name><memory>1024</memory></domain>\n<domain><name>a_b</name><memory>1024</memory></domain>\n"
				+ "<domain><name>vm</name><memory>1024</memory></domain>\n");
		PlatformImport.Result imported = PlatformImport.read("clash", List.of(file), null);
		assertEquals(List.of("a_b", "a_b_2", "vm_"), imported.platform().getVirtualMachines().stream().map(VirtualMachine::getName).toList());
		assertEquals(List.of("clash.xml:1: 'a-b' named 'a_b': not an .avp name",
				"clash.xml:2: 'a_b' named 'a_b_2': 'a_b' is taken among the VM names of the platform",
				"clash.xml:3: 'vm' named 'vm_': not an .avp name"),
				imported.report().renamed().stream().map(ImportReport.Renamed::toString).toList());
		assertTrue(write(imported).usable());
	}

	@Test
	public void concatenatedDumpsWithTheirXmlDeclarationsAreReadOneAfterAnother() throws Exception {
		Path file = tmp.newFile("dump.xml").toPath();
		Files.writeString(file, "<?xml version='1.0' encoding='UTF-8'?>\n<domain><name>one</name><memory>1024</memory></domain>\n"
				+ "<?xml version='1.0' encoding='UTF-8'?>\n<domain><name>two</name><memory>2048</memory>\n  <bogus/></domain>\n");
		PlatformImport.Result imported = PlatformImport.read("dump", List.of(file), null);
		assertEquals(List.of("one", "two"), imported.platform().getVirtualMachines().stream().map(VirtualMachine::getName).toList());
		assertEquals(List.of("dump.xml:5: <bogus>: no place in the AVP model"),
				imported.report().leftOut().stream().map(ImportReport.LeftOut::toString).toList());
		assertEquals(2, imported.platform().getVirtualMachines().get(1).getMemoryMiB());
	}

	private PlatformModel write(PlatformImport.Result imported) throws Exception {
		return Fixtures.written(imported, tmp.getRoot().toPath());
	}
}
