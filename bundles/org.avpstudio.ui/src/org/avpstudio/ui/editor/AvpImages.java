// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.ui.editor;

import java.net.URL;

import org.eclipse.core.runtime.FileLocator;
import org.eclipse.core.runtime.Path;
import org.eclipse.core.runtime.Platform;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ImageRegistry;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Display;
import org.osgi.framework.Bundle;

/**
 * The element icons of AVP Studio ({@code icons/obj16/<keyword>.png}, drawn by {@code tools/DrawIcons.java}): one per
 * .avp element kind, named after the keyword that declares it (vm, block, vsock-channel, waive, ...), plus keyword,
 * value, feature and template. Shared by the Outline, content assist and the diagram palette; created once per
 * display, disposed with it.
 */
public final class AvpImages {

	public static final String KEYWORD = "keyword";
	public static final String VALUE = "value";
	public static final String FEATURE = "feature";
	public static final String TEMPLATE = "template";

	private static ImageRegistry registry;

	private AvpImages() {
	}

	/** The icon of an element kind by its keyword, or null when AVP Studio draws none for it. */
	public static synchronized Image of(String keyword) {
		if (keyword == null) {
			return null;
		}
		if (registry == null) {
			registry = new ImageRegistry(Display.getCurrent() != null ? Display.getCurrent() : Display.getDefault());
		}
		Image image = registry.get(keyword);
		if (image == null && registry.getDescriptor(keyword) == null) {
			ImageDescriptor descriptor = descriptor(keyword);
			if (descriptor == null) {
				return null;
			}
			registry.put(keyword, descriptor);
			image = registry.get(keyword);
		}
		return image;
	}

	/** Whether an icon exists for the keyword (looked up in the bundle once per keyword). */
	public static boolean has(String keyword) {
		return keyword != null && EXISTS.computeIfAbsent(keyword, k -> descriptor(k) != null);
	}

	private static final java.util.Map<String, Boolean> EXISTS = new java.util.concurrent.ConcurrentHashMap<>();

	private static ImageDescriptor descriptor(String keyword) {
		Bundle bundle = Platform.getBundle("org.avpstudio.ui");
		URL url = bundle == null ? null : FileLocator.find(bundle, new Path("icons/obj16/" + keyword + ".png"));
		return url == null ? null : ImageDescriptor.createFromURL(url);
	}

	/**
	 * The icon of a completion proposal: a template, the element a keyword declares (its label), the element a
	 * reference names (its detail, the declaring keyword), an enumeration value, a feature bit, else a keyword.
	 */
	public static Image ofCompletion(CompletionItemKind kind, String label, String detail) {
		if (kind == CompletionItemKind.Snippet) {
			return of(TEMPLATE);
		}
		if (kind == CompletionItemKind.Keyword || kind == null) {
			return of(KEYWORD);
		}
		if (kind == CompletionItemKind.EnumMember) {
			return of(VALUE);
		}
		if (kind == CompletionItemKind.Value) {
			return of(FEATURE);
		}
		if (label != null && has(label)) {
			return of(label);
		}
		if (detail != null && has(detail)) {
			return of(detail);
		}
		return of(KEYWORD);
	}
}
