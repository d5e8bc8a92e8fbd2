// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

import org.avpstudio.model.Architecture;
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
	/** Devices per exact model type (the EClass's interface), in model order; built with {@link #devices()}. */
	private Map<Class<?>, List<VirtioDevice>> devicesByExactType;
	/** Per VM of the scope, the distinct exact types of its devices; built with {@link #devices()}. */
	private Map<VirtualMachine, Class<?>[]> deviceTypesByVm;
	private final Map<Class<?>, List<?>> devicesByType = new HashMap<>();
	/** What several rules derive from the whole scope (e.g. the criticality dependencies), computed once per key. */
	private final Map<Object, Object> derived = new HashMap<>();

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

	/** Whether the platform's hardware is of this architecture (false when no part declares hardware). */
	public boolean runsOn(Architecture architecture) {
		return hardware().map(h -> h.getArchitecture() == architecture).orElse(false);
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
			Map<Class<?>, List<VirtioDevice>> byExactType = new HashMap<>();
			Map<VirtualMachine, Class<?>[]> typesByVm = new IdentityHashMap<>();
			List<Class<?>> types = new ArrayList<>();
			for (VirtualMachine vm : vms()) {
				types.clear();
				for (VirtioDevice device : vm.getDevices()) {
					all.add(device);
					Class<?> type = device.eClass().getInstanceClass();
					byExactType.computeIfAbsent(type, t -> new ArrayList<>()).add(device);
					if (!types.contains(type)) {
						types.add(type);
					}
				}
				typesByVm.put(vm, types.toArray(Class<?>[]::new));
			}
			devicesByExactType = byExactType;
			deviceTypesByVm = typesByVm;
			devices = Collections.unmodifiableList(all);
		}
		return devices;
	}

	/**
	 * The devices that are instances of {@code type}, in model order. Computed once per type, from the index of
	 * {@link #devices()} by exact type: every rule asks for some type, so the devices are walked once, not once per rule.
	 */
	@SuppressWarnings("unchecked")
	public <T extends VirtioDevice> List<T> devices(Class<T> type) {
		List<?> cached = devicesByType.get(type);
		if (cached == null) {
			cached = devicesOfType(type);
			devicesByType.put(type, cached);
		}
		return (List<T>) cached;
	}

	private List<?> devicesOfType(Class<?> type) {
		List<VirtioDevice> all = devices();
		if (type == VirtioDevice.class) {
			return all;
		}
		List<VirtioDevice> only = null;
		int matching = 0;
		for (Map.Entry<Class<?>, List<VirtioDevice>> e : devicesByExactType.entrySet()) {
			if (e.getKey() != null && type.isAssignableFrom(e.getKey())) {
				only = e.getValue();
				matching++;
			}
		}
		if (matching == 0) {
			return List.of();
		}
		if (matching == 1) {
			return Collections.unmodifiableList(only);
		}
		// several device types share the asked one as super type: keep the model order
		List<VirtioDevice> some = new ArrayList<>();
		for (VirtioDevice device : all) {
			if (type.isInstance(device)) {
				some.add(device);
			}
		}
		return Collections.unmodifiableList(some);
	}

	/**
	 * A value derived from the whole scope, computed by the first rule that asks and shared with the others (a scope
	 * is a snapshot for one validation run).
	 */
	@SuppressWarnings("unchecked")
	public <T> T derived(Object key, java.util.function.Supplier<T> compute) {
		Object value = derived.get(key);
		if (value == null) {
			value = compute.get();
			derived.put(key, value);
		}
		return (T) value;
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

	/**
	 * Whether the VM has a device of the type; for the VMs of this scope, answered from the types recorded when
	 * {@link #devices()} was built, so that the many rules that ask this do not each visit every device again.
	 */
	public boolean has(VirtualMachine vm, Class<? extends VirtioDevice> type) {
		devices();
		Class<?>[] types = deviceTypesByVm.get(vm);
		if (types == null) {
			return hasDevice(vm, type);
		}
		for (Class<?> present : types) {
			if (present != null && type.isAssignableFrom(present)) {
				return true;
			}
		}
		return false;
	}

	public static boolean hasDevice(VirtualMachine vm, Class<? extends VirtioDevice> type) {
		for (VirtioDevice device : vm.getDevices()) {
			if (type.isInstance(device)) {
				return true;
			}
		}
		return false;
	}
}
