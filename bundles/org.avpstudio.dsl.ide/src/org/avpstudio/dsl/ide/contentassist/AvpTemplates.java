// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.dsl.ide.contentassist;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.avpstudio.model.VirtioDevice;
import org.avpstudio.model.devices.DeviceKind;
import org.avpstudio.model.devices.DeviceKinds;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.rules.AvpsRules;
import org.avpstudio.validation.rules.RequiredFeatures;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The templates of .avp content assist, as LSP snippets ({@code ${1:name}} fields the editor links, {@code $0} where
 * the cursor ends): a VM with boot and console, one per VIRTIO device kind with the features the compliance rules
 * expect of it (read from the rules, {@link RequiredFeatures#expectedOf}), a vsock channel and a waiver.
 */
public final class AvpTemplates {

	/** One template: where it may be inserted, the word it starts with (its trigger), a label, the snippet. */
	public record Template(Place place, String keyword, String label, String description, String snippet) {
	}

	/** Where a template is offered: among a platform's members, a VM's devices, or where a waiver may stand. */
	public enum Place {
		PLATFORM, DEVICE, WAIVER
	}

	private static List<Template> all;

	private AvpTemplates() {
	}

	public static synchronized List<Template> all() {
		if (all == null) {
			List<Template> templates = new ArrayList<>();
			templates.add(new Template(Place.PLATFORM, "vm", "vm - VM with boot and console",
					"A virtual machine booting a Linux kernel directly, with a console and an entropy device",
					"vm ${1:name} {\n\trole ${2:general}\n\tcriticality ${3:QM}\n\tmemory ${4:1024} MiB\n\tvcpu 0\n"
							+ "\tboot linux-direct {\n\t\tdescription device-tree\n\t\tkernel \"${5:Image}\"\n\t\tcmdline \"${6:console=hvc0}\"\n\t}\n"
							+ "\tconsole ${1}_console\n\trng ${1}_rng\n\t$0\n}"));
			templates.add(new Template(Place.PLATFORM, "vsock-channel", "vsock-channel - channel between two VMs",
					"A vsock channel from one VM to another on a port", "vsock-channel ${1:name} from ${2:vm1} to ${3:vm2} port ${4:5000}$0"));
			templates.add(new Template(Place.WAIVER, "waive", "waive - waiver of a requirement",
					"Waives an AVPS requirement for this element, with the reason reviewers read",
					"waive \"${1:AVPS-2.0-ID}\" because \"${2:reason}\"$0"));
			for (DeviceKind kind : DeviceKinds.all()) {
				templates.add(device(kind));
			}
			all = List.copyOf(templates);
		}
		return all;
	}

	private static Template device(DeviceKind kind) {
		VirtioDevice sample = (VirtioDevice) EcoreUtil.create(kind.eClass());
		Set<String> features = new LinkedHashSet<>();
		for (AvpsRule rule : AvpsRules.all()) {
			if (rule instanceof RequiredFeatures<?> required) {
				features.addAll(required.expectedOf(sample));
			}
		}
		String base = kind.palette().map(p -> p.baseName()).orElse(kind.keyword().replace("virtio-", "").replace("-", "")) + "0";
		StringBuilder body = new StringBuilder();
		int field = 2;
		switch (kind.keyword()) {
		case "vsock" -> body.append("\tcid ${").append(field++).append(":3}\n");
		case "fs" -> body.append("\ttag \"${").append(field++).append(":share}\"\n");
		case "virtio-mem" -> body.append("\tsize ${").append(field++).append(":256} MiB\n");
		case "shm" -> body.append("\tregion ${").append(field++).append(":region}\n");
		default -> {
		}
		}
		if (!features.isEmpty()) {
			body.append("\tfeatures ").append(String.join(", ", features)).append("\n");
		}
		String snippet = body.isEmpty() ? kind.keyword() + " ${1:" + base + "}$0"
				: kind.keyword() + " ${1:" + base + "} {\n" + body + "\t$0\n}";
		String description = features.isEmpty() ? "A " + kind.keyword() + " device"
				: "A " + kind.keyword() + " device offering the features the AVPS rules expect: " + String.join(", ", features);
		return new Template(Place.DEVICE, kind.keyword(), kind.keyword() + " - " + kind.eClass().getName() + " template", description, snippet);
	}
}
