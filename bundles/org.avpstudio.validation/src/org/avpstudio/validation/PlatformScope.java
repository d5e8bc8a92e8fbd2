package org.avpstudio.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.avpstudio.model.Hardware;
import org.avpstudio.model.HostDevice;
import org.avpstudio.model.InterVmChannel;
import org.avpstudio.model.Platform;
import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.eclipse.emf.ecore.EObject;

/**
 * The platform a rule looks at: one or more {@link Platform} roots that together describe it (a model may be
 * split across files, e.g. hardware in one and VMs in another).
 */
public final class PlatformScope {

	private final List<Platform> parts;
	private List<VirtualMachine> vms;
	private List<VirtioDevice> devices;
	private final Map<Class<?>, List<?>> devicesByType = new HashMap<>();

	public PlatformScope(Collection<Platform> parts) {
		this.parts = List.copyOf(new LinkedHashSet<>(parts));
	}

	public List<Platform> parts() {
		return parts;
	}

	/** The platform element findings about the platform as a whole are attached to. */
	public Platform main() {
		return parts.get(0);
	}

	public Optional<Hardware> hardware() {
		return parts.stream().map(Platform::getHardware).filter(h -> h != null).findFirst();
	}

	/** Computed once: a scope is a snapshot of the model for one validation or generation run. */
	public List<VirtualMachine> vms() {
		if (vms == null) {
			List<VirtualMachine> all = new ArrayList<>();
			parts.forEach(p -> all.addAll(p.getVirtualMachines()));
			vms = Collections.unmodifiableList(all);
		}
		return vms;
	}

	public List<VirtioDevice> devices() {
		if (devices == null) {
			List<VirtioDevice> all = new ArrayList<>();
			vms().forEach(vm -> all.addAll(vm.getDevices()));
			devices = Collections.unmodifiableList(all);
		}
		return devices;
	}

	@SuppressWarnings("unchecked")
	public <T extends VirtioDevice> List<T> devices(Class<T> type) {
		return (List<T>) devicesByType.computeIfAbsent(type, t -> devices().stream().filter(type::isInstance).map(type::cast).toList());
	}

	public List<HostDevice> hostDevices() {
		return hardware().map(h -> (List<HostDevice>) h.getHostDevices()).orElse(List.of());
	}

	public <T extends InterVmChannel> List<T> channels(Class<T> type) {
		List<T> channels = new ArrayList<>();
		parts.forEach(p -> p.getChannels().stream().filter(type::isInstance).map(type::cast).forEach(channels::add));
		return channels;
	}

	/** The VM an element belongs to, if any. */
	public static Optional<VirtualMachine> vmOf(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof VirtualMachine vm) {
				return Optional.of(vm);
			}
		}
		return Optional.empty();
	}

	public static boolean hasDevice(VirtualMachine vm, Class<? extends VirtioDevice> type) {
		return vm.getDevices().stream().anyMatch(type::isInstance);
	}
}
