// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.validation.rules;

import java.util.List;

import org.avpstudio.validation.AvpsRule;
import org.avpstudio.validation.rules.audio.AudioArea;
import org.avpstudio.validation.rules.boot.BootArea;
import org.avpstudio.validation.rules.console.ConsoleArea;
import org.avpstudio.validation.rules.filesystem.FilesystemArea;
import org.avpstudio.validation.rules.general.GeneralArea;
import org.avpstudio.validation.rules.gpio.GpioArea;
import org.avpstudio.validation.rules.graphics.GraphicsArea;
import org.avpstudio.validation.rules.integrity.cpu.CpuArea;
import org.avpstudio.validation.rules.integrity.devices.DevicesArea;
import org.avpstudio.validation.rules.integrity.ffi.FfiArea;
import org.avpstudio.validation.rules.integrity.memory.MemoryArea;
import org.avpstudio.validation.rules.integrity.names.NamesArea;
import org.avpstudio.validation.rules.iommu.IommuArea;
import org.avpstudio.validation.rules.media.MediaArea;
import org.avpstudio.validation.rules.network.NetworkArea;
import org.avpstudio.validation.rules.passthrough.PassthroughArea;
import org.avpstudio.validation.rules.power.PowerArea;
import org.avpstudio.validation.rules.security.SecurityArea;
import org.avpstudio.validation.rules.sensors.SensorsArea;
import org.avpstudio.validation.rules.storage.StorageArea;
import org.avpstudio.validation.rules.time.TimeArea;
import org.avpstudio.validation.rules.transport.TransportArea;
import org.avpstudio.validation.rules.vsock.VsockArea;
import org.avpstudio.validation.rules.watchdog.WatchdogArea;

/**
 * Every rule AVP Studio runs: the rules of each area, the areas in catalog order; the AVPS areas first, then the
 * platform integrity areas ({@code rules.integrity.*}, ids {@code AVP-*}, catalog {@code avp-integrity.csv}).
 */
public final class AvpsRules {

	private AvpsRules() {
	}

	public static List<RuleArea> areas() {
		return List.of(GeneralArea.area(), BootArea.area(), TransportArea.area(), StorageArea.area(), NetworkArea.area(), VsockArea.area(),
				GraphicsArea.area(), AudioArea.area(), IommuArea.area(), PassthroughArea.area(), WatchdogArea.area(), PowerArea.area(),
				GpioArea.area(), SensorsArea.area(), MediaArea.area(), SecurityArea.area(), ConsoleArea.area(), FilesystemArea.area(),
				TimeArea.area(), CpuArea.area(), MemoryArea.area(), DevicesArea.area(),
				org.avpstudio.validation.rules.integrity.network.NetworkArea.area(), NamesArea.area(), FfiArea.area());
	}

	public static List<AvpsRule> all() {
		return areas().stream().flatMap(area -> area.rules().stream()).toList();
	}
}
