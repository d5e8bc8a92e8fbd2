// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.model.devices;

import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

import org.avpstudio.model.VirtioDevice;
import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EClass;

/**
 * What one kind of VIRTIO device is: its metamodel class, its keyword in the .avp language, its VIRTIO device id,
 * how the diagram palette offers it and which hypervisor configurations have a device for it. Read from the
 * device annotation of its class in {@code avp.ecore} by {@link DeviceKinds}; never written anywhere else.
 */
public final class DeviceKind {

	/** A VIRTIO device id that depends on an enumeration attribute, e.g. a video device's direction. */
	record VirtioIdVariant(EAttribute attribute, String literal, int virtioId) {
	}

	private final EClass eClass;
	private final String keyword;
	private final OptionalInt virtioId;
	private final List<VirtioIdVariant> variants;
	private final Optional<PaletteEntry> palette;
	private final List<String> targets;

	DeviceKind(EClass eClass, String keyword, OptionalInt virtioId, List<VirtioIdVariant> variants, Optional<PaletteEntry> palette,
			List<String> targets) {
		this.eClass = eClass;
		this.keyword = keyword;
		this.virtioId = virtioId;
		this.variants = List.copyOf(variants);
		this.palette = palette;
		this.targets = List.copyOf(targets);
	}

	public EClass eClass() {
		return eClass;
	}

	/** The keyword that starts a device of this kind in .avp text, e.g. {@code block}. */
	public String keyword() {
		return keyword;
	}

	/**
	 * The VIRTIO device id of {@code device} (of this kind): some kinds have one per value of an attribute (a video
	 * encoder or decoder, a virtio-fs or 9P share); empty for kinds VIRTIO has no device of their own for.
	 */
	public OptionalInt virtioId(VirtioDevice device) {
		for (VirtioIdVariant variant : variants) {
			if (device.eGet(variant.attribute()) instanceof Enumerator value && value.getLiteral().equals(variant.literal())) {
				return OptionalInt.of(variant.virtioId());
			}
		}
		return virtioId;
	}

	/** How the diagram palette offers the kind; empty for kinds it does not offer. */
	public Optional<PaletteEntry> palette() {
		return palette;
	}

	/**
	 * The hypervisor configuration targets (by command-line name, e.g. {@code qemu}) that have a device for this
	 * kind, given a back-end and model they can express; the others report the device as not generated.
	 */
	public List<String> targets() {
		return targets;
	}

	@Override
	public String toString() {
		return eClass.getName() + " (" + keyword + ")";
	}
}
