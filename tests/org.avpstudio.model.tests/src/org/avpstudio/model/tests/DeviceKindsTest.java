// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.model.tests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.HashSet;
import java.util.OptionalInt;
import java.util.Set;

import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.CodecDirection;
import org.avpstudio.model.FileSystemDevice;
import org.avpstudio.model.FileSystemProtocol;
import org.avpstudio.model.Transport;
import org.avpstudio.model.VideoDevice;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.devices.DeviceKind;
import org.avpstudio.model.devices.DeviceKinds;
import org.avpstudio.model.devices.PaletteEntry;
import org.junit.Test;

/** The device facts the metamodel states: one kind per device class, read from its annotation. */
public class DeviceKindsTest {

	private static final AvpFactory F = AvpFactory.eINSTANCE;

	@Test
	public void everyKindHasItsOwnKeyword() {
		Set<String> keywords = new HashSet<>();
		for (DeviceKind kind : DeviceKinds.all()) {
			assertTrue(kind + " has a keyword of its own", keywords.add(kind.keyword()));
		}
		assertEquals(26, keywords.size());
		assertEquals("virtio-mem", DeviceKinds.of(F.createMemoryDevice()).keyword());
		assertEquals("shm", DeviceKinds.of(F.createSharedMemoryDevice()).keyword());
	}

	@Test
	public void virtioIdFollowsTheAttributeThatChoosesIt() {
		VideoDevice video = F.createVideoDevice();
		assertEquals(OptionalInt.of(31), DeviceKinds.virtioId(video));
		video.setDirection(CodecDirection.ENCODER);
		assertEquals(OptionalInt.of(30), DeviceKinds.virtioId(video));
		FileSystemDevice share = F.createFileSystemDevice();
		assertEquals(OptionalInt.of(26), DeviceKinds.virtioId(share));
		share.setProtocol(FileSystemProtocol.NINE_P);
		assertEquals(OptionalInt.of(9), DeviceKinds.virtioId(share));
		assertEquals(OptionalInt.of(2), DeviceKinds.virtioId(F.createBlockDevice()));
		assertEquals(OptionalInt.empty(), DeviceKinds.virtioId(F.createUsbDevice()));
	}

	@Test
	public void paletteOffersKindsOfTheirOwnClass() {
		assertEquals(10, DeviceKinds.palette().size());
		for (PaletteEntry entry : DeviceKinds.palette()) {
			DeviceKind kind = DeviceKinds.all().stream().filter(k -> k.eClass().getName().equals(entry.deviceClass())).findFirst().orElseThrow();
			assertEquals(entry, kind.palette().orElseThrow());
			assertTrue(entry.baseName().matches("[a-z]+"));
		}
	}

	@Test
	public void effectiveTransportIsTheDevicesElseItsVmsElsePci() {
		VirtioDevice rng = F.createEntropyDevice();
		assertEquals(Transport.PCI, rng.effectiveTransport());
		VirtualMachine vm = F.createVirtualMachine();
		vm.setDefaultTransport(Transport.MMIO);
		vm.getDevices().add(rng);
		assertEquals(Transport.MMIO, rng.effectiveTransport());
		rng.setTransport(Transport.PCI);
		assertEquals(Transport.PCI, rng.effectiveTransport());
	}
}
