// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules;

import java.util.function.Consumer;
import java.util.function.Supplier;

import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.VirtualMachine;
import org.avpstudio.validation.QuickFix;
import org.eclipse.emf.ecore.EObject;

/** The quick fixes rules offer; each is a small model change. */
public final class Fixes {

	private Fixes() {
	}

	public static QuickFix of(String label, Consumer<EObject> change) {
		return new QuickFix() {
			@Override
			public String label() {
				return label;
			}

			@Override
			public void apply(EObject element) {
				change.accept(element);
			}
		};
	}

	public static QuickFix addFeature(String feature) {
		return of("Offer " + feature, element -> {
			VirtioDevice device = (VirtioDevice) element;
			if (!device.getFeatures().contains(feature)) {
				device.getFeatures().add(feature);
			}
		});
	}

	public static QuickFix removeFeature(String feature) {
		return of("Do not offer " + feature, element -> ((VirtioDevice) element).getFeatures().remove(feature));
	}

	public static QuickFix addDevice(String label, String baseName, Supplier<? extends VirtioDevice> factory) {
		return of(label, element -> {
			VirtualMachine vm = (VirtualMachine) element;
			VirtioDevice device = factory.get();
			device.setName(freeName(vm, baseName));
			vm.getDevices().add(device);
		});
	}

	public static String freeName(VirtualMachine vm, String base) {
		for (int i = 0;; i++) {
			String candidate = base + i;
			if (vm.getDevices().stream().noneMatch(d -> candidate.equals(d.getName()))) {
				return candidate;
			}
		}
	}
}
