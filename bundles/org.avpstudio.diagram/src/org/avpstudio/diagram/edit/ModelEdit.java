// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.edit;

import java.io.IOException;
import java.util.function.Consumer;

import org.avpstudio.model.AvpFactory;
import org.avpstudio.model.AvpPackage;
import org.avpstudio.model.NamedElement;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.model.VsockChannel;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.xtext.resource.XtextResource;
import org.avpstudio.dsl.resource.ModelCopy;

/**
 * An edit made in the diagram: applied to a private copy of the file's model and written back through the .avp
 * serializer, which re-writes only what changed (comments and layout of untouched elements stay). The result is
 * the new text of the file, which the editor applies as one undoable change.
 */
public final class ModelEdit {

	private ModelEdit() {
	}

	/** What {@link #isName} accepts, said for a user who typed something else. */
	public static final String NAME_RULE = "use letters, digits and _, starting with a letter or _";

	/** Whether {@code name} can stand as an element's name in .avp text (the language's ID). */
	public static boolean isName(String name) {
		return name != null && name.matches("[A-Za-z_][A-Za-z0-9_]*");
	}

	/** The text of {@code resource} after {@code change}; throws {@link IllegalStateException} with a user message if it cannot be written. */
	public static String apply(XtextResource resource, Consumer<Platform> change) {
		try {
			String text = resource.getParseResult().getRootNode().getText();
			XtextResource copy = ModelCopy.of(resource, text);
			if (copy.getContents().isEmpty() || copy.getParseResult().getSyntaxErrors().iterator().hasNext()) {
				throw new IllegalStateException("the file has syntax errors; fix them in the text editor first");
			}
			if (change instanceof TextChange textChange) {
				return textChange.text(copy, text);
			}
			change.accept((Platform) copy.getContents().get(0));
			return ModelCopy.text(copy);
		} catch (IOException | RuntimeException e) {
			if (e instanceof IllegalStateException) {
				throw (IllegalStateException) e;
			}
			throw new IllegalStateException("the edit cannot be written as .avp text (" + e.getMessage() + ")", e);
		}
	}

	/** A new VM with a unique name and 512 MiB; its devices are added with {@link #addDevice}. */
	public static Consumer<Platform> addVm(String baseName) {
		return platform -> {
			VirtualMachine vm = AvpFactory.eINSTANCE.createVirtualMachine();
			vm.setName(unique(platform, baseName));
			vm.setMemoryMiB(512);
			platform.getVirtualMachines().add(vm);
		};
	}

	/**
	 * A new VIRTIO device of the given metamodel class (e.g. EntropyDevice) in the named VM. {@code name} ending in a
	 * digit is the device's name as the user wrote it: used as it is, refused if the VM has a device by that name. A
	 * name without a final digit is a base name (what the palette sends, e.g. {@code rng}) numbered like the quick
	 * fixes number it: rng0, rng1, ... A second entropy device is refused with the reason (see {@link #singleDevice}).
	 */
	public static Consumer<Platform> addDevice(String vmName, String deviceClass, String name) {
		return platform -> {
			VirtualMachine vm = vm(platform, vmName);
			EClass type = (EClass) AvpPackage.eINSTANCE.getEClassifier(deviceClass);
			if (type == null || !AvpPackage.Literals.VIRTIO_DEVICE.isSuperTypeOf(type)) {
				throw new IllegalStateException(deviceClass + " is not a VIRTIO device");
			}
			singleDevice(vm, type);
			VirtioDevice device = (VirtioDevice) AvpFactory.eINSTANCE.create(type);
			device.setName(deviceName(vm, name));
			vm.getDevices().add(device);
		};
	}

	/** The name a new device of {@code vm} gets from what the user or the palette gave (see {@link #addDevice}). */
	public static String deviceName(VirtualMachine vm, String name) {
		if (!isName(name)) {
			throw new IllegalStateException("'" + name + "' is not a valid name: " + NAME_RULE);
		}
		if (Character.isDigit(name.charAt(name.length() - 1))) {
			if (hasDevice(vm, name)) {
				throw new IllegalStateException("VM '" + vm.getName() + "' already has a device '" + name + "'; choose another name");
			}
			return name;
		}
		for (int n = 0;; n++) {
			String candidate = name + n;
			if (!hasDevice(vm, candidate)) {
				return candidate;
			}
		}
	}

	private static boolean hasDevice(VirtualMachine vm, String name) {
		return vm.getDevices().stream().anyMatch(d -> name.equals(d.getName()));
	}

	/**
	 * Refuses a second virtio-rng entropy device in a VM: AVPS-2.0-RNG-1 asks for one per VM, a guest reads its
	 * entropy from one /dev/hwrng, and a second device only takes a virtqueue and a device id from the VM.
	 */
	static void singleDevice(VirtualMachine vm, EClass type) {
		if (AvpPackage.Literals.ENTROPY_DEVICE.isSuperTypeOf(type)) {
			vm.getDevices().stream().filter(d -> AvpPackage.Literals.ENTROPY_DEVICE.isInstance(d)).findFirst().ifPresent(d -> {
				throw new IllegalStateException("VM '" + vm.getName() + "' has an entropy device already ('" + d.getName()
						+ "'): AVPS-2.0-RNG-1 asks for one virtio-rng device per VM, a second adds nothing");
			});
		}
	}

	/** A vsock channel between two VMs, on the next free port from 9000. */
	public static Consumer<Platform> addVsockChannel(String from, String to) {
		return platform -> {
			VsockChannel channel = AvpFactory.eINSTANCE.createVsockChannel();
			channel.setName(unique(platform, from + "_to_" + to));
			channel.setFrom(vm(platform, from));
			channel.setTo(vm(platform, to));
			int port = 9000;
			while (true) {
				int candidate = port;
				if (platform.getChannels().stream().noneMatch(c -> c instanceof VsockChannel v && v.getPort() == candidate)) {
					break;
				}
				port++;
			}
			channel.setPort(port);
			platform.getChannels().add(channel);
		};
	}

	/** Sets a VM's criticality (QM, ASIL-A ... ASIL-D, as written in .avp). */
	public static Consumer<Platform> setCriticality(String vmName, String criticality) {
		return platform -> {
			org.avpstudio.model.Criticality value = org.avpstudio.model.Criticality.get(criticality);
			if (value == null) {
				throw new IllegalStateException("'" + criticality + "' is not a criticality (QM, ASIL-A, ASIL-B, ASIL-C, ASIL-D)");
			}
			vm(platform, vmName).setCriticality(value);
		};
	}

	/** Sets a VM's memory in MiB. */
	public static Consumer<Platform> setMemory(String vmName, long mebibytes) {
		return platform -> {
			if (mebibytes <= 0) {
				throw new IllegalStateException("memory must be a positive number of MiB");
			}
			vm(platform, vmName).setMemoryMiB(mebibytes);
		};
	}

	/** Moves a device to another VM (it keeps its name unless the other VM has one by that name). */
	public static Consumer<Platform> moveDevice(String fromVm, String deviceName, String toVm) {
		return platform -> {
			VirtualMachine from = vm(platform, fromVm);
			VirtualMachine to = vm(platform, toVm);
			if (from == to) {
				return;
			}
			VirtioDevice device = from.getDevices().stream().filter(d -> deviceName.equals(d.getName())).findFirst()
					.orElseThrow(() -> new IllegalStateException("VM '" + fromVm + "' has no device '" + deviceName + "'"));
			if (to.getDevices().stream().anyMatch(d -> deviceName.equals(d.getName()))) {
				throw new IllegalStateException("VM '" + toVm + "' already has a device '" + deviceName + "'; rename one first");
			}
			singleDevice(to, device.eClass());
			to.getDevices().add(device);
		};
	}

	/**
	 * Renames a VM; references to it in the file follow. Written as a {@link TextChange}: only the name tokens change,
	 * every other byte of the file stays (the serializer would re-indent comments inside the VM).
	 */
	public static Consumer<Platform> renameVm(String vmName, String newName) {
		return new RenameVm(vmName, newName);
	}

	/** Deletes a VM, with the channels and back-ends that point to it. */
	public static Consumer<Platform> deleteVm(String vmName) {
		return platform -> {
			VirtualMachine vm = vm(platform, vmName);
			platform.getChannels().removeIf(c -> c instanceof VsockChannel v && (v.getFrom() == vm || v.getTo() == vm));
			EcoreUtil.delete(vm, true);
		};
	}

	static VirtualMachine vm(Platform platform, String name) {
		return platform.getVirtualMachines().stream().filter(v -> name.equals(v.getName())).findFirst()
				.orElseThrow(() -> new IllegalStateException("no VM '" + name + "' in this file"));
	}

	private static String unique(Platform platform, String base) {
		int n = 1;
		while (true) {
			String candidate = base + n;
			boolean taken = false;
			for (var it = platform.eAllContents(); it.hasNext();) {
				EObject element = it.next();
				if (element instanceof NamedElement named && candidate.equals(named.getName())) {
					taken = true;
					break;
				}
			}
			if (!taken) {
				return candidate;
			}
			n++;
		}
	}
}
