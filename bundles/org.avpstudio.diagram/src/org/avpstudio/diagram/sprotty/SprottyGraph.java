// SPDX-License-Identifier: EPL-2.0
package org.avpstudio.diagram.sprotty;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.avpstudio.diagram.DiagramLayout;
import org.avpstudio.diagram.DiagramLayout.Laid;
import org.avpstudio.diagram.DiagramLayout.Route;
import org.avpstudio.diagram.DiagramModel.Box;
import org.avpstudio.diagram.DiagramModel.BoxKind;
import org.avpstudio.diagram.DiagramModel.LineKind;
import org.avpstudio.diagram.DiagramModel.Row;
import org.avpstudio.diagram.sprotty.SModelElement.Dimension;
import org.avpstudio.diagram.sprotty.SModelElement.EdgePlacement;
import org.avpstudio.diagram.sprotty.SModelElement.Issue;
import org.avpstudio.diagram.sprotty.SModelElement.SEdge;
import org.avpstudio.diagram.sprotty.SModelElement.SGraph;
import org.avpstudio.diagram.sprotty.SModelElement.SIssueMarker;
import org.avpstudio.diagram.sprotty.SModelElement.SLabel;
import org.avpstudio.diagram.sprotty.SModelElement.SNode;

/**
 * The laid-out platform diagram as a Sprotty graph model (what the diagram client renders): a node per box with its
 * title, subtitle, badge and rows as labels and an issue marker for its findings, an edge per line with its label.
 * Boxes the user has moved keep their place ({@code pinned}); edges touching them are left to the client's router
 * instead of the layout's bend points. An edge's label stands where the layout put it along the line (next to the
 * end that is not shared with other lines).
 */
public final class SprottyGraph {

	/** Where a device row's id starts in the row's element id: {@code vm:<vm>/device/<device>}. */
	public static final String DEVICE_ROW = "/device/";

	private SprottyGraph() {
	}

	public static SGraph of(Laid laid, Map<String, double[]> pinned) {
		List<SModelElement> children = new ArrayList<>();
		for (Box box : laid.model().boxes()) {
			double[] r = laid.boxes().get(box.id());
			if (r != null) {
				double[] at = pinned.getOrDefault(box.id(), r);
				children.add(node(box, at[0], at[1], r[2], r[3]));
			}
		}
		for (Route route : laid.routes()) {
			children.add(edge(route, pinned.containsKey(route.line().from()) || pinned.containsKey(route.line().to()),
					laid.model().dependency(route.line().id())));
		}
		return new SGraph("graph", "platform", children);
	}

	private static SNode node(Box box, double x, double y, double width, double height) {
		String kind = box.kind().name().toLowerCase(Locale.ROOT);
		List<String> classes = box.kind() == BoxKind.VM && box.badge() != null ? List.of(kind, "crit-" + box.badge().toLowerCase(Locale.ROOT)) : List.of(kind);
		List<SModelElement> children = new ArrayList<>();
		children.add(label("label:title", box.id() + "#title", box.title(), point(10, 18), null, "title"));
		children.add(label("label:subtitle", box.id() + "#subtitle", box.subtitle(), point(10, 35), null, "subtitle"));
		if (box.badge() != null && !box.badge().isEmpty()) {
			double badgeWidth = box.badge().length() * 7 + 12;
			children.add(label("label:badge", box.id() + "#badge", box.badge(), point(width - badgeWidth - 8, 6), size(badgeWidth, 16), "badge"));
		}
		List<Row> rows = box.rows();
		for (int i = 0; i < rows.size(); i++) {
			Row row = rows.get(i);
			String severity = row.errors() > 0 ? "error" : row.warnings() > 0 ? "warning" : null;
			String text = (severity == null ? "" : "\u26a0 ") + row.text();
			Point baseline = point(12, DiagramLayout.HEADER + 4 + i * DiagramLayout.ROW + 13);
			children.add(row.device() == null
					? label("label:host", box.id() + "#row" + i, text, baseline, null, "host", severity)
					: label("label:device", box.id() + DEVICE_ROW + row.device(), text, baseline, null, "device", severity));
		}
		if (box.errors() + box.warnings() > 0) {
			children.add(marker(box));
		}
		return new SNode("node:" + kind, box.id(), point(x, y), size(width, height), DiagramLayout.HEADER, !box.rows().isEmpty(), box.errors(),
				box.warnings(), classes, children);
	}

	private static SIssueMarker marker(Box box) {
		List<Issue> issues = new ArrayList<>();
		if (box.errors() > 0) {
			issues.add(new Issue("error", box.errors() + (box.errors() == 1 ? " open error" : " open errors") + " (see the AVPS Compliance view)"));
		}
		if (box.warnings() > 0) {
			issues.add(new Issue("warning", box.warnings() + (box.warnings() == 1 ? " warning" : " warnings")));
		}
		return new SIssueMarker("marker", box.id() + "#findings", size(16, 16), issues);
	}

	/** {@code dependency}: null, or a dependency on a lower criticality, waived or not (CSS classes {@code dependency}, {@code waived}). */
	private static SEdge edge(Route route, boolean clientRouted, Boolean dependency) {
		LineKind lineKind = route.line().kind();
		String kind = lineKind.name().toLowerCase(Locale.ROOT);
		boolean directed = lineKind == LineKind.VSOCK || lineKind == LineKind.BACKEND || lineKind == LineKind.PASSTHROUGH;
		List<Point> points = clientRouted ? List.of() : route.points().stream().map(p -> point(p[0], p[1])).toList();
		String text = route.line().label();
		List<SModelElement> children = new ArrayList<>();
		if (text != null && !text.isEmpty()) {
			double along = route.label() != null && route.label().length > 3 ? route.label()[3] : 0.5;
			children.add(new SLabel("label:edge", route.line().id() + "#label", text, point(0, 0),
					size(text.length() * DiagramLayout.CHAR_WIDTH * 0.9 + 6, DiagramLayout.LABEL_HEIGHT), null, new EdgePlacement(along, "on", false, 0)));
		}
		List<String> classes = new ArrayList<>(List.of(kind));
		if (directed) {
			classes.add("directed");
		}
		if (dependency != null) {
			classes.add("dependency");
			classes.add(dependency ? "waived" : "open");
		}
		return new SEdge("edge:" + kind, route.line().id(), route.line().from(), route.line().to(), List.copyOf(classes),
				points, children.isEmpty() ? null : children);
	}

	private static SLabel label(String type, String id, String text, Point position, Dimension size, String... classes) {
		List<String> css = java.util.Arrays.stream(classes).filter(c -> c != null).toList();
		return new SLabel(type, id, text, position, size, css.isEmpty() ? null : css, null);
	}

	private static Point point(double x, double y) {
		return new Point(tenths(x), tenths(y));
	}

	private static Dimension size(double width, double height) {
		return new Dimension(tenths(width), tenths(height));
	}

	private static double tenths(double value) {
		return Math.round(value * 10) / 10.0;
	}
}
