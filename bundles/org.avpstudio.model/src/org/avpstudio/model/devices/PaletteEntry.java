// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.model.devices;

/**
 * How the diagram palette offers a device kind.
 *
 * @param label       what the palette shows, e.g. {@code virtio-blk}
 * @param deviceClass the metamodel class a new device is made of, e.g. {@code BlockDevice}
 * @param baseName    the name of a new device, before the number that makes it unique in its VM
 */
public record PaletteEntry(String label, String deviceClass, String baseName) {
}
