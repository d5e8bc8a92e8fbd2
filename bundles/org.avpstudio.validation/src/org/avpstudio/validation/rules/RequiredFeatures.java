// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules;

import java.util.List;

import org.avpstudio.model.VirtioDevice;
import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.FindingSink;
import org.avpstudio.validation.PlatformScope;

/**
 * The shape of a rule on negotiated VIRTIO feature bits: devices of a kind that list features must list some
 * required ones. A device that lists no features leaves them to the generator, which offers the required ones; a
 * device that lists features is taken at its word.
 */
public abstract class RequiredFeatures<T extends VirtioDevice> implements AvpsRule {

	private final Class<T> type;
	private final List<String> required;
	private final String why;

	protected RequiredFeatures(Class<T> type, String why, String... required) {
		this.type = type;
		this.why = why;
		this.required = List.of(required);
	}

	/** Whether the device must offer the features; every device of the type unless a rule narrows it. */
	protected boolean applies(T device) {
		return true;
	}

	/**
	 * The features this rule expects of a device (none when the device is not of its kind or the rule does not apply to
	 * it); the editor's device templates list them, so that a template never drifts from the rules.
	 */
	public List<String> expectedOf(VirtioDevice device) {
		return type.isInstance(device) && applies(type.cast(device)) ? required : List.of();
	}

	@Override
	public void check(PlatformScope platform, FindingSink findings) {
		for (T device : platform.devices(type)) {
			if (!applies(device) || device.getFeatures().isEmpty()) {
				continue;
			}
			for (String feature : required) {
				if (!device.getFeatures().contains(feature)) {
					findings.report(device, "device '" + device.getName() + "' does not offer " + feature + " (" + why + ")",
							"Add " + feature + " to its features", Fixes.addFeature(feature));
				}
			}
		}
	}
}
