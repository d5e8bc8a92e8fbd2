// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.generator.report;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.avpstudio.model.AvpPackage;
import org.avpstudio.model.Boot;
import org.avpstudio.model.NamedElement;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtualCpu;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.Waiver;
import org.avpstudio.model.devices.DeviceKinds;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * Where an element sits in its platform, in the words of the .avp text and without line numbers:
 * {@code vm cluster/block rootfs}, {@code vm ivi/waive AVPS-2.0-NET-1}, {@code hardware/cluster a55/core a55_0}.
 * The same element keeps its path when lines move, comments change or other elements are added; the platform's own
 * name is not part of it. Used for SARIF fingerprints (baselines) and for the semantic diff.
 */
public final class ElementPath {

	private ElementPath() {
	}

	/** The path of {@code element} below its platform; {@code ""} for the platform itself. */
	public static String of(EObject element) {
		Deque<String> segments = new ArrayDeque<>();
		for (EObject e = element; e != null && !(e instanceof Platform); e = e.eContainer()) {
			segments.addFirst(segment(e));
		}
		return String.join("/", segments);
	}

	/** One step of a path: the keyword of the element's kind, then what tells it from its siblings. */
	public static String segment(EObject e) {
		String keyword = keyword(e.eClass());
		if (e instanceof Waiver w) {
			return keyword + " " + w.getRequirementId();
		}
		if (e instanceof VirtualCpu cpu) {
			return keyword + " " + cpu.getIndex();
		}
		if (e.eClass() == AvpPackage.Literals.HARDWARE || e.eClass() == AvpPackage.Literals.HYPERVISOR || e instanceof Boot
				|| AvpPackage.Literals.BACKEND.isSuperTypeOf(e.eClass())) {
			return singletonKeyword(e.eClass()); // one per parent: renaming it or changing its kind is a change, not a new element
		}
		if (e instanceof NamedElement named && named.getName() != null) {
			return keyword + " " + named.getName();
		}
		if (e.eContainingFeature() != null && e.eContainingFeature().isMany()) {
			return keyword + " " + ((List<?>) e.eContainer().eGet(e.eContainingFeature())).indexOf(e);
		}
		return keyword;
	}

	private static String singletonKeyword(EClass c) {
		if (AvpPackage.Literals.BACKEND.isSuperTypeOf(c)) {
			return "backend";
		}
		return keyword(c);
	}

	/** The .avp keyword of an element kind ({@code vm}, {@code block}, {@code waive}, ...). */
	public static String keyword(EClass c) {
		if (AvpPackage.Literals.VIRTIO_DEVICE.isSuperTypeOf(c) && !c.isAbstract()) {
			return DeviceKinds.of(c).keyword();
		}
		return switch (c.getName()) {
		case "VirtualMachine" -> "vm";
		case "NetworkSegment" -> "network";
		case "Hardware" -> "hardware";
		case "Hypervisor" -> "hypervisor";
		case "CpuCluster" -> "cluster";
		case "PhysicalCore" -> "core";
		case "HostDevice" -> "host-device";
		case "VirtualCpu" -> "vcpu";
		case "Boot" -> "boot";
		case "Waiver" -> "waive";
		case "VsockChannel" -> "vsock-channel";
		case "SharedMemoryRegion" -> "shared-memory";
		case "SharedMemoryPeer" -> "peer";
		case "EmulatedDevice" -> "emulated";
		case "QueueConfig" -> "queue";
		case "SoundStream" -> "stream";
		case "Import" -> "import";
		case "Platform" -> "platform";
		default -> c.getName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
		};
	}

	/** Whether the element is a device of a VM. */
	public static boolean isDevice(EObject e) {
		return e instanceof VirtioDevice;
	}
}
