package org.avpstudio.validation.rules;

import java.util.Optional;

import org.avpstudio.model.*;
import org.avpstudio.spec.VirtioDeviceType;

/** Which VIRTIO device type (and so which feature bits) a model device is. */
public final class VirtioTypes {

	private VirtioTypes() {
	}

	public static Optional<VirtioDeviceType> of(VirtioDevice device) {
		VirtioDeviceType type;
		if (device instanceof BlockDevice) type = VirtioDeviceType.BLOCK;
		else if (device instanceof NetworkDevice) type = VirtioDeviceType.NET;
		else if (device instanceof ConsoleDevice) type = VirtioDeviceType.CONSOLE;
		else if (device instanceof EntropyDevice) type = VirtioDeviceType.ENTROPY;
		else if (device instanceof GpuDevice) type = VirtioDeviceType.GPU;
		else if (device instanceof InputDevice) type = VirtioDeviceType.INPUT;
		else if (device instanceof SoundDevice) type = VirtioDeviceType.SOUND;
		else if (device instanceof VideoDevice video) type = video.getDirection() == CodecDirection.ENCODER
				? VirtioDeviceType.VIDEO_ENCODER : VirtioDeviceType.VIDEO_DECODER;
		else if (device instanceof CameraDevice) type = VirtioDeviceType.CAMERA;
		else if (device instanceof CryptoDevice) type = VirtioDeviceType.CRYPTO;
		else if (device instanceof TeeDevice) type = VirtioDeviceType.TEE;
		else if (device instanceof RpmbDevice) type = VirtioDeviceType.RPMB;
		else if (device instanceof IommuDevice) type = VirtioDeviceType.IOMMU;
		else if (device instanceof CanDevice) type = VirtioDeviceType.CAN;
		else if (device instanceof GpioDevice) type = VirtioDeviceType.GPIO;
		else if (device instanceof WifiDevice) type = VirtioDeviceType.WLAN;
		else if (device instanceof VsockDevice) type = VirtioDeviceType.VSOCK;
		else if (device instanceof FileSystemDevice fs) type = fs.getProtocol() == FileSystemProtocol.NINE_P
				? VirtioDeviceType.NINE_P : VirtioDeviceType.FS;
		else if (device instanceof WatchdogDevice) type = VirtioDeviceType.WATCHDOG;
		else if (device instanceof ScmiDevice) type = VirtioDeviceType.SCMI;
		else if (device instanceof RtcDevice) type = VirtioDeviceType.CLOCK;
		else if (device instanceof BalloonDevice) type = VirtioDeviceType.BALLOON;
		else if (device instanceof MemoryDevice) type = VirtioDeviceType.MEMORY;
		else type = null; // USB, sensors and shared memory have no VIRTIO device id of their own
		return Optional.ofNullable(type);
	}
}
