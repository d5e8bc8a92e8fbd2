// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.model.devices;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;

import org.avpstudio.model.AvpPackage;
import org.avpstudio.model.VirtioDevice;
import org.eclipse.emf.common.util.EMap;
import org.eclipse.emf.ecore.EAnnotation;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EClassifier;

/**
 * The device kinds of the metamodel: every concrete subclass of {@code VirtioDevice}, in metamodel order, with
 * the facts its {@value #SOURCE} annotation in {@code avp.ecore} states:
 * <ul>
 * <li>{@code keyword}: the .avp keyword (the grammar must agree; tested);</li>
 * <li>{@code virtioId}: the VIRTIO device id, absent when VIRTIO has none for the kind;
 * {@code virtioId.<attribute>.<literal>}: the id instead when the enumeration attribute has that literal;</li>
 * <li>{@code palette} and {@code baseName}: the diagram palette's label and the name of a new device, absent when
 * the palette does not offer the kind;</li>
 * <li>{@code targets}: the hypervisor configuration targets with a device for the kind, space-separated.</li>
 * </ul>
 */
public final class DeviceKinds {

	/** The source URI of the device annotation. */
	public static final String SOURCE = "http://www.avpstudio.org/avp/1.0/device";

	private static final String VARIANT = "virtioId.";

	private static final List<DeviceKind> ALL;
	private static final Map<EClass, DeviceKind> BY_CLASS = new HashMap<>();
	static {
		List<DeviceKind> all = new ArrayList<>();
		for (EClassifier classifier : AvpPackage.eINSTANCE.getEClassifiers()) {
			if (classifier instanceof EClass eClass && !eClass.isAbstract() && AvpPackage.Literals.VIRTIO_DEVICE.isSuperTypeOf(eClass)) {
				DeviceKind kind = read(eClass);
				all.add(kind);
				BY_CLASS.put(eClass, kind);
			}
		}
		ALL = List.copyOf(all);
	}

	private DeviceKinds() {
	}

	public static List<DeviceKind> all() {
		return ALL;
	}

	/** What the diagram palette offers, in metamodel order. */
	public static List<PaletteEntry> palette() {
		return ALL.stream().flatMap(k -> k.palette().stream()).toList();
	}

	public static DeviceKind of(VirtioDevice device) {
		return of(device.eClass());
	}

	/** @throws IllegalArgumentException for a class that is no concrete VIRTIO device class */
	public static DeviceKind of(EClass eClass) {
		DeviceKind kind = BY_CLASS.get(eClass);
		if (kind == null) {
			throw new IllegalArgumentException(eClass.getName() + " is no kind of VIRTIO device");
		}
		return kind;
	}

	/** The VIRTIO device id of the device, if VIRTIO has one for its kind. */
	public static OptionalInt virtioId(VirtioDevice device) {
		return of(device).virtioId(device);
	}

	private static DeviceKind read(EClass eClass) {
		EAnnotation annotation = eClass.getEAnnotation(SOURCE);
		if (annotation == null) {
			throw new IllegalStateException("avp.ecore: device class " + eClass.getName() + " has no " + SOURCE + " annotation");
		}
		EMap<String, String> details = annotation.getDetails();
		String keyword = required(eClass, details, "keyword");
		List<DeviceKind.VirtioIdVariant> variants = new ArrayList<>();
		for (Map.Entry<String, String> detail : details) {
			if (detail.getKey().startsWith(VARIANT)) {
				String[] attributeAndLiteral = detail.getKey().substring(VARIANT.length()).split("\\.", 2);
				if (!(eClass.getEStructuralFeature(attributeAndLiteral[0]) instanceof EAttribute attribute) || attributeAndLiteral.length < 2) {
					throw new IllegalStateException("avp.ecore: " + eClass.getName() + " " + detail.getKey() + " names no attribute and literal");
				}
				variants.add(new DeviceKind.VirtioIdVariant(attribute, attributeAndLiteral[1], Integer.parseInt(detail.getValue())));
			}
		}
		String virtioId = details.get("virtioId");
		Optional<PaletteEntry> palette = Optional.ofNullable(details.get("palette"))
				.map(label -> new PaletteEntry(label, eClass.getName(), required(eClass, details, "baseName")));
		String targets = details.get("targets") == null ? "" : details.get("targets").strip();
		return new DeviceKind(eClass, keyword, virtioId == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(virtioId)),
				variants, palette, targets.isEmpty() ? List.of() : Arrays.asList(targets.split("\\s+")));
	}

	private static String required(EClass eClass, EMap<String, String> details, String key) {
		String value = details.get(key);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException("avp.ecore: the " + SOURCE + " annotation of " + eClass.getName() + " has no " + key);
		}
		return value;
	}
}
