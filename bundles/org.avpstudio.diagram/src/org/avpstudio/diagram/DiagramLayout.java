// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram;

import java.util.List;
import java.util.Map;

import org.avpstudio.diagram.DiagramModel.Box;
import org.avpstudio.diagram.DiagramModel.Line;

/**
 * Lays a {@link DiagramModel} out in bands ({@link PlatformLayout}): hardware and hypervisor on top, the VMs side by
 * side in a grid that fits one screen, networks and shared memory below; orthogonal lines through the gutters.
 */
public final class DiagramLayout {

	/** Text metrics of the renderer (12 px sans-serif), used to size boxes and labels. */
	public static final double CHAR_WIDTH = 7.0;
	public static final double HEADER = 44;
	public static final double ROW = 18;
	public static final double LABEL_HEIGHT = 14;

	/** A laid-out diagram: box rectangles and line polylines in absolute coordinates. */
	public record Laid(DiagramModel model, double width, double height, Map<String, double[]> boxes, List<Route> routes) {
	}

	/** A line's polyline and where its label goes: x, y (top left), width, and how far along the line (0 to 1) that is. */
	public record Route(Line line, List<double[]> points, double[] label) {
	}

	private DiagramLayout() {
	}

	public static Laid layout(DiagramModel model) {
		return PlatformLayout.layout(model);
	}

	static double width(Box box) {
		int longest = Math.max(box.title().length() + (box.badge() == null ? 0 : box.badge().length() + 4), box.subtitle().length());
		for (DiagramModel.Row row : box.rows()) {
			longest = Math.max(longest, row.text().length() + 3);
		}
		return Math.max(150, longest * CHAR_WIDTH + 36);
	}

	static double height(Box box) {
		return HEADER + box.rows().size() * ROW + (box.rows().isEmpty() ? 0 : 8);
	}
}
